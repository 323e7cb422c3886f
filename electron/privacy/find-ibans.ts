import { z } from 'zod';
import { parseDataFile } from '../data-files/parse-data-file';
import ibanLengthsFile from './data/iban-lengths.json' with { type: 'json' };
import type { PersonalDataSpan } from './personal-data-span';

/** The length of an IBAN in each country that issues them (the ISO 13616 registry). */
const lengths = parseDataFile(
  'electron/privacy/data/iban-lengths.json',
  ibanLengthsFile,
  z.record(z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code'), z.number().int().min(15).max(34)),
);

const START = /(?<![\p{L}\p{N}])([A-Z]{2})\d{2}/giu;

/** ISO 7064 mod 97-10: the check digits make the rearranged number leave 1. */
function passesIbanChecksum(iban: string): boolean {
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * IBANs, written solid or in groups of four: a country's exact length of letters and digits, single
 * spaces allowed between them, and a valid checksum.
 */
export function findIbans(text: string): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  for (const match of text.matchAll(START)) {
    const length = lengths[match[1]!.toUpperCase()];
    if (length === undefined) continue;
    let compact = '';
    let end = match.index;
    while (end < text.length && compact.length < length) {
      const char = text[end]!;
      if (/[A-Za-z0-9]/.test(char)) compact += char.toUpperCase();
      else if (!(char === ' ' && compact.length > 0 && /[A-Za-z0-9]/.test(text[end + 1] ?? ''))) break;
      end++;
    }
    if (compact.length !== length || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    if (passesIbanChecksum(compact))
      found.push({
        category: 'iban',
        start: match.index,
        end,
        text: text.slice(match.index, end),
        key: compact,
      });
  }
  return found;
}
