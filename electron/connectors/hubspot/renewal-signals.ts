import { z } from 'zod';
import type { AccountSummary } from '../../../shared/cheatsheet';
import {
  lookback,
  planNamed,
  type AccountSignals,
  type RenewalSignals,
  type RenewalTouchpoint,
} from '../../../shared/renewal-signals';
import { fail, ok, type Result } from '../../../shared/result';
import { ToolError } from '../../tools/tool-error';
import { asToolError, ConnectorError } from '../http/connector-error';
import type { HttpClient } from '../http/http-client';
import { customerOf, noteText } from './map';
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
/** The most records a search page or batch read returns. */
const pageSize = 200;
/** The newest touchpoints of each kind read for a sheet: more than any lookback holds in practice. */
const touchpointsPerKind = 100;

export const dealProperties = [
  'dealname',
  'amount',
  'closedate',
  'deal_currency_code',
  'plan',
  'seats',
  'seats_used',
];

const Property = z.string().nullish();

const Deal = z.object({
  id: z.string(),
  properties: z.object({
    dealname: Property,
    amount: Property,
    closedate: Property,
    deal_currency_code: Property,
    plan: Property,
    seats: Property,
    seats_used: Property,
  }),
});
type Deal = z.infer<typeof Deal>;

const Company = z.object({ id: z.string(), properties: z.object({ name: Property }) });

const searchPage = <T extends z.ZodType>(item: T) => z.object({ results: z.array(item) });

const Associations = z.object({
  results: z.array(
    z.object({
      from: z.object({ id: z.string() }),
      to: z.array(
        z.object({
          toObjectId: z.union([z.number(), z.string()]).transform(String),
          associationTypes: z.array(z.object({ typeId: z.number() })),
        }),
      ),
    }),
  ),
});

/** The engagements read as touchpoints: their object path, channel and text properties. */
const engagements = [
  { object: 'notes', channel: 'note', title: null, body: 'hs_note_body' },
  { object: 'calls', channel: 'call', title: 'hs_call_title', body: 'hs_call_body' },
  { object: 'meetings', channel: 'meeting', title: 'hs_meeting_title', body: 'hs_meeting_body' },
] as const;

const Engagement = z.object({
  id: z.string(),
  createdAt: z.string(),
  properties: z.record(z.string(), z.string().nullish()),
});

interface Filter {
  propertyName: string;
  operator: 'EQ' | 'LTE';
  value: string;
}

const isRecordId = (id: string) => /^\d{1,20}$/.test(id);

/** A HubSpot date property (ISO, or milliseconds in some replies) as YYYY-MM-DD in UTC; null when none. */
function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = new Date(/^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(time.getTime()) ? null : time.toISOString().slice(0, 10);
}

const positiveInt = (value: string | null | undefined): number | null => {
  const number = Number(value ?? '');
  return value && Number.isInteger(number) && number > 0 ? number : null;
};

/** HubSpot's filters for open renewal deals, optionally of one company and one pipeline. */
function renewalFilters(pipeline: string | undefined, companyId?: string): Filter[] {
  return [
    ...(companyId === undefined
      ? []
      : [{ propertyName: 'associations.company', operator: 'EQ' as const, value: companyId }]),
    { propertyName: 'dealtype', operator: 'EQ', value: 'existingbusiness' },
    { propertyName: 'hs_is_closed', operator: 'EQ', value: 'false' },
    ...(pipeline === undefined
      ? []
      : [{ propertyName: 'pipeline', operator: 'EQ' as const, value: pipeline }]),
  ];
}

async function renewalDeals(client: HttpClient, filters: Filter[], limit: number): Promise<Deal[]> {
  const page = await client.request({
    method: 'POST',
    path: '/crm/v3/objects/deals/search',
    repeatable: true,
    json: {
      filterGroups: [{ filters }],
      properties: dealProperties,
      sorts: [{ propertyName: 'closedate', direction: 'ASCENDING' }],
      limit,
    },
    schema: searchPage(Deal),
  });
  return page.results.filter((deal) => dayOf(deal.properties.closedate) !== null);
}

/** Per record id, the associated record of the preferred type, else the first one. */
async function associated(
  client: HttpClient,
  from: string,
  to: string,
  ids: string[],
  preferredType: number,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const read = await client.request({
    method: 'POST',
    path: `/crm/v4/associations/${from}/${to}/batch/read`,
    repeatable: true,
    json: { inputs: ids.map((id) => ({ id })) },
    schema: Associations,
  });
  return new Map(
    read.results.flatMap(({ from: { id }, to: targets }) => {
      const chosen =
        targets.find((t) => t.associationTypes.some((a) => a.typeId === preferredType)) ?? targets[0];
      return chosen ? [[id, chosen.toObjectId] as const] : [];
    }),
  );
}

async function companyNames(client: HttpClient, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const read = await client.request({
    method: 'POST',
    path: '/crm/v3/objects/companies/batch/read',
    repeatable: true,
    json: { properties: ['name'], inputs: ids.map((id) => ({ id })) },
    schema: searchPage(Company),
  });
  return new Map(read.results.map((company) => [company.id, company.properties.name ?? '']));
}

/** What an account pays for, from its renewal deal (see the property names above). */
function subscriptionOf(deal: Deal) {
  const { amount, closedate, dealname, plan, seats, seats_used } = deal.properties;
  const paid = positiveInt(seats) ?? 1;
  const used = Number(seats_used ?? '');
  const total = Number(amount ?? '');
  return {
    plan: planNamed(plan) ?? planNamed(dealname) ?? 'starter',
    seats: paid,
    seatsUsed: seats_used && Number.isInteger(used) && used >= 0 ? used : paid,
    pricePerSeat: amount && Number.isFinite(total) && total >= 0 ? Math.round((total / paid) * 100) / 100 : 0,
    renewalDate: dayOf(closedate)!,
  };
}

async function touchpointsOf(client: HttpClient, companyId: string, now: Date): Promise<RenewalTouchpoint[]> {
  const pages = await Promise.all(
    engagements.map(async ({ object, channel, title, body }) => {
      const page = await client.request({
        method: 'POST',
        path: `/crm/v3/objects/${object}/search`,
        repeatable: true,
        json: {
          filterGroups: [
            {
              filters: [
                { propertyName: 'associations.company', operator: 'EQ', value: companyId },
                { propertyName: 'hs_timestamp', operator: 'LTE', value: String(now.getTime()) },
              ],
            },
          ],
          properties: ['hs_timestamp', ...(title ? [title] : []), body],
          sorts: [{ propertyName: 'hs_timestamp', direction: 'DESCENDING' }],
          limit: touchpointsPerKind,
        },
        schema: searchPage(Engagement),
      });
      return page.results.map((record): RenewalTouchpoint => {
        const text = [title ? record.properties[title] : null, noteText(record.properties[body] ?? '')]
          .map((part) => part?.trim())
          .filter(Boolean)
          .join(': ');
        const at = new Date(record.properties.hs_timestamp || record.createdAt).toISOString();
        return { at, channel, summary: text };
      });
    }),
  );
  const at = now.toISOString();
  return pages
    .flat()
    .filter((t) => t.at <= at && t.summary !== '')
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** A HubSpot failure as the port's error (an outage names HubSpot); anything else is thrown on. */
function failure(error: unknown): Result<never> {
  const converted = asToolError(error);
  if (error instanceof ConnectorError && converted instanceof ToolError)
    return { ok: false, error: converted.toAppError() };
  throw error;
}

export function hubspotRenewalSignals(
  client: HttpClient,
  options: { pipeline?: string } = {},
): RenewalSignals {
  return {
    async accounts(limit = pageSize): Promise<AccountSummary[]> {
      const deals = await renewalDeals(client, renewalFilters(options.pipeline), Math.min(limit, pageSize));
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
    },

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
