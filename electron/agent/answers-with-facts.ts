import type { Perception } from './perceive';
import { readChangeRequests } from './request/change-requests';

// Words that only carry the facts: "I'm Dana Lopez, zip code 12345", "my email is …", "it's order #W…".
const CARRIER_WORDS = new Set(
  (
    'i im am my me name names is its it this the a an and or zip zipcode code postal postcode post email ' +
    'e mail order number no id user username account customer phone called under with for of on in at ' +
    'live living here yes yeah sure ok okay thanks thank you please hi hello sorry that was used'
  ).split(' '),
);

/**
 * True when a message does nothing but give facts the agent can look up (names, emails, order numbers,
 * zip codes, account ids): the answer to a question the agent asked, not a new request. Such an answer
 * keeps the request it answers, however the intent model reads it ("zip code" alone reads as an address
 * change).
 */
export function answersWithFacts(text: string, entities: Perception['entities']): boolean {
  const facts = [
    ...entities.emails,
    ...entities.orderIds,
    ...entities.names,
    ...(entities.zip ? [entities.zip] : []),
  ];
  let rest = text.toLowerCase();
  for (const fact of facts) rest = rest.split(fact.toLowerCase()).join(' ');
  // Account ids ("mei_kovacs_8020") and bare numbers (order numbers without their prefix, phone numbers).
  const accountIds = rest.match(/\b[a-z]+(?:_[a-z]+)+_\d+\b/g) ?? [];
  rest = rest.replace(/\b[a-z]+(?:_[a-z]+)+_\d+\b/g, ' ').replace(/[#+]?\b[\w-]*\d[\w-]*\b/g, ' ');
  const words = rest.replace(/['’]/g, '').match(/\p{L}+/gu) ?? [];
  const gaveSomething = facts.length > 0 || accountIds.length > 0 || /\d{4,}/.test(text);
  return gaveSomething && words.every((word) => CARRIER_WORDS.has(word));
}

/** At most this many words make a pick rather than a request of its own. */
const pickWords = 6;

/**
 * A short answer that picks among what the agent offered ("all of them please", "the lamp", "the navy
 * one") and asks for no change of its own: it continues the request it answers.
 */
export function picksFromQuestion(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= pickWords && readChangeRequests(text).explicit.length === 0;
}
