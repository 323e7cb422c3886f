import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fail, ok, type Result } from '../../../shared/result';
import { KbRepo } from '../../sandbox/repos/kb-repo';
import { articleWriter } from '../../sandbox/tables/kb';
import { openDatabase, type Database } from '../../store/database';
import { datasetsRoot, readDatasetJson } from '../datasets';
import { okapiBm25 } from './okapi-bm25';
import { runParaphrases } from './kb-paraphrases';
import type { SuiteResult } from './suite-result';

/** One document of the benchmark's knowledge base. */
export interface BenchDocument {
  id: string;
  title: string;
  content: string;
}

/** One benchmark task: what the customer was told to want, and the documents an agent needs for it. */
export interface RetrievalTask {
  id: string;
  instructions: string;
  requiredDocuments: string[];
}

const k = 5;

/** Loads the benchmark's documents into a knowledge base, as articles the search indexes. */
export function importDocuments(db: Database, documents: readonly BenchDocument[]): void {
  const write = articleWriter(db);
  db.transaction(() => {
    db.prepare('DELETE FROM sb_kb_articles').run();
    for (const doc of documents) {
      write({
        id: doc.id,
        title: doc.title,
        body: doc.content,
        tags: [],
        updatedAt: '2025-01-01T00:00:00.000Z',
      });
    }
  })();
}

// Sentences about playing the customer describe the simulation, not the customer's need.
const roleplay =
  /role of|customer (service|support) representative|on the line|never respond|don't dump|additional details|end the conversation|you are playing|your character|only mention/i;
// The search keeps only a query's first few words, so sentences that state the need go first.
const need =
  /\b(want|wants|looking for|need|needs|seeking|would like|trying to|interested|asking|question|help)\b/i;

/**
 * The customer's need as a search query: the task's instructions without the role-play framing, the
 * sentences that say what the customer wants first.
 */
export function queryOf(instructions: string): string {
  const sentences = instructions.split(/(?<=[.!?])\s+/).filter((sentence) => !roleplay.test(sentence));
  return [...sentences.filter((s) => need.test(s)), ...sentences.filter((s) => !need.test(s))]
    .join(' ')
    .slice(0, 2000);
}

/** Share of the needed documents found among the first `k` hits, for one task. */
export function recallAtK(hits: readonly string[], needed: readonly string[], cutoff = k): number {
  const top = new Set(hits.slice(0, cutoff));
  return needed.length === 0 ? 1 : needed.filter((id) => top.has(id)).length / needed.length;
}

function loadBenchmark(): Result<{ documents: BenchDocument[]; tasks: RetrievalTask[] }> {
  const folder = `${datasetsRoot}tau2-bench/banking_knowledge/documents/`;
  let documents: BenchDocument[];
  try {
    documents = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(fs.readFileSync(`${folder}${name}`, 'utf8')) as BenchDocument);
  } catch (error) {
    return fail('not_found', `dataset banking_knowledge documents: ${(error as Error).message}`, 'suite');
  }
  const json = readDatasetJson('tau2-bench/banking_knowledge/tasks.json');
  if (!json.ok) return json;
  const raw = json.value as {
    id: string;
    user_scenario?: { instructions?: unknown };
    required_documents?: string[];
  }[];
  const tasks = raw
    .filter((t) => Array.isArray(t.required_documents) && t.required_documents.length > 0)
    .map((t) => ({
      id: t.id,
      instructions: typeof t.user_scenario?.instructions === 'string' ? t.user_scenario.instructions : '',
      requiredDocuments: t.required_documents ?? [],
    }));
  return ok({ documents, tasks });
}

export type Split = 'dev' | 'test' | 'all';

/** Tasks split once by a hash of their id: tune on `dev`, report `test`. */
export const splitOfTask = (id: string): 'dev' | 'test' =>
  createHash('sha256').update(`kb:${id}`).digest()[0]! % 2 === 0 ? 'dev' : 'test';

/** Recall at 1, 5 and 10 of the needed documents, and the mean reciprocal rank of the first one found. */
export interface RankQuality {
  recallAt1: number;
  recallAt5: number;
  recallAt10: number;
  mrr: number;
}

export function rankQuality(
  runs: readonly { hits: readonly string[]; needed: readonly string[] }[],
): RankQuality {
  const mean = (f: (run: (typeof runs)[number]) => number) =>
    Math.round((runs.reduce((sum, run) => sum + f(run), 0) / Math.max(1, runs.length)) * 1000) / 1000;
  return {
    recallAt1: mean((r) => recallAtK(r.hits, r.needed, 1)),
    recallAt5: mean((r) => recallAtK(r.hits, r.needed, 5)),
    recallAt10: mean((r) => recallAtK(r.hits, r.needed, 10)),
    mrr: mean((r) => {
      const first = r.hits.findIndex((id) => r.needed.includes(id));
      return first < 0 ? 0 : 1 / (first + 1);
    }),
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const qualityRow = (label: string, q: RankQuality) => [
  label,
  percent(q.recallAt1),
  percent(q.recallAt5),
  percent(q.recallAt10),
  q.mrr.toFixed(3),
];

/**
 * τ²-bench banking_knowledge: each task's need searched in its 698 documents, with the query as the
 * instructions without their role-play sentences and as the whole instructions; ours against a plain
 * Okapi BM25, both on the chosen half of the tasks. Then the project's own paraphrase suite.
 */
export function runKbRetrieval(split: Split = 'test'): Result<SuiteResult> {
  const bench = loadBenchmark();
  if (!bench.ok) return bench;
  const paraphrases = runParaphrases(split);
  if (!paraphrases.ok) return paraphrases;
  const tasks = bench.value.tasks.filter((t) => split === 'all' || splitOfTask(t.id) === split);
  const db = openDatabase(':memory:');
  try {
    importDocuments(db, bench.value.documents);
    const kb = new KbRepo(db);
    const ours = (query: string): string[] => {
      const hits = kb.search(query, 10);
      return hits.ok ? hits.value.map((h) => h.id) : [];
    };
    const baseline = okapiBm25(
      bench.value.documents.map((d) => ({ id: d.id, title: d.title, body: d.content })),
    );
    const forms = {
      stripped: (t: RetrievalTask) => queryOf(t.instructions),
      whole: (t: RetrievalTask) => t.instructions,
    };
    const measure = (rank: (query: string) => string[], form: keyof typeof forms) =>
      rankQuality(
        tasks.map((t) => ({ hits: rank(forms[form](t)).slice(0, 10), needed: t.requiredDocuments })),
      );
    const metrics = {
      split,
      tasks: tasks.length,
      ours: { stripped: measure(ours, 'stripped'), whole: measure(ours, 'whole') },
      okapiBm25: { stripped: measure(baseline, 'stripped'), whole: measure(baseline, 'whole') },
      paraphrases: paraphrases.value,
    };
    const failures = tasks
      .map((t) => ({
        id: t.id,
        missing: t.requiredDocuments.filter((d) => !ours(forms.stripped(t)).slice(0, k).includes(d)),
      }))
      .filter((f) => f.missing.length > 0);
    return ok({
      json: {
        suite: 'kb-retrieval',
        note: `τ²-bench banking_knowledge, ${split} split: ${bench.value.documents.length} documents, ${tasks.length} tasks; paraphrases: the project's own questions sharing no content word with their article`,
        metrics,
        failures,
      },
      table: [
        ['search (query form)', 'recall@1', 'recall@5', 'recall@10', 'MRR'],
        qualityRow('ours (need sentences)', metrics.ours.stripped),
        qualityRow('ours (whole instructions)', metrics.ours.whole),
        qualityRow('Okapi BM25 (need sentences)', metrics.okapiBm25.stripped),
        qualityRow('Okapi BM25 (whole instructions)', metrics.okapiBm25.whole),
        [
          `paraphrases (${paraphrases.value.questions} questions)`,
          percent(paraphrases.value.recallAt1),
          '',
          `recall@3 ${percent(paraphrases.value.recallAt3)}`,
          '',
        ],
      ],
    });
  } finally {
    db.close();
  }
}
