import { z } from 'zod';
import { parseDataFile } from '../data-files/parse-data-file';
import ssnCuesFile from './data/ssn-cues.json' with { type: 'json' };
import type { PersonalDataSpan } from './personal-data-span';

const { cues } = parseDataFile(
  'electron/privacy/data/ssn-cues.json',
  ssnCuesFile,
  z.object({ cues: z.array(z.string().trim().min(2)).min(1) }).strict(),
);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WRITTEN = /(?<![\p{L}\p{N}-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\p{N}-])/gu;
// Nine bare digits are an SSN only right after a cue such as "SSN" or "social security number is".
const AFTER_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${cues.map(escapeRegExp).join('|')})[^\p{N}]{0,24}?(\d{9})(?!\p{N})`,
  'giu',
);

/** Numbers the SSA never issues: area 000, 666 or 900-999, group 00, serial 0000. */
const issuable = (digits: string) =>
  !/^(?:000|666|9)/.test(digits) && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';

/** US social security numbers written as 123-45-6789 or 123 45 6789, or as nine digits after a cue. */
export function findSsns(text: string): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  for (const match of text.matchAll(WRITTEN)) {
    const digits = `${match[1]}${match[3]}${match[4]}`;
    if (issuable(digits))
      found.push({
        category: 'ssn',
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        key: digits,
      });
  }
  for (const match of text.matchAll(AFTER_CUE)) {
    const digits = match[1]!;
    const start = match.index + match[0].length - digits.length;
    if (issuable(digits))
      found.push({ category: 'ssn', start, end: start + digits.length, text: digits, key: digits });
  }
  return found;
}
