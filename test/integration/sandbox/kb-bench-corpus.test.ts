import { describe, expect, it } from 'vitest';
import { buildBenchKb } from '../../../electron/sandbox/kb/bench-corpus';
import { KbRepo } from '../../../electron/sandbox/repos/kb-repo';
import { openDatabase } from '../../../electron/store/database';

describe('the knowledge-base bench corpus', () => {
  it('replaces the knowledge base with the requested number of searchable articles', () => {
    const db = openDatabase(':memory:');
    buildBenchKb(db, 300);
    buildBenchKb(db, 200);
    expect(db.prepare('SELECT COUNT(*) FROM sb_kb_articles').pluck().get()).toBe(200);
    expect(new KbRepo(db).search('refund to my credit card', 5)).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ id: expect.stringMatching(/^bench_/) })]),
    });
    db.close();
  });

  it('builds the same corpus for the same seed', () => {
    const titles = () => {
      const db = openDatabase(':memory:');
      buildBenchKb(db, 50, 9);
      const all = db.prepare('SELECT title, body FROM sb_kb_articles ORDER BY rowid').all();
      db.close();
      return all;
    };
    expect(titles()).toEqual(titles());
  });
});
