import { isToolName, tools } from '../../shared/tools';
import type { RunAction } from './ticket-run';
import type { ExpectedAction } from './tickets-file';

/** Whether an agent action satisfies an expected one: same tool, and every expected arg equal. */
export function actionMatches(expected: ExpectedAction, actual: RunAction): boolean {
  if (expected.tool !== actual.tool) return false;
  return Object.entries(expected.args ?? {}).every(([key, value]) => sameValue(value, actual.args[key]));
}

function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'string' && typeof actual === 'string') {
    // Ids and emails are compared without case, as the systems of record treat them.
    return expected.toLowerCase() === actual.toLowerCase();
  }
  return JSON.stringify(expected) === JSON.stringify(actual);
}

/** Pairs each expected action with at most one distinct agent action, in order; counts the pairs. */
export function matchActions(
  expected: readonly ExpectedAction[],
  actual: readonly RunAction[],
): { matched: number; missing: ExpectedAction[]; unexpected: RunAction[] } {
  const used = new Set<number>();
  const missing: ExpectedAction[] = [];
  for (const want of expected) {
    const index = actual.findIndex((action, i) => !used.has(i) && actionMatches(want, action));
    if (index >= 0) used.add(index);
    else missing.push(want);
  }
  return {
    matched: used.size,
    missing,
    unexpected: actual.filter((_, i) => !used.has(i)),
  };
}

/**
 * The agent actions a ticket is scored on: every write and money action, and lookups only of tools the
 * ticket itself expects, so a ticket need not list each read the agent makes on the way.
 */
export function scoredActions(
  expected: readonly ExpectedAction[],
  actual: readonly RunAction[],
): RunAction[] {
  const expectedTools = new Set(expected.map((action) => action.tool));
  return actual.filter(
    (action) =>
      expectedTools.has(action.tool) || !isToolName(action.tool) || tools[action.tool].risk !== 'read',
  );
}
