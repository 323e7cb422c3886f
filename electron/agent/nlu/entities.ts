import { fail, ok, type Result } from '../../../shared/result';
import { findAddresses, findStreetAddresses } from './entity-addresses';
import { findDates } from './entity-dates';
import { findEmails, findOrderIds, findPhones, findSkus } from './entity-identifiers';
import { findMoney } from './entity-money';
import { findPersonNames } from './entity-names';
import type { Entity, EntitySpan } from './entity-types';

export type * from './entity-types';

/** Options for entity extraction. */
export interface EntityOptions {
  /** "Now" for relative dates such as "tomorrow" or "by Friday". */
  referenceDate: Date;
  /** Minutes east of UTC of the customer's clock; the machine's zone when absent. */
  timezoneOffsetMinutes?: number;
}

const overlaps = (a: EntitySpan, b: EntitySpan) => a.start < b.end && b.start < a.end;

/** Blanks out spans (keeping offsets) so that, say, an order number is not read as a date. */
function mask(text: string, spans: readonly EntitySpan[]): string {
  let masked = text;
  for (const span of spans) {
    masked = masked.slice(0, span.start) + ' '.repeat(span.end - span.start) + masked.slice(span.end);
  }
  return masked;
}

/**
 * Every entity in a message, in text order. Where two finds overlap the more specific one wins, in this
 * order: addresses, emails, order ids, SKUs, phones, money, names, dates.
 */
export function extractEntities(text: string, options: EntityOptions): Result<Entity[]> {
  if (!(options.referenceDate instanceof Date) || Number.isNaN(options.referenceDate.getTime())) {
    return fail('bad_request', 'referenceDate: must be a valid date', 'referenceDate');
  }
  const offset = options.timezoneOffsetMinutes;
  if (offset !== undefined && !(Number.isInteger(offset) && Math.abs(offset) <= 14 * 60)) {
    return fail(
      'bad_request',
      'timezoneOffsetMinutes: must be whole minutes within ±14 hours',
      'timezoneOffsetMinutes',
    );
  }
  const kept: Entity[] = [];
  const keep = (candidates: readonly Entity[]) => {
    for (const candidate of candidates) {
      if (!kept.some((entity) => overlaps(entity, candidate))) kept.push(candidate);
    }
  };
  keep(findAddresses(text));
  // An address written as on an envelope, city or zip included, needs no cue ("it should be 12 Oak St,
  // Portland, OR 97204"); a street alone does ("I live near 42 Elm Street" is no address to ship to).
  keep(
    findStreetAddresses(text).filter((address) => address.zip !== undefined || address.state !== undefined),
  );
  keep(findEmails(text));
  keep(findOrderIds(text));
  keep(findSkus(text));
  keep(findPhones(text));
  keep(findMoney(text));
  keep(findPersonNames(text));
  keep(findDates(mask(text, kept), options));
  return ok(kept.sort((a, b) => a.start - b.start));
}
