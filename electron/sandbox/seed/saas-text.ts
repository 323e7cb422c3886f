import { z } from 'zod';
import { parseDataFile } from '../../data-files/parse-data-file';
import json from './data/saas-text.json' with { type: 'json' };

export type TouchpointMood = 'neutral' | 'positive' | 'negative' | 'competitor';

const Text = z.string().min(1);
const Texts = z.array(Text).min(1);

const SaasText = z.strictObject({
  accountNameStarts: z.array(z.string().regex(/^\S+$/, 'expected one word')).min(1),
  accountNameKinds: Texts,
  touchpointSummaries: z.strictObject({
    neutral: Texts,
    positive: Texts,
    negative: Texts,
    competitor: Texts,
  }),
  tickets: z
    .array(
      z.strictObject({
        subject: Text,
        tags: z.array(Text),
        priority: z.enum(['normal', 'high', 'urgent']),
        thread: Texts,
      }),
    )
    .min(1),
});

/**
 * The words of the generated SaaS side (data/saas-text.json): account names and touchpoint summaries.
 * `{feature}` is one of the account's features, `{competitor}` a rival product, `{first}` the
 * contact's first name and `{seats}` the seat count.
 */
const texts = parseDataFile('electron/sandbox/seed/data/saas-text.json', json, SaasText);

export const accountNameStarts: readonly string[] = texts.accountNameStarts;
export const accountNameKinds: readonly string[] = texts.accountNameKinds;

/** Summaries by the mood they carry; the cheat sheet's sentiment and competitor checks read them. */
export const touchpointSummaries: Readonly<Record<TouchpointMood, readonly string[]>> =
  texts.touchpointSummaries;

/** Problems an unhappy account raises as tickets: subject, tags and a short thread, customer first. */
export const saasTicketTemplates: readonly {
  subject: string;
  tags: readonly string[];
  priority: 'normal' | 'high' | 'urgent';
  thread: readonly string[];
}[] = texts.tickets;
