import { z } from 'zod';
import type { InteractionRecord, OpenTicketRecord } from '../tools/connector';
import { compilePatterns } from './nlu/cue-pattern';
import { parseDataFile } from '../data-files/parse-data-file';
import { wordsOf } from '../text/search-terms';
import { fillerWords, stopwords } from '../text/search-words';
import { findOrderIds } from './nlu/entity-identifiers';
import { singular, withAliases } from './request/product-mentions';
import topicsJson from './data/contact-topics.json' with { type: 'json' };

/** An earlier contact of the customer about the same issue, and where it was found. */
export const RepeatOf = z.union([
  // A conversation in this app (the customer's memory).
  z.object({
    source: z.literal('conversation').optional(),
    conversationId: z.string(),
    at: z.string(),
    intent: z.string(),
  }),
  z.object({
    source: z.literal('crm'),
    interactionId: z.string(),
    channel: z.string(),
    topic: z.string(),
    at: z.string(),
    intent: z.string(),
  }),
  z.object({
    source: z.literal('ticket'),
    ticketId: z.string(),
    subject: z.string(),
    status: z.string(),
    at: z.string(),
    intent: z.string(),
  }),
]);
export type RepeatOf = z.infer<typeof RepeatOf>;

const Topics = z
  .object({
    about: z.string().min(1),
    issues: z
      .array(
        z
          .object({
            intents: z.array(z.string().min(1)).min(1),
            words: z.array(z.string().regex(/^[\p{Ll}\p{N}' -]+$/u, 'lower-case words')).min(1),
          })
          .strict(),
      )
      .min(1),
    generic: z.array(z.string().regex(/^[\p{Ll}\p{N}']+$/u, 'one lower-case word')).min(1),
  })
  .strict();

const topics = parseDataFile('electron/agent/data/contact-topics.json', topicsJson, Topics);
const generic: ReadonlySet<string> = new Set(topics.generic);
const wordsOfIntent = new Map(
  topics.issues.flatMap(({ intents, words }) => {
    const pattern = compilePatterns(words, {});
    return intents.map((intent) => [intent, pattern] as const);
  }),
);

const orderKey = (id: string) => id.replace(/^#/, '').toUpperCase();
const ordersIn = (text: string) => findOrderIds(text).map((o) => orderKey(o.value));

/**
 * The things a message names besides its topic ("sneakers", "planter"): its content words, singular,
 * without the words of the intent's topic, which every record on that topic shares.
 */
function thingsNamed(said: string, intent: string): string[] {
  const topic = wordsOfIntent.get(intent);
  return wordsOf(said)
    .filter(
      (word) =>
        word.length >= 4 &&
        !stopwords.has(word) &&
        !fillerWords.has(word) &&
        !generic.has(word) &&
        !/\d/u.test(word) &&
        !(topic && word.search(topic) >= 0),
    )
    .map(singular);
}

/** How a record relates to the message: the same order, another (or an unknown) order, the same topic. */
function relation(
  intent: string,
  orderId: string | null,
  said: string,
  recordText: string,
  recordOrders: string[],
) {
  const named = orderId === null ? null : orderKey(orderId);
  const sameOrder = named !== null && recordOrders.includes(named);
  const words = wordsOfIntent.get(intent);
  const text = recordText.toLowerCase();
  return {
    sameOrder,
    otherOrder: named !== null && recordOrders.length > 0 && !sameOrder,
    // The record names an order, the message none: it may be about any of the customer's orders…
    orderUnknown: named === null && recordOrders.length > 0,
    // …unless the message names the thing the record is about ("where are my sneakers?").
    sameThing:
      named === null &&
      thingsNamed(said, intent).some((thing) => withAliases(thing).some((word) => text.includes(word))),
    sameTopic: words !== undefined && recordText.search(words) >= 0,
  };
}

/**
 * The earlier contact a message repeats, from the customer's records: an open or pending ticket about
 * the same order or the thing the message names, or on the same topic and not about another order,
 * first (it is still unresolved); else the latest CRM interaction since `since` on the same topic and
 * about the same order (or, when neither names one, about no order). The records are the verified
 * customer's own.
 */
export function repeatFromRecords(
  intent: string,
  orderId: string | null,
  said: string,
  since: string,
  records: { interactions: readonly InteractionRecord[]; openTickets: readonly OpenTicketRecord[] },
): RepeatOf | null {
  const ticket = records.openTickets.find((t) => {
    const about = relation(intent, orderId, said, `${t.subject} ${t.tags.join(' ')}`, [
      ...(t.orderId ? [orderKey(t.orderId)] : []),
      ...ordersIn(t.subject),
    ]);
    return about.sameOrder || about.sameThing || (about.sameTopic && !about.otherOrder);
  });
  if (ticket)
    return {
      source: 'ticket',
      ticketId: ticket.id,
      subject: ticket.subject,
      status: ticket.status,
      at: ticket.createdAt,
      intent,
    };
  const interaction = records.interactions
    .filter((i) => i.at >= since)
    .find((i) => {
      const about = relation(
        intent,
        orderId,
        said,
        `${i.topic} ${i.summary}`,
        ordersIn(`${i.topic} ${i.summary}`),
      );
      return about.sameTopic && !about.otherOrder && (!about.orderUnknown || about.sameThing);
    });
  return interaction
    ? {
        source: 'crm',
        interactionId: interaction.id,
        channel: interaction.channel,
        topic: interaction.topic,
        at: interaction.at,
        intent,
      }
    : null;
}
