import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import type { Account, Subscription } from '../format';
import { readAccounts, readSubscriptions } from '../tables/accounts';
import { checkInput } from './repo-support';

const AccountPage = z.strictObject({
  limit: z.int().min(1).max(1000).default(50),
  offset: z.int().min(0).default(0),
});
export type AccountPage = z.input<typeof AccountPage>;

/** The SaaS accounts and what each pays for. */
export class AccountsRepo {
  constructor(private readonly db: Database) {}

  /** One account by id. */
  get(accountId: string): Result<Account> {
    const [account] = readAccounts(this.db, 'WHERE id = ?', accountId);
    return account ? ok(account) : fail('not_found', `No account with id ${accountId}.`, 'accountId');
  }

  /** A page of accounts in id order. */
  list(page: AccountPage = {}): Result<Account[]> {
    const checked = checkInput(AccountPage, page);
    if (!checked.ok) return checked;
    return ok(
      readAccounts(this.db, 'ORDER BY id LIMIT ? OFFSET ?', checked.value.limit, checked.value.offset),
    );
  }

  /** The accounts whose contact is this CRM customer (usually one, possibly none). */
  byCustomer(customerId: string): Result<Account[]> {
    if (this.db.prepare('SELECT 1 FROM sb_customers WHERE id = ?').get(customerId) === undefined) {
      return fail('not_found', `No customer with id ${customerId}.`, 'customerId');
    }
    return ok(readAccounts(this.db, 'WHERE customer_id = ? ORDER BY id', customerId));
  }

  /** The account's subscription: plan, seats, price per seat and renewal date. */
  subscription(accountId: string): Result<Subscription> {
    const [subscription] = readSubscriptions(this.db, 'WHERE account_id = ?', accountId);
    if (subscription) return ok(subscription);
    const known = this.get(accountId);
    return known.ok ? fail('not_found', `Account ${accountId} has no subscription.`, 'accountId') : known;
  }
}
