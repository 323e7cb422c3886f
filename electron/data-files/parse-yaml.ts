import type { z } from 'zod';
import { LineCounter, parseDocument, isNode } from 'yaml';

/** A problem in a YAML document, placed where its author can find it. */
export interface YamlProblem {
  line: number;
  column: number;
  path: string;
  reason: string;
}

export type YamlParse<T> = { ok: true; value: T } | { ok: false; problems: YamlProblem[] };

/** Parses YAML and validates it against a schema; every problem names its line, path and reason. */
export function parseYaml<S extends z.ZodType>(text: string, schema: S): YamlParse<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        ...at(error.pos[0]),
        path: '',
        reason: error.message.split('\n')[0]!,
      })),
    };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      // Point at the deepest node that exists: a missing key is reported at its parent.
      let offset = 0;
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) {
          offset = node.range[0];
          break;
        }
      }
      return { ...at(offset), path: path.join('.'), reason: issue.message };
    }),
  };
}

/** Formats problems one per line: `file.yaml:12:5 tools.3.effect: Invalid option…`. */
export const formatProblems = (file: string, problems: YamlProblem[]): string =>
  problems.map((p) => `${file}:${p.line}:${p.column} ${p.path ? `${p.path}: ` : ''}${p.reason}`).join('\n');
