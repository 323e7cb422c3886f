import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import { openFixture, sandboxFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
beforeEach(() => ({ db, sandbox } = openFixture()));
afterEach(() => db.close());

const hitIds = (query: string) => {
  const found = sandbox.kb.search(query, 5);
  if (!found.ok) throw new Error(found.error.message);
  return found.value.map((hit) => hit.id);
};

describe('knowledge-base search', () => {
  it('finds the article that answers a question, with a snippet and a score to cite', () => {
    const found = sandbox.kb.search('when will my refund reach my credit card?', 3);
    expect(found.ok && found.value[0]).toMatchObject({
      id: 'kb_0001',
      title: 'Refund timing for credit card payments',
      snippet: expect.stringContaining('credit card'),
      score: expect.any(Number),
    });
  });

  it("takes each hit's snippet from that hit's own article", () => {
    const found = sandbox.kb.search('refund shoes weather', 5);
    const bodies = new Map(sandboxFixture().kbArticles.map((a) => [a.id, a.body]));
    const snippets = found.ok ? found.value.map((hit) => [hit.id, hit.snippet.replace(/^…|…$/g, '')]) : [];
    expect(snippets).toHaveLength(3);
    expect(snippets.every(([id, snippet]) => bodies.get(id!)?.includes(snippet!))).toBe(true);
  });

  it('ranks the best match first', () => {
    expect(hitIds('my parcel is delayed by the weather')[0]).toBe('kb_0002');
  });

  it('matches word forms through stemming', () => {
    expect(hitIds('returned boot')).toEqual(['kb_0003']);
  });

  it('answers nothing for words no article uses', () => {
    expect(hitIds('xylophone')).toEqual([]);
  });

  it.each([
    ['"'],
    ['AND OR'],
    ['*'],
    ['NEAR('],
    ['"refund'],
    ['refund" OR title:*'],
    ['(((('],
    ['-refund'],
    ['^'],
    [''],
  ])('survives the hostile query %j without an error', (query) => {
    expect(sandbox.kb.search(query, 5).ok).toBe(true);
  });

  it('treats FTS5 operators in user text as plain words', () => {
    expect(hitIds('refund AND NOT card')).toContain('kb_0001');
  });

  it('searches unicode text without errors and folds accents', () => {
    expect(hitIds('RÉFUND 🚚 délivery')).toContain('kb_0001');
  });

  it('refuses a limit outside 1 to 50', () => {
    expect(sandbox.kb.search('refund', 0)).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'limit' },
    });
  });

  it('reads an article by id', () => {
    expect(sandbox.kb.get('kb_0003')).toMatchObject({
      ok: true,
      value: { title: 'Returning shoes and boots', tags: ['returns', 'footwear'] },
    });
  });

  it('reports a missing article', () => {
    expect(sandbox.kb.get('kb_9999')).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'articleId' },
    });
  });
});
