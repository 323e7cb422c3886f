import type { AddressEntity } from './entity-types';

// Phrases after which a postal address is expected.
const ADDRESS_CUE =
  /\b(?:(?:change|update|set|switch|correct|fix)\s+(?:my|the|our)?\s*(?:shipping\s+|delivery\s+|billing\s+|home\s+|mailing\s+|default\s+)?address(?:\s+(?:of|for|on)\s+(?:my\s+|the\s+)?(?:order\s+)?#?[\w-]+)?\s+(?:to|is)|new address(?:\s+is)?|address update|address is|(?:ship|send|deliver|redirect|mail|forward)(?:\s+(?:it|them|this|that|everything|the order|the package|my order|my package|my stuff))?\s+to|delivered to|moved to|moving to)\s*[:-]?\s*/giu;
const STREET_TYPES =
  'Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Square|Sq|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Trail|Trl|Row|Close|Crescent';
const STREET = new RegExp(
  String.raw`^\d+[A-Za-z]?\s+(?:[\p{L}\d.'-]+\s+){0,4}?(?:${STREET_TYPES})\b\.?(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[A-Za-z0-9-]+)?`,
  'iu',
);
const CITY_STATE_ZIP =
  /^,?\s*(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}),?\s+([A-Z]{2})\b\.?(?:,?\s*(\d{5}(?:-\d{4})?))?/u;
const ZIP_ONLY = /^,?\s*(\d{5}(?:-\d{4})?)\b/u;

/** Postal addresses given after a cue such as "change my address to" or "ship it to". */
export function findAddresses(text: string): AddressEntity[] {
  const found: AddressEntity[] = [];
  for (const cue of text.matchAll(ADDRESS_CUE)) {
    const start = cue.index + cue[0].length;
    const street = STREET.exec(text.slice(start));
    if (!street) continue;
    const entity: AddressEntity = {
      type: 'address',
      street: street[0].replace(/\s+/g, ' '),
      start,
      end: 0,
      text: '',
    };
    let end = start + street[0].length;
    const rest = text.slice(end);
    const place = CITY_STATE_ZIP.exec(rest);
    const zipOnly = place ? null : ZIP_ONLY.exec(rest);
    if (place) {
      entity.city = place[1];
      entity.state = place[2];
      if (place[3]) entity.zip = place[3];
      end += place[0].length;
    } else if (zipOnly) {
      entity.zip = zipOnly[1];
      end += zipOnly[0].length;
    }
    entity.end = end;
    entity.text = text.slice(start, end);
    found.push(entity);
  }
  return found;
}
