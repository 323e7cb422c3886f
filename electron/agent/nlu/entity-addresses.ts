import { z } from 'zod';
import { parseDataFile } from '../../data-files/parse-data-file';
import streetWordsFile from './data/street-types.json' with { type: 'json' };
import type { AddressEntity } from './entity-types';

const Words = z.array(z.string().trim().min(1)).min(1);
const streetWords = parseDataFile(
  'electron/agent/nlu/data/street-types.json',
  streetWordsFile,
  z.object({ streetTypes: Words, unitDesignators: Words, directionals: Words }).strict(),
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => words.map(escapeRegExp).join('|');

const STREET_TYPES = anyOf(streetWords.streetTypes);
/** What may follow the street type: a direction ("NW") and a unit ("Apt 5", "# 12"). */
const STREET_TAIL = String.raw`\b\.?(?:\s+(?:${anyOf(streetWords.directionals)})\b\.?)?(?:,?\s*(?:${anyOf(streetWords.unitDesignators)})\.?\s*[A-Za-z0-9-]+)?`;

// Phrases after which a postal address is expected.
const ADDRESS_CUE =
  /\b(?:(?:change|update|set|switch|correct|fix)\s+(?:my|the|our)?\s*(?:shipping\s+|delivery\s+|billing\s+|home\s+|mailing\s+|default\s+)?address(?:\s+(?:of|for|on)\s+(?:my\s+|the\s+)?(?:order\s+)?#?[\w-]+)?\s+(?:to|is)|new address(?:\s+is)?|address update|address is|(?:ship|send|deliver|redirect|mail|forward)(?:\s+(?:it|them|this|that|everything|the order|the package|my order|my package|my stuff))?\s+to|delivered to|moved to|moving to)\s*[:-]?\s*/giu;
/** After a cue: a house number, up to four words of any case, and a street type. */
const STREET_AFTER_CUE = new RegExp(
  String.raw`^\d+[A-Za-z]?\s+(?:[\p{L}\d.'-]+\s+){0,4}?(?:${STREET_TYPES})${STREET_TAIL}`,
  'iu',
);
/**
 * Without a cue the street must look like one on an envelope: a house number, one to four
 * capitalized words (or ordinals such as "5th") and a street type, so "3 items on the way" is no address.
 */
const STREET_ANYWHERE = new RegExp(
  String.raw`(?<![\p{L}\p{N}#-])\d{1,6}[A-Za-z]?\s+(?:[\p{Lu}\d][\p{L}\d.'-]*\s+){1,4}?(?:${STREET_TYPES}|${anyOf(streetWords.streetTypes.map((type) => type.toLowerCase()))})${STREET_TAIL}`,
  'gu',
);
const CITY_STATE_ZIP =
  /^,?\s*(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}),?\s+([A-Z]{2})\b\.?(?:,?\s*(\d{5}(?:-\d{4})?))?/u;
const ZIP_ONLY = /^,?\s*(\d{5}(?:-\d{4})?)\b/u;
const CITY = String.raw`\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}`;
/** A country written after the postcode: "UK", "Germany", "New Zealand". */
const COUNTRY = String.raw`(?:,\s*(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}))?`;
/** British and Canadian postcodes after the city: "Leeds LS1 4AB, UK", "Toronto M5V 2T6". */
const CITY_POSTCODE = new RegExp(
  String.raw`^,?\s*(${CITY}),?\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b${COUNTRY}`,
  'u',
);
/** Continental European order, postcode first: "10115 Berlin, Germany", "1012 Amsterdam". */
const POSTCODE_CITY = new RegExp(String.raw`^,?\s*(\d{4,5})\s+(${CITY})${COUNTRY}`, 'u');

/** How far after a cue an envelope-style street may start, in characters of the same sentence. */
const cueReach = 40;

/** Postal addresses given after a cue such as "change my address to" or "ship it to". */
export function findAddresses(text: string): AddressEntity[] {
  const found: AddressEntity[] = [];
  for (const cue of text.matchAll(ADDRESS_CUE)) {
    const start = cue.index + cue[0].length;
    const street = STREET_AFTER_CUE.exec(text.slice(start));
    if (street) {
      found.push(addressAt(text, start, street[0]));
      continue;
    }
    // "Deliver it to my office instead: 400 Pine St, …": a few words may come between cue and street.
    const later = new RegExp(STREET_ANYWHERE.source, 'u').exec(text.slice(start, start + cueReach));
    if (later && !/[.!?]/u.test(text.slice(start, start + later.index)))
      found.push(addressAt(text, start + later.index, later[0]));
  }
  return found;
}

/** Street addresses anywhere in a text, cue or not ("I live at 1600 Pennsylvania Avenue NW, Washington, DC 20500"). */
export function findStreetAddresses(text: string): AddressEntity[] {
  return [...text.matchAll(STREET_ANYWHERE)].map((street) => addressAt(text, street.index, street[0]));
}

/** The address whose street line starts at `start`, with the city, state and zip written after it. */
function addressAt(text: string, start: number, street: string): AddressEntity {
  const entity: AddressEntity = {
    type: 'address',
    street: street.replace(/\s+/g, ' '),
    start,
    end: 0,
    text: '',
  };
  let end = start + street.length;
  const rest = text.slice(end);
  const place = CITY_STATE_ZIP.exec(rest);
  const abroad = place ? null : (CITY_POSTCODE.exec(rest) ?? POSTCODE_CITY.exec(rest));
  const zipOnly = place || abroad ? null : ZIP_ONLY.exec(rest);
  if (place) {
    entity.city = place[1];
    entity.state = place[2];
    if (place[3]) entity.zip = place[3];
    end += place[0].length;
  } else if (abroad) {
    const postcodeFirst = /^\d/u.test(abroad[1]!);
    entity.city = postcodeFirst ? abroad[2] : abroad[1];
    entity.zip = postcodeFirst ? abroad[1] : abroad[2];
    const country = abroad[3] ?? countryOfPostcode(entity.zip!);
    if (country) entity.country = country;
    end += abroad[0].length;
  } else if (zipOnly) {
    entity.zip = zipOnly[1];
    end += zipOnly[0].length;
  }
  entity.end = end;
  entity.text = text.slice(start, end);
  return entity;
}

/** The country a postcode's shape names, when only one uses it: "M5V 2T6" is Canadian, "LS1 4AB" British. */
function countryOfPostcode(zip: string): string | undefined {
  if (/^[A-Z]\d[A-Z]\s?\d[A-Z]\d$/u.test(zip)) return 'Canada';
  if (/^[A-Z]{1,2}\d/u.test(zip)) return 'United Kingdom';
  return undefined;
}
