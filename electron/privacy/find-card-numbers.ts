import type { PersonalDataSpan } from './personal-data-span';

// 13 to 19 digits, optionally grouped by spaces or dashes, starting as card networks do (2 to 6).
const CANDIDATE = /(?<![\p{L}\p{N}#-])[2-6](?:[ -]?\d){12,18}(?![\p{L}\p{N}])/gu;

/** The Luhn checksum every payment card number carries; order ids and tracking numbers rarely pass it. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Payment card numbers: the right length, a network's first digit, and a valid Luhn checksum. */
export function findCardNumbers(text: string): PersonalDataSpan[] {
  return [...text.matchAll(CANDIDATE)].flatMap((match) => {
    const digits = match[0].replace(/\D/g, '');
    if (!passesLuhn(digits)) return [];
    const start = match.index;
    return [{ category: 'card_number', start, end: start + match[0].length, text: match[0], key: digits }];
  });
}
