import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import {
  loadParaphrases,
  runParaphrases,
  splitOfQuestion,
} from '../../../electron/eval/suites/kb-paraphrases';
import {
  importDocuments,
  queryOf,
  rankQuality,
  recallAtK,
  runKbRetrieval,
  splitOfTask,
} from '../../../electron/eval/suites/kb-retrieval';
import { okapiBm25 } from '../../../electron/eval/suites/okapi-bm25';
import { wordsOf } from '../../../electron/text/search-terms';
import { stopwords } from '../../../electron/text/search-words';
import { generateSandbox } from '../../../electron/sandbox/seed/generate-sandbox';
import { KbRepo } from '../../../electron/sandbox/repos/kb-repo';
import { openDatabase } from '../../../electron/store/database';

describe('the kb-retrieval suite pieces', () => {
  it('finds an imported document by the words of a need', () => {
    const db = openDatabase(':memory:');
    importDocuments(db, [
      { id: 'doc_fees', title: 'Overdraft fees', content: 'How overdraft fees are charged and waived.' },
      {
        id: 'doc_cards',
        title: 'Card replacement',
        content: 'Order a replacement debit card when yours is lost.',
      },
    ]);
    const hits = new KbRepo(db).search('my debit card is lost', 5);
    db.close();
    expect(hits.ok && hits.value[0]?.id).toBe('doc_cards');
  });

  it('computes recall@k as the share of needed documents in the first k hits', () => {
    expect(recallAtK(['a', 'b', 'c', 'd', 'e', 'f'], ['b', 'f', 'z'], 5)).toBeCloseTo(1 / 3);
  });

  it('builds the query from the need and leaves out the role-play framing', () => {
    const query = queryOf(
      'You are playing the role of a customer. Your character is a nurse. You want to dispute a card charge. Be polite.',
    );
    expect(query).toBe('You want to dispute a card charge. Be polite.');
  });

  it('measures recall at 1, 5 and 10 and the reciprocal rank of the first needed document', () => {
    expect(
      rankQuality([
        { hits: ['x', 'a', 'b'], needed: ['a', 'b'] },
        { hits: ['c', 'y'], needed: ['z'] },
      ]),
    ).toEqual({ recallAt1: 0, recallAt5: 0.5, recallAt10: 0.5, mrr: 0.25 });
  });

  it('ranks with a plain Okapi BM25 as the baseline', () => {
    const rank = okapiBm25([
      { id: 'a', title: 'Overdraft fees', body: 'How overdraft fees are charged.' },
      { id: 'b', title: 'Lost cards', body: 'Replace a lost debit card.' },
    ]);
    expect(rank('my debit card is lost')).toEqual(['b']);
  });

  it('splits tasks and questions the same way every time, about half each', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `task_${i}`);
    const test = ids.filter((id) => splitOfTask(id) === 'test').length;
    expect(test).toBeGreaterThan(140);
    expect(test).toBeLessThan(260);
    expect(ids.map(splitOfTask)).toEqual(ids.map(splitOfTask));
    expect(splitOfQuestion('where is it?')).toBe(splitOfQuestion('where is it?'));
  });
});

describe('the paraphrase questions', () => {
  const stems = (text: string) =>
    new Set(
      wordsOf(text)
        .filter((w) => w.length > 1 && !stopwords.has(w))
        .map((w) => stemmer(w)),
    );

  it('each share no content word with the article that answers it, and name articles that exist', () => {
    const questions = loadParaphrases();
    if (!questions.ok) throw new Error(questions.error.message);
    expect(questions.value.length).toBeGreaterThanOrEqual(100);
    const articles = new Map(generateSandbox({}).kbArticles.map((a) => [a.id, a]));
    for (const p of questions.value) {
      const article = articles.get(p.article);
      expect(article, p.q).toBeDefined();
      const text = stems(`${article!.title} ${article!.body}`);
      const shared = [...stems(p.q)].filter((stem) => text.has(stem));
      expect(shared, p.q).toEqual([]);
    }
  });

  it('are searched in the sandbox knowledge base, a split at a time', () => {
    const dev = runParaphrases('dev');
    const test = runParaphrases('test');
    if (!dev.ok || !test.ok) throw new Error('paraphrases did not run');
    const all = loadParaphrases();
    expect(dev.value.questions + test.value.questions).toBe(all.ok ? all.value.length : -1);
    expect(dev.value.recallAt3).toBeGreaterThan(0.5);
  });
});

describe('the kb-retrieval suite', () => {
  it('reports ours and the Okapi baseline for both query forms on the test split, and the paraphrases', () => {
    const result = runKbRetrieval('test');
    if (!result.ok) throw new Error(result.error.message);
    const metrics = result.value.json.metrics as Record<string, unknown>;
    expect(metrics).toMatchObject({
      split: 'test',
      ours: { stripped: { recallAt5: expect.any(Number) }, whole: { recallAt5: expect.any(Number) } },
      okapiBm25: { stripped: { mrr: expect.any(Number) }, whole: { mrr: expect.any(Number) } },
      paraphrases: { recallAt3: expect.any(Number) },
    });
  }, 60_000);
});
