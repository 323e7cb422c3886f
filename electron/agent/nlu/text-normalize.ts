const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const DIACRITICS = /\p{M}+/gu;
const DIGIT = /\p{Nd}/gu;
const APOSTROPHE = /['\u2019`]/gu;
const TOKEN = /[$€£¥]|[\p{L}\p{N}]+/gu;

/**
 * Folds text to the form the classifier sees: lower case, no accents, no apostrophes, every digit as 0
 * (so "#W1234567" and "#W7654321" look alike), emails and links as one placeholder word each.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
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
