import { z } from 'zod';
import type { RenewalTouchpoint } from '../../../shared/renewal-signals';
import type { HttpClient } from '../http/http-client';
import { noteText } from './map';
import { searchPage } from './renewal-deals';

/** The newest touchpoints of each kind read for a sheet: more than any lookback holds in practice. */
const touchpointsPerKind = 100;

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

/** The notes, calls and meetings associated with a company up to `now`, newest first. */
export async function touchpointsOf(
  client: HttpClient,
  companyId: string,
  now: Date,
): Promise<RenewalTouchpoint[]> {
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
