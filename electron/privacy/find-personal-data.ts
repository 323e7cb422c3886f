import type { PiiCategory } from '../../shared/privacy';
import { findEmails } from '../agent/nlu/entity-identifiers';
import { findAddressSpans } from './address-text';
import { findCardNumbers } from './find-card-numbers';
import { findIbans } from './find-ibans';
import { findPhoneNumbers } from './find-phone-numbers';
import { findSsns } from './find-ssns';
import type { PersonalDataSpan } from './personal-data-span';

const emailSpans = (text: string): PersonalDataSpan[] =>
  findEmails(text).map(({ start, end, text: found, value }) => ({
    category: 'email',
    start,
    end,
    text: found,
    key: value,
  }));

/** Finders from the most specific to the least: where two finds overlap, the earlier kind wins. */
const finders: [PiiCategory, (text: string) => PersonalDataSpan[]][] = [
  ['iban', findIbans],
  ['card_number', findCardNumbers],
  ['ssn', findSsns],
  ['email', emailSpans],
  ['address', findAddressSpans],
  ['phone', findPhoneNumbers],
];

const overlaps = (a: PersonalDataSpan, b: PersonalDataSpan) => a.start < b.end && b.start < a.end;

/** Personal data of the given kinds in a text, in text order, no two overlapping. */
export function findPersonalData(text: string, categories: readonly PiiCategory[]): PersonalDataSpan[] {
  const kept: PersonalDataSpan[] = [];
  for (const [category, find] of finders) {
    if (!categories.includes(category)) continue;
    for (const span of find(text)) if (!kept.some((other) => overlaps(other, span))) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with each span replaced by what `replacement` makes of it. */
export function replaceSpans(
  text: string,
  spans: readonly PersonalDataSpan[],
  replacement: (span: PersonalDataSpan) => string,
): string {
  let result = '';
  let at = 0;
  for (const span of spans) {
    result += text.slice(at, span.start) + replacement(span);
    at = span.end;
  }
  return result + text.slice(at);
}
