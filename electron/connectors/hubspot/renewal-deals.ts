import { z } from 'zod';
import { planNamed } from '../../../shared/renewal-signals';
import type { HttpClient } from '../http/http-client';

// HubSpot's renewal deals, and the companies and contacts associated with them (see renewal-signals.ts).

/** The most records a search page or batch read returns. */
export const pageSize = 200;

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
export type Deal = z.infer<typeof Deal>;

export const Company = z.object({ id: z.string(), properties: z.object({ name: Property }) });

export const searchPage = <T extends z.ZodType>(item: T) => z.object({ results: z.array(item) });

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

export interface Filter {
  propertyName: string;
  operator: 'EQ' | 'LTE';
  value: string;
}

export const isRecordId = (id: string) => /^\d{1,20}$/.test(id);

/** A HubSpot date property (ISO, or milliseconds in some replies) as YYYY-MM-DD in UTC; null when none. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = new Date(/^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(time.getTime()) ? null : time.toISOString().slice(0, 10);
}

const positiveInt = (value: string | null | undefined): number | null => {
  const number = Number(value ?? '');
  return value && Number.isInteger(number) && number > 0 ? number : null;
};

/** HubSpot's filters for open renewal deals, optionally of one company and one pipeline. */
export function renewalFilters(pipeline: string | undefined, companyId?: string): Filter[] {
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

export async function renewalDeals(client: HttpClient, filters: Filter[], limit: number): Promise<Deal[]> {
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
export async function associated(
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

export async function companyNames(client: HttpClient, ids: string[]): Promise<Map<string, string>> {
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
export function subscriptionOf(deal: Deal) {
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
