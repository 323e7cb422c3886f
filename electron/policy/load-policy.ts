import { LineCounter, parseDocument, isNode } from 'yaml';
import { Policy } from '../../shared/policy';

import type { PolicyProblem } from '../../shared/policy';

export type { PolicyProblem };

export type PolicyParse = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/** Parses and validates a policy document; every problem names its line, path and reason. */
export function parsePolicy(text: string): PolicyParse {
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
  const parsed = Policy.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, policy: parsed.data };
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

/** Formats problems one per line: `policy.yaml:12:5 tools.3.effect: Invalid option…`. */
export const formatProblems = (file: string, problems: PolicyProblem[]): string =>
  problems.map((p) => `${file}:${p.line}:${p.column} ${p.path ? `${p.path}: ` : ''}${p.reason}`).join('\n');
