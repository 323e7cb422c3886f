import type { PolicyProblem } from '../../../shared/policy';

/** "Line 19: tools.1.effect — Invalid option…", or without a path for a YAML syntax error. */
export const formatProblem = (problem: PolicyProblem): string =>
  problem.path
    ? `Line ${problem.line}: ${problem.path} — ${problem.reason}`
    : `Line ${problem.line}: ${problem.reason}`;

/** The reasons at each line that has a problem, for marking lines in the editor's gutter. */
export function problemsByLine(problems: PolicyProblem[]): Map<number, string[]> {
  const lines = new Map<number, string[]>();
  for (const problem of problems)
    lines.set(problem.line, [...(lines.get(problem.line) ?? []), problem.reason]);
  return lines;
}

/** Where a 1-based line starts and ends in the text, to put the cursor on it. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}
