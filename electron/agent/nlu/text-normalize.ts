import { findAddresses, findStreetAddresses } from './entity-addresses';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const DIACRITICS = /\p{M}+/gu;
const DIGIT = /\p{Nd}/gu;
const APOSTROPHE = /['\u2019`]/gu;
const TOKEN = /[$€£¥]|[\p{L}\p{N}]+/gu;

/**
 * Postal addresses as one placeholder word: a street, city and country say nothing of what the customer
 * wants, and words the training data never saw ("Leeds", "Berlin") must not sway the intent.
 */
function maskAddresses(text: string): string {
  const spans = [...findAddresses(text), ...findStreetAddresses(text)].sort((a, b) => b.start - a.start);
  let masked = text;
  let before = Infinity;
  for (const span of spans) {
    if (span.end > before) continue; // overlaps the span already masked
    masked = `${masked.slice(0, span.start)} postaladdress ${masked.slice(span.end)}`;
    before = span.start;
  }
  return masked;
}

/**
 * Folds text to the form the classifier sees: lower case, no accents, no apostrophes, every digit as 0
 * (so "#W1234567" and "#W7654321" look alike), emails, links and postal addresses as one placeholder
 * word each.
 */
export function normalizeText(text: string): string {
  return maskAddresses(text.normalize('NFKC'))
    .replace(EMAIL, ' emailaddress ')
    .replace(URL, ' weblink ')
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(APOSTROPHE, '')
    .replace(DIGIT, '0');
}

/** Splits normalized text into words; currency signs count as words because they carry meaning. */
export function tokenize(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}
