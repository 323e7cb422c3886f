import type { Competitor } from '../../shared/policy';

/** Where a text names a vendor, by its name or an alias, and the vendor's name. */
export interface VendorMatch {
  competitor: string;
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const collapse = (text: string) => text.trim().replace(/\s+/g, ' ');

/** A whole-word pattern for the names, longest first so "Zoho Desk" wins over "Zoho" at one place. */
function namePattern(names: readonly string[], flags: string): RegExp | null {
  if (names.length === 0) return null;
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => escape(name).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * A finder for the policy's vendors: every name and alias in any case (or only as written, for a
 * vendor with `matchCase`), never inside a longer word. Matches come in text order, none overlapping.
 */
export function listedCompetitorFinder(vendors: readonly Competitor[]): (text: string) => VendorMatch[] {
  const anyCase = new Map<string, string>();
  const asWritten = new Map<string, string>();
  for (const vendor of vendors) {
    for (const name of [vendor.name, ...vendor.aliases]) {
      if (vendor.matchCase) asWritten.set(collapse(name), vendor.name);
      else anyCase.set(collapse(name).toLowerCase(), vendor.name);
    }
  }
  const lookups = [
    { pattern: namePattern([...anyCase.keys()], 'giu'), owner: (m: string) => anyCase.get(m.toLowerCase()) },
    { pattern: namePattern([...asWritten.keys()], 'gu'), owner: (m: string) => asWritten.get(m) },
  ];
  return (text) => {
    const found = lookups.flatMap(({ pattern, owner }) =>
      pattern === null
        ? []
        : [...text.matchAll(pattern)].flatMap((match) => {
            // Unicode case folding can match a spelling that lowercases to no listed key ("ſ" for "s").
            const competitor = owner(collapse(match[0]));
            return competitor === undefined
              ? []
              : [{ competitor, start: match.index, end: match.index + match[0].length }];
          }),
    );
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: VendorMatch[] = [];
    for (const match of found) if (match.start >= (kept.at(-1)?.end ?? 0)) kept.push(match);
    return kept;
  };
}
