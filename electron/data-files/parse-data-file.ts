import fs from 'node:fs';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { z } from 'zod';
import { fieldPath } from './issues';

const repoRoot = new URL('../../', import.meta.url);

/** ":line:column" of a field in the source text, or of its nearest parent that exists there. */
function placeOf(text: string, path: readonly PropertyKey[]): string {
  const tree = parseTree(text);
  if (!tree) return '';
  let node: Node | undefined;
  for (let depth = path.length; depth >= 0 && !node; depth--)
    node = findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
  const before = text.slice(0, node?.offset ?? 0).split('\n');
  return `:${before.length}:${before.at(-1)!.length + 1}`;
}

/**
 * A data file shipped beside the code that reads it (word lists, cues, tables, imported with
 * `with { type: 'json' }`), checked against its schema as the module loads. A broken file is a build
 * defect, so it throws, naming the file and the field of each problem, and its line when the source file
 * is at hand (in development and tests; a bundled build has only the data).
 */
export function parseDataFile<S extends z.ZodType>(file: string, json: unknown, schema: S): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  let text = '';
  try {
    text = fs.readFileSync(new URL(file, repoRoot), 'utf8');
  } catch {
    // Bundled: the problems are named by field only.
  }
  const problems = parsed.error.issues.flatMap((issue) =>
    (issue.code === 'unrecognized_keys' ? issue.keys : [null]).map((key) => {
      const path = key === null ? issue.path : [...issue.path, key];
      const field = fieldPath(path);
      const message = key === null ? issue.message : 'unknown field';
      return `${file}${text ? placeOf(text, path) : ''} ${field ? `${field}: ` : ''}${message}`;
    }),
  );
  throw new Error(`${file} is not a valid data file:\n${problems.join('\n')}`);
}
