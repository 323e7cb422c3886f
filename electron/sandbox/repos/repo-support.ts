import type { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import { issuesOfZod } from '../../data-files/issues';

/** Validates a repository input; the error names the first field at fault ("items[0].qty"). */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const [first] = issuesOfZod(parsed.error);
  return { ok: false, error: first ?? { code: 'bad_request', message: 'invalid input' } };
}

/**
 * The next free readable id of a table ("tkt_00042"): one past the row count, stepping over ids that
 * imported data already uses.
 */
export function nextId(db: Database, table: string, prefix: string, width: number): string {
  const { n } = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number };
  const taken = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
  for (let next = n + 1; ; next++) {
    const id = `${prefix}${String(next).padStart(width, '0')}`;
    if (taken.get(id) === undefined) return id;
  }
}

/** A clock the repositories read; tests pass a fixed one. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** The error for an order id that matches nothing. */
export const orderNotFound = (orderId: string): Result<never> =>
  fail('not_found', `No order with id ${orderId}.`, 'orderId');
