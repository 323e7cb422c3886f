import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { formatProblems, parseYaml, type YamlProblem } from '../../data-files/parse-yaml';
import { Id, text } from '../format';

/** The knowledge base the project ships: one Markdown file per article, `<id>-<slug>.md`. */
export const shippedKbFolder = fileURLToPath(new URL('./data/kb/', import.meta.url));

/** A knowledge-base article before it gets its date. */
export interface ArticleDraft {
  title: string;
  tags: string[];
  body: string;
}

/** An article as its file spells it; `updated` (a date) pins the date the generator would otherwise pick. */
export interface KbArticleFile extends ArticleDraft {
  id: string;
  updated?: string;
}

const FrontMatter = z.strictObject({
  id: Id,
  title: text(300),
  tags: z.array(text(50)).default([]),
  updated: z.iso.date({ error: 'expected a date such as 2025-06-10' }).optional(),
});

/** The front matter between the opening `---` line and the next `---` line, then the Markdown body. */
const frontMatterRE = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/**
 * Reads one article: YAML front matter (id, title, tags, optionally updated) and a Markdown body,
 * kept as written apart from the blank line after the front matter and the final newline. Problems
 * are placed at their line in the file, as `file:line:column field: message`.
 */
export function parseKbArticle(
  file: string,
  source: string,
): { ok: true; value: KbArticleFile } | { ok: false; error: string } {
  const match = frontMatterRE.exec(source);
  if (!match || match.index !== 0)
    return {
      ok: false,
      error: formatProblems(file, [
        { line: 1, column: 1, path: '', reason: 'expected YAML front matter between two --- lines' },
      ]),
    };
  const parsed = parseYaml(match[1]!, FrontMatter);
  if (!parsed.ok) {
    // The front matter starts on the second line of the file.
    const problems = parsed.problems.map((p): YamlProblem => ({ ...p, line: p.line + 1 }));
    return { ok: false, error: formatProblems(file, problems) };
  }
  const body = source
    .slice(match[0].length)
    .replace(/^\r?\n/, '')
    .replace(/\r?\n$/, '');
  if (body.trim() === '') {
    const line = source.slice(0, match[0].length).split('\n').length;
    return {
      ok: false,
      error: formatProblems(file, [{ line, column: 1, path: 'body', reason: 'expected the article text' }]),
    };
  }
  const { id, title, tags, updated } = parsed.value;
  return { ok: true, value: { id, title, tags, body, ...(updated === undefined ? {} : { updated }) } };
}

/**
 * The articles of a knowledge-base folder (every `*.md` file in it), in id order. A broken or
 * duplicated article throws, naming each file and line: the folder is the generator's input, so the
 * sandbox is never built from part of it.
 */
export function loadKbArticles(folder: string = shippedKbFolder): KbArticleFile[] {
  const files = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const articles: KbArticleFile[] = [];
  const errors: string[] = [];
  const fileOf = new Map<string, string>();
  for (const name of files) {
    const file = path.join(folder, name);
    const source = fs.readFileSync(file, 'utf8');
    const parsed = parseKbArticle(file, source);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    const first = fileOf.get(parsed.value.id);
    if (first !== undefined) {
      const line = source.split('\n').findIndex((text) => /^id\s*:/.test(text)) + 1;
      errors.push(`${file}:${line || 1}:1 id: ${parsed.value.id} is also the id of ${first}`);
      continue;
    }
    fileOf.set(parsed.value.id, file);
    articles.push(parsed.value);
  }
  if (errors.length > 0)
    throw new Error(`invalid knowledge-base articles in ${folder}:\n${errors.join('\n')}`);
  if (articles.length === 0) throw new Error(`no knowledge-base articles (*.md) in ${folder}`);
  return articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
