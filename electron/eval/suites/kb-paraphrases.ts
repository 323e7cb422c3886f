import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import { formatProblems, parseYaml } from '../../data-files/parse-yaml';
import { replaceSandbox } from '../../sandbox/data/sandbox-store';
import { KbRepo } from '../../sandbox/repos/kb-repo';
import { generateSandbox } from '../../sandbox/seed/generate-sandbox';
import { openDatabase } from '../../store/database';

const Paraphrases = z
  .object({
    questions: z
      .array(
        z
          .object({
            q: z.string().min(3),
            article: z.string().min(1),
            alsoAccepted: z.array(z.string().min(1)).default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type Paraphrase = z.infer<typeof Paraphrases>['questions'][number];

const shipped = fileURLToPath(new URL('../data/kb-paraphrases.yaml', import.meta.url));

/** The project's paraphrase questions: each answered by an article it shares no content word with. */
export function loadParaphrases(file: string = shipped): Result<Paraphrase[]> {
  const parsed = parseYaml(fs.readFileSync(file, 'utf8'), Paraphrases);
  return parsed.ok
    ? ok(parsed.value.questions)
    : fail('bad_request', `invalid paraphrases file:\n${formatProblems(file, parsed.problems)}`);
}

/** Questions split once by a hash of their text: the synonym lexicon is written from `dev` only. */
export const splitOfQuestion = (question: string): 'dev' | 'test' =>
  createHash('sha256').update(`paraphrase:${question}`).digest()[0]! % 2 === 0 ? 'dev' : 'test';

/** Recall at 1 and 3 of the answering article over the sandbox's knowledge base. */
export function runParaphrases(
  split: 'dev' | 'test' | 'all',
): Result<{ questions: number; recallAt1: number; recallAt3: number; missed: string[] }> {
  const questions = loadParaphrases();
  if (!questions.ok) return questions;
  const chosen = questions.value.filter((p) => split === 'all' || splitOfQuestion(p.q) === split);
  const db = openDatabase(':memory:');
  try {
    replaceSandbox(db, generateSandbox({}));
    const kb = new KbRepo(db);
    let top1 = 0;
    let top3 = 0;
    const missed: string[] = [];
    for (const p of chosen) {
      const hits = kb.search(p.q, 3);
      const ids = hits.ok ? hits.value.map((h) => h.id) : [];
      const answers = [p.article, ...p.alsoAccepted];
      if (answers.includes(ids[0] ?? '')) top1 += 1;
      if (ids.some((id) => answers.includes(id))) top3 += 1;
      else missed.push(p.q);
    }
    const share = (n: number) => Math.round((n / Math.max(1, chosen.length)) * 1000) / 1000;
    return ok({ questions: chosen.length, recallAt1: share(top1), recallAt3: share(top3), missed });
  } finally {
    db.close();
  }
}
