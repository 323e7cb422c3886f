import type { CreditRecord } from '../../tools/connector';
import type { HttpClient } from '../http/http-client';
import type { CustomerDirectory } from '../system';
import { stripeCustomersByEmail } from './customers';
import { BalanceTransactionList, creditRecordOf } from './map';

/**
 * The store credits a CRM customer received at or after `since`, for the goodwill limits: the
 * negative balance adjustments of every Stripe customer with their email. Stripe lists them newest
 * first with no documented date filter, so paging stops at the first page that reaches past `since`.
 */
export const stripeCredits =
  (http: HttpClient, customers: CustomerDirectory, orderIdKey = 'order_id') =>
  async (customerId: string, since: string): Promise<CreditRecord[]> => {
    const email = await customers.emailForId(customerId);
    if (email === null) return [];
    const sinceUnix = Math.floor(Date.parse(since) / 1000);
    const credits: CreditRecord[] = [];
    for (const customer of await stripeCustomersByEmail(http, email)) {
      let startingAfter: string | undefined;
      for (;;) {
        const page = await http.request({
          method: 'GET',
          path: `/v1/customers/${encodeURIComponent(customer.id)}/balance_transactions`,
          query: { limit: 100, starting_after: startingAfter },
          schema: BalanceTransactionList,
        });
        const recent = page.data.filter((transaction) => transaction.created >= sinceUnix);
        for (const transaction of recent) {
          const credit = creditRecordOf(transaction, orderIdKey);
          if (credit) credits.push(credit);
        }
        const last = page.data.at(-1);
        if (!page.has_more || !last || last.created < sinceUnix) break;
        startingAfter = last.id;
      }
    }
    return credits.sort((a, b) => b.at.localeCompare(a.at));
  };
