import { z } from 'zod';
import { ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import { Id, TouchpointChannel, text, type Touchpoint } from '../format';
import { readTouchpoints, touchpointWriter } from '../tables/touchpoints';
import { AccountsRepo } from './accounts-repo';
import { checkInput, systemClock, type Clock } from './repo-support';

const NewTouchpoint = z.strictObject({
  accountId: Id,
  channel: TouchpointChannel,
  summary: text(4000),
});
export type NewTouchpoint = z.input<typeof NewTouchpoint>;

const TouchpointQuery = z.strictObject({
  /** From this ISO date-time on. */
  since: z.iso.datetime({ offset: true }).optional(),
  /** Up to and including this ISO date-time. */
  until: z.iso.datetime({ offset: true }).optional(),
  limit: z.int().min(1).max(1000).default(100),
});
export type TouchpointQuery = z.input<typeof TouchpointQuery>;

/** Calls, emails, meetings and notes with the SaaS accounts. */
export class TouchpointsRepo {
  private readonly accounts: AccountsRepo;

  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {
    this.accounts = new AccountsRepo(db);
  }

  /** An account's touchpoints, newest first, optionally within [since, until]. */
  list(accountId: string, query: TouchpointQuery = {}): Result<Touchpoint[]> {
    const checked = checkInput(TouchpointQuery, query);
    if (!checked.ok) return checked;
    const known = this.accounts.get(accountId);
    if (!known.ok) return known;
    const { since, until, limit } = checked.value;
    const where = ['account_id = ?'];
    const params: unknown[] = [accountId];
    const add = (clause: string, value: unknown) => (where.push(clause), params.push(value));
    if (since !== undefined) add('at >= ?', new Date(since).toISOString());
    if (until !== undefined) add('at <= ?', new Date(until).toISOString());
    return ok(
      readTouchpoints(
        this.db,
        `WHERE ${where.join(' AND ')} ORDER BY at DESC, rowid DESC LIMIT ?`,
        ...params,
        limit,
      ),
    );
  }

  /** Records a contact with an account, stamped now. */
  log(input: NewTouchpoint): Result<Touchpoint> {
    const checked = checkInput(NewTouchpoint, input);
    if (!checked.ok) return checked;
    const known = this.accounts.get(checked.value.accountId);
    if (!known.ok) return known;
    const touchpoint: Touchpoint = { ...checked.value, at: this.now().toISOString() };
    touchpointWriter(this.db)(touchpoint);
    return ok(touchpoint);
  }
}
