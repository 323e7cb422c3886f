import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js';
import { findPhones } from '../agent/nlu/entity-identifiers';
import type { PersonalDataSpan } from './personal-data-span';

/** The number in international form when it parses, so "(415) 555-2671" and "+1 415 555 2671" are one. */
const phoneKey = (text: string): string =>
  parsePhoneNumberFromString(text, 'US')?.number ?? text.replace(/[^\d+]/g, '');

// libphonenumber reads ", 4111" after a number as a dialling pause and extension; in prose it is the next item of a list.
const withoutListedExtension = (found: string) => found.replace(/\s*[,;]\s*\d+$/, '');

/**
 * Phone numbers: every number libphonenumber finds valid (US by default, others with their "+" code),
 * plus the separated forms the entity extractor reads ("555-201-3344", "call me at 555-0142").
 */
export function findPhoneNumbers(text: string): PersonalDataSpan[] {
  const valid = findPhoneNumbersInText(text, 'US').map(({ startsAt, endsAt, number }) => ({
    start: startsAt,
    end: number.ext ? startsAt + withoutListedExtension(text.slice(startsAt, endsAt)).length : endsAt,
    key: number.number,
  }));
  const written = findPhones(text).map(({ start, end, text: found }) => ({
    start,
    end,
    key: phoneKey(found),
  }));
  return [...valid, ...written].map(({ start, end, key }) => ({
    category: 'phone',
    start,
    end,
    text: text.slice(start, end),
    key,
  }));
}
