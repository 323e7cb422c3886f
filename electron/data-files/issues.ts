import type { z } from 'zod';
import type { AppError } from '../../shared/result';

/** A record path as people read it: ['orders', 3, 'items', 0, 'qty'] → "orders[3].items[0].qty". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** One problem in a file, naming the record and field at fault. */
export function issue(path: readonly PropertyKey[], message: string): AppError {
  const field = fieldPath(path);
  return field === ''
    ? { code: 'bad_request', message }
    : { code: 'bad_request', message: `${field}: ${message}`, field };
}

/** Every zod issue as an AppError; an unknown key is reported at its own path ("orders[0].colour"). */
export function issuesOfZod(error: z.ZodError): AppError[] {
  return error.issues.flatMap((problem) =>
    problem.code === 'unrecognized_keys'
      ? problem.keys.map((key) => issue([...problem.path, key], 'unknown field'))
      : [issue(problem.path, problem.message)],
  );
}

/** All problems of a file folded into one error: the first names the field, the message lists up to `shown`. */
export function combineIssues(issues: AppError[], shown = 10): AppError {
  const lines = issues.slice(0, shown).map((problem) => problem.message);
  if (issues.length > shown) lines.push(`…and ${issues.length - shown} more problems`);
  const first = issues[0];
  const message = lines.join('\n');
  return first?.field === undefined
    ? { code: 'bad_request', message }
    : { code: 'bad_request', message, field: first.field };
}
