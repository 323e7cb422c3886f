import { findAddresses, findStreetAddresses } from '../agent/nlu/entity-addresses';
import type { AddressEntity } from '../agent/nlu/entity-types';
import type { PersonalDataSpan } from './personal-data-span';

/** A postal address as records hold it (the tools' Address), read loosely: a street line and a place. */
export type AddressRecord = Record<string, string>;

/** An object shaped like a postal address: a street line and a city or zip, every part a string. */
export function isAddressRecord(value: Record<string, unknown>): value is AddressRecord {
  return (
    typeof value.line1 === 'string' &&
    (typeof value.city === 'string' || typeof value.zip === 'string') &&
    Object.values(value).every((part) => typeof part === 'string' || part === undefined)
  );
}

/** One line, as on an envelope: "12 Oak Street, Apt 4, Springfield, IL 62704, US". */
export function formatAddress(address: AddressRecord): string {
  const place = [address.state, address.zip].filter(Boolean).join(' ');
  return [address.line1, address.line2, address.city, place, address.country].filter(Boolean).join(', ');
}

/** Equal for one address however it is written: case, punctuation and the country do not count. */
const addressKey = (parts: readonly (string | undefined)[]): string =>
  parts
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const addressRecordKey = (address: AddressRecord): string =>
  addressKey([address.line1, address.line2, address.city, address.state, address.zip]);

const entityKey = (entity: AddressEntity) =>
  addressKey([entity.street, entity.city, entity.state, entity.zip]);

/** Street addresses in a text, after a cue ("ship it to …") or written as on an envelope. */
export function findAddressSpans(text: string): PersonalDataSpan[] {
  return [...findAddresses(text), ...findStreetAddresses(text)].map((entity) => ({
    category: 'address',
    start: entity.start,
    end: entity.end,
    text: entity.text,
    key: entityKey(entity),
  }));
}

/** The address a text names, as a record the tools accept; the parser reads US-style addresses. */
export function addressRecordFromText(text: string): AddressRecord | null {
  const entity = findStreetAddresses(text)[0] ?? findAddresses(text)[0];
  if (!entity) return null;
  const record: AddressRecord = { line1: entity.street };
  if (entity.city) record.city = entity.city;
  if (entity.state) record.state = entity.state;
  if (entity.zip) record.zip = entity.zip;
  record.country = 'US';
  return record;
}
