import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutcomesService } from '../../../electron/outcomes/outcomes-service';
import type { ConversationOutcome } from '../../../shared/metrics';
import { buildHistory, type History } from './outcomes-history';

let history: History;

async function outcome(conversationId: string): Promise<ConversationOutcome> {
  const result = await history.app.dispatch('outcomes.get', { conversationId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ConversationOutcome;
}

beforeAll(async () => {
  history = await buildHistory();
});
afterAll(async () => history.app.close());

describe('the outcome of a conversation', () => {
  it('is resolved, with the minutes from the first customer message to the resolution', async () => {
    expect(await outcome(history.automated)).toEqual({
      conversationId: history.automated,
      intent: 'cancel_order',
      resolution: 'resolved',
      escalationReasons: [],
      csat: null,
      csatBy: null,
      handleTimeMinutes: 6,
    });
  });

  it('is escalated, with its reasons, timed to its last message while a rep has it', async () => {
    expect(await outcome(history.escalated)).toMatchObject({
      resolution: 'escalated',
      escalationReasons: ['explicit_request'],
      handleTimeMinutes: 5,
    });
  });

  it('is resolved after a rep approved an edited action', async () => {
    expect(await outcome(history.editedApproval)).toMatchObject({
      resolution: 'resolved',
      handleTimeMinutes: 20,
    });
  });

  it('is open while the agent still handles it', async () => {
    expect(await outcome(history.rejected)).toMatchObject({ resolution: 'open', handleTimeMinutes: 5 });
  });

  it('is not_found for an unknown conversation, naming the field', async () => {
    const result = await history.app.dispatch('outcomes.get', { conversationId: 'no-such-conversation' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'conversationId' } });
  });
});

describe('recording CSAT', () => {
  it('stores the score and who gave it, and returns the outcome', async () => {
    const result = await history.app.dispatch('outcomes.recordCsat', {
      conversationId: history.rejected,
      score: 3,
      by: 'rep',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { conversationId: history.rejected, csat: 3, csatBy: 'rep' },
    });
  });

  it('replaces an earlier score of the same conversation with the later one', async () => {
    const { app } = history;
    await app.dispatch('outcomes.recordCsat', { conversationId: history.escalated, score: 1, by: 'rep' });
    await app.dispatch('outcomes.recordCsat', {
      conversationId: history.escalated,
      score: 4,
      by: 'customer',
    });
    expect(await outcome(history.escalated)).toMatchObject({ csat: 4, csatBy: 'customer' });
  });

  it('refuses a score of 7, naming params.score, and keeps the score already recorded', async () => {
    const { app } = history;
    await app.dispatch('outcomes.recordCsat', {
      conversationId: history.editedApproval,
      score: 4,
      by: 'rep',
    });
    const result = await app.dispatch('outcomes.recordCsat', {
      conversationId: history.editedApproval,
      score: 7,
      by: 'rep',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'params.score' } });
    expect(await outcome(history.editedApproval)).toMatchObject({ csat: 4, csatBy: 'rep' });
  });

  it('refuses an unknown conversation with not_found, naming conversationId, and stores nothing', async () => {
    const { app } = history;
    const result = await app.dispatch('outcomes.recordCsat', {
      conversationId: 'no-such-conversation',
      score: 5,
      by: 'customer',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'conversationId' } });
    expect(
      app.db.prepare('SELECT COUNT(*) AS n FROM csat WHERE conversation_id = ?').get('no-such-conversation'),
    ).toEqual({ n: 0 });
  });

  it('refuses a score outside 1 to 5 even when called directly, naming score', () => {
    const outcomes = new OutcomesService(history.app.db, () => new Date('2026-11-27T12:00:00Z'));
    const result = outcomes.recordCsat(history.automated, 0, 'customer');
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'score' } });
  });

  it('does not count the time the customer took to answer the CSAT question as handling time', async () => {
    const { app } = history;
    history.setClock('2026-11-27T12:00:00Z');
    app.conversations.postCustomerMessage({
      customer: 'anyone',
      text: '5',
      conversationId: history.automated,
    });
    await app.dispatch('outcomes.recordCsat', {
      conversationId: history.automated,
      score: 5,
      by: 'customer',
    });
    expect(await outcome(history.automated)).toMatchObject({
      csat: 5,
      csatBy: 'customer',
      handleTimeMinutes: 6,
    });
  });
});

describe('the csat table', () => {
  it('rejects a score outside 1 to 5 at the database too', () => {
    expect(() =>
      history.app.db
        .prepare(
          `INSERT INTO csat (conversation_id, score, "by", at) VALUES (?, 9, 'rep', '2026-11-27T00:00:00Z')`,
        )
        .run(history.earlier),
    ).toThrow(/CHECK/);
  });

  it('rejects a score for a conversation that does not exist', () => {
    expect(() =>
      history.app.db
        .prepare(
          `INSERT INTO csat (conversation_id, score, "by", at) VALUES ('nope', 3, 'rep', '2026-11-27T00:00:00Z')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
