import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/store/database';
import {
  generateSampleHistory,
  sampleHistoryDays,
  sampleKinds,
  writeSampleHistory,
} from '../../../electron/sandbox/sample-history';

const now = new Date('2026-11-27T15:00:00Z');
const dayMs = 86_400_000;

/** Every row the history writes, table by table, in a stable order. */
function dump(history: ReturnType<typeof generateSampleHistory>) {
  const db = openDatabase(':memory:');
  try {
    writeSampleHistory(db, history);
    const all = (sql: string) => db.prepare(sql).all();
    return {
      conversations: all('SELECT * FROM conversations ORDER BY id'),
      messages: all('SELECT * FROM messages ORDER BY id'),
      actions: all('SELECT * FROM actions ORDER BY id'),
      escalations: all('SELECT conversation_id, at, reasons, taken_over_at FROM escalations ORDER BY id'),
      steps: all('SELECT conversation_id, at, kind, summary, data FROM agent_steps ORDER BY id'),
      csat: all('SELECT * FROM csat ORDER BY conversation_id'),
    };
  } finally {
    db.close();
  }
}

describe('the sample history', () => {
  it('is the same for the same seed and day, row for row', () => {
    expect(dump(generateSampleHistory({ seed: 7, now }))).toEqual(
      dump(generateSampleHistory({ seed: 7, now })),
    );
  });

  it('differs for another seed', () => {
    expect(generateSampleHistory({ seed: 8, now })).not.toEqual(generateSampleHistory({ seed: 7, now }));
  });

  it('holds 60 to 120 conversations, all within the 30 days up to now, every message before now', () => {
    const history = generateSampleHistory({ seed: 7, now });
    expect(history.length).toBeGreaterThanOrEqual(60);
    expect(history.length).toBeLessThanOrEqual(120);
    // The 30 UTC days ending today: what the metrics view shows by default.
    const start = Date.parse('2026-10-29T00:00:00Z');
    expect(start).toBe(Date.parse('2026-11-27T00:00:00Z') - (sampleHistoryDays - 1) * dayMs);
    for (const conversation of history) {
      expect(Date.parse(conversation.createdAt)).toBeGreaterThanOrEqual(start);
      for (const message of conversation.messages) expect(Date.parse(message.at)).toBeLessThan(now.getTime());
    }
  });

  it('has every outcome kind: automated, approved, edited, rejected and escalated, with CSAT for some', () => {
    for (const seed of [1, 7, 42]) {
      const history = generateSampleHistory({ seed, now });
      expect(new Set(history.map((c) => c.kind))).toEqual(new Set(sampleKinds));
      expect(history.some((c) => c.csat !== null)).toBe(true);
      expect(history.some((c) => c.csat === null)).toBe(true);
    }
  });

  it('is written as resolved sample conversations, with edits, rejections and escalation reasons', () => {
    const rows = dump(generateSampleHistory({ seed: 7, now }));
    const conversations = rows.conversations as { status: string; sample: number }[];
    expect(conversations.every((c) => c.status === 'resolved' && c.sample === 1)).toBe(true);
    const actions = rows.actions as {
      tool: string;
      status: string;
      proposed_args: string;
      approved_args: string | null;
    }[];
    expect(actions.some((a) => a.status === 'rejected')).toBe(true);
    expect(actions.some((a) => a.status === 'executed' && a.approved_args === a.proposed_args)).toBe(true);
    expect(actions.some((a) => a.status === 'executed' && a.approved_args !== a.proposed_args)).toBe(true);
    expect(rows.escalations.length).toBeGreaterThan(0);
  });
});
