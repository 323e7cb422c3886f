import type { AccountSummary } from '../../../shared/cheatsheet';
import { lookback, type AccountSignals, type RenewalSignals } from '../../../shared/renewal-signals';
import { fail, ok, type Result } from '../../../shared/result';
import { ConnectorError, failure } from '../http/connector-error';
import type { HttpClient } from '../http/http-client';
import { customerOf } from './map';
import {
  associated,
  companyNames,
  Company,
  isRecordId,
  pageSize,
  renewalDeals,
  renewalFilters,
  subscriptionOf,
  type Deal,
} from './renewal-deals';
import { touchpointsOf } from './renewal-touchpoints';
import { getContact } from './requests';

/**
 * HubSpot as the renewal desk's port. An account is a company with an open renewal deal:
 *
 * - Renewal deals are open (`hs_is_closed` false) deals of type `existingbusiness` (HubSpot's own
 *   "Existing Business" deal type), optionally in one pipeline; the soonest `closedate` is the renewal
 *   date. The deal is the company's through its primary company association (type 5), else its first.
 * - Seats and plan come from deal properties a portal may add (HubSpot ignores properties it does not
 *   have, so asking is harmless): `seats` (seats paid for), `seats_used` (seats in use) and `plan`
 *   (starter, team, business or enterprise, any case). Without `plan` the deal name is searched for a
 *   plan's name, else the plan reads as starter. Without `seats` the deal counts as one seat at its
 *   `amount`, so the quote's subtotal is the deal's amount; without `seats_used` every seat is in use.
 *   Amounts are in the deal's `deal_currency_code`, USD when it has none.
 * - The contact is the first contact whose primary company this is (association type 2), else the
 *   company's first associated contact: HubSpot contact ids are the customer ids everywhere else.
 * - Touchpoints are the notes, calls and meetings associated with the company, by `hs_timestamp`.
 * - HubSpot counts no product usage and keeps no tickets here: usage, tickets and interactions are
 *   empty (the helpdesk's tickets reach the agent through its own connector).
 *
 * Searches and batch reads are POSTs that change nothing, so they are retried like GETs.
 */

/** HubSpot's type id of a deal's association with its primary company. */
const dealToPrimaryCompany = 5;
/** HubSpot's type id of a company's association with a contact whose primary company it is. */
const companyToPrimaryContact = 2;

/** The companies with an open renewal deal, soonest renewal first. */
async function renewalAccounts(
  client: HttpClient,
  pipeline: string | undefined,
  limit: number,
): Promise<AccountSummary[]> {
  const deals = await renewalDeals(client, renewalFilters(pipeline), Math.min(limit, pageSize));
  const companyOf = await associated(
    client,
    'deals',
    'companies',
    deals.map((d) => d.id),
    dealToPrimaryCompany,
  );
  // A company renews once: its soonest open renewal deal (the deals come soonest first).
  const firstDeal = new Map<string, Deal>();
  for (const deal of deals) {
    const company = companyOf.get(deal.id);
    if (company !== undefined && !firstDeal.has(company)) firstDeal.set(company, deal);
  }
  const ids = [...firstDeal.keys()];
  const [names, contacts] = await Promise.all([
    companyNames(client, ids),
    associated(client, 'companies', 'contacts', ids, companyToPrimaryContact),
  ]);
  return ids.map((id) => {
    const { plan, seats, seatsUsed, renewalDate } = subscriptionOf(firstDeal.get(id)!);
    return {
      id,
      name: names.get(id) ?? '',
      customerId: contacts.get(id) ?? '',
      plan,
      seats,
      seatsUsed,
      renewalDate,
    };
  });
}

export function hubspotRenewalSignals(
  client: HttpClient,
  options: { pipeline?: string } = {},
): RenewalSignals {
  return {
    accounts: (limit = pageSize) => renewalAccounts(client, options.pipeline, limit),

    async signals(accountId, now): Promise<Result<AccountSignals>> {
      const unknown = fail('not_found', `No account with id ${accountId}.`, 'accountId');
      if (!isRecordId(accountId)) return unknown;
      try {
        const company = await client
          .request({
            method: 'GET',
            path: `/crm/v3/objects/companies/${accountId}`,
            query: { properties: 'name' },
            schema: Company,
          })
          .catch((error: unknown) => {
            if (error instanceof ConnectorError && error.kind === 'not_found') return null;
            throw error;
          });
        if (!company) return unknown;
        const [deals, contacts, touchpoints] = await Promise.all([
          renewalDeals(client, renewalFilters(options.pipeline, accountId), 1),
          associated(client, 'companies', 'contacts', [accountId], companyToPrimaryContact),
          touchpointsOf(client, accountId, now),
        ]);
        const deal = deals[0];
        if (!deal) return fail('not_found', `Account ${accountId} has no open renewal deal.`, 'accountId');
        const contactId = contacts.get(accountId);
        const contact = contactId === undefined ? null : await getContact(client, contactId);
        const since = new Date(now.getTime() - lookback.mentionDays * 86_400_000).toISOString();
        return ok({
          account: { id: accountId, customerId: contact?.id ?? '', name: company.properties.name ?? '' },
          contactName: contact ? customerOf(contact).name : '',
          currency: deal.properties.deal_currency_code || 'USD',
          subscription: subscriptionOf(deal),
          usageTracked: false,
          usage: [],
          lastActive: new Map(),
          touchpoints: touchpoints.filter((t) => t.at >= since),
          lastTouchpoint: touchpoints[0] ?? null,
          tickets: [],
          interactions: [],
        });
      } catch (error) {
        return failure(error);
      }
    },
  };
}
