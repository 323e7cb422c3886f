import fs from 'node:fs';
import { fail, ok, type Result } from '../../../shared/result';
import { KbRepo } from '../../sandbox/repos/kb-repo';
import { articleWriter } from '../../sandbox/tables/kb';
import { openDatabase, type Database } from '../../store/database';
import { datasetsRoot, readDatasetJson } from '../datasets';
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

/** Recall@5 of each task's needed documents when its need is searched in the knowledge base (BM25). */
export function runKbRetrieval(): Result<SuiteResult> {
  const bench = loadBenchmark();
  if (!bench.ok) return bench;
  const db = openDatabase(':memory:');
  try {
    importDocuments(db, bench.value.documents);
    const kb = new KbRepo(db);
    const perTask: { id: string; recall: number; missing: string[] }[] = [];
    for (const task of bench.value.tasks) {
      const hits = kb.search(queryOf(task.instructions), k);
      if (!hits.ok) return hits;
      const ids = hits.value.map((h) => h.id);
      perTask.push({
        id: task.id,
        recall: recallAtK(ids, task.requiredDocuments),
        missing: task.requiredDocuments.filter((d) => !ids.includes(d)),
      });
    }
    const mean = perTask.reduce((sum, t) => sum + t.recall, 0) / Math.max(1, perTask.length);
    const complete = perTask.filter((t) => t.recall === 1).length / Math.max(1, perTask.length);
    return ok({
      json: {
        suite: 'kb-retrieval',
        note: `τ²-bench banking_knowledge: ${bench.value.documents.length} documents, ${perTask.length} tasks; query = task instructions without role-play sentences`,
        metrics: { recallAt5: mean, allNeededInTop5: complete, tasks: perTask.length },
        failures: perTask.filter((t) => t.recall < 1).map(({ id, missing }) => ({ id, missing })),
      },
      table: [
        ['metric', 'value'],
        ['tasks', String(perTask.length)],
        ['recallAt5 (mean per task)', `${(mean * 100).toFixed(1)}%`],
        ['allNeededInTop5', `${(complete * 100).toFixed(1)}%`],
      ],
    });
  } finally {
    db.close();
  }
}
