import { z } from 'zod';
import { parseDataFile } from '../data-files/parse-data-file';
import { features } from '../../shared/saas-catalog';
import cuesFile from './data/competitor-cues.json' with { type: 'json' };
import wordsFile from './data/non-vendor-words.json' with { type: 'json' };
import type { VendorMatch } from './listed-competitors';

const slot = '{name}';

const { phrases } = parseDataFile(
  'electron/renewals/data/competitor-cues.json',
  cuesFile,
  z
    .object({
      phrases: z
        .array(
          z
            .string()
            .regex(
              /^(?:\{name\}(?: [a-z]+)+|(?:[a-z]+ )+\{name\})$/,
              'lowercase words before or after {name}',
            ),
        )
        .min(1),
    })
    .strict(),
);
const { words } = parseDataFile(
  'electron/renewals/data/non-vendor-words.json',
  wordsFile,
  z.object({ words: z.array(z.string().regex(/^[\p{L}\p{N}]+$/u, 'one word')).min(1) }).strict(),
);

const notVendors = new Set(words.map((word) => word.toLowerCase()));
const ourFeatures = new Set(features.map((feature) => feature.toLowerCase()));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (cues: string[]) => cues.map((cue) => escape(cue).replace(/ /g, '\\s+')).join('|');

/** A capitalised word ("Acme", "HappyFox", "Monday.com"), then a name of one to three of them. */
const word = String.raw`\p{Lu}[\p{L}\p{N}]*(?:[.&-][\p{L}\p{N}]+)*`;
const name = String.raw`${word}(?:[ \t]+${word}){0,2}`;
const edge = String.raw`[\p{L}\p{N}]`;

const cuesBefore = phrases.filter((p) => p.endsWith(slot)).map((p) => p.slice(0, -slot.length).trim());
const cuesAfter = phrases.filter((p) => p.startsWith(slot)).map((p) => p.slice(slot.length).trim());

// The cue is matched in any case and the name only capitalised, so they are two patterns.
const cueBefore = new RegExp(`(?<!${edge})(?:${alternatives(cuesBefore)})\\s+`, 'giu');
const nameAfterCue = new RegExp(`${name}(?!${edge})`, 'uy');
const cueAfter = new RegExp(`\\s+(?:${alternatives(cuesAfter)})(?!${edge})`, 'giu');
const nameBeforeCue = new RegExp(`(?<![\\p{L}\\p{N}.&-])${name}$`, 'u');

/** A capitalised name a cue phrase points at, and where its run of capitalised words starts. */
export interface PossibleCompetitor {
  competitor: string;
  start: number;
}

/**
 * Names that a cue phrase ("switching to X", "quote from X", "X offered") points at and the policy
 * does not list: capitalised, one to three words, cut at the first word that names no vendor (a
 * weekday, "Q3", a pronoun, a word of the account's own or its contact's name), and none of our own
 * product's features. A name overlapping a listed vendor's match is that vendor, not a guess.
 */
export function findPossibleCompetitors(
  text: string,
  listed: readonly VendorMatch[],
  ownNames: readonly string[],
): PossibleCompetitor[] {
  const own = new Set(ownNames.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  const isVendorWord = (w: string) => !notVendors.has(w.toLowerCase()) && !own.has(w.toLowerCase());
  // Each candidate keeps the span of the whole capitalised run, which a listed vendor may overlap.
  const candidates: { start: number; end: number; words: string[] }[] = [];
  for (const cue of text.matchAll(cueBefore)) {
    nameAfterCue.lastIndex = cue.index + cue[0].length;
    const found = nameAfterCue.exec(text);
    if (found === null) continue;
    const all = found[0].split(/[ \t]+/);
    const cut = all.findIndex((w) => !isVendorWord(w));
    const end = found.index + found[0].length;
    candidates.push({ start: found.index, end, words: cut < 0 ? all : all.slice(0, cut) });
  }
  for (const cue of text.matchAll(cueAfter)) {
    const found = nameBeforeCue.exec(text.slice(0, cue.index));
    if (found === null) continue;
    const all = found[0].split(/[ \t]+/);
    const cut = all.findLastIndex((w) => !isVendorWord(w));
    candidates.push({ start: found.index, end: cue.index, words: all.slice(cut + 1) });
  }
  return candidates
    .filter(
      ({ start, end, words: kept }) =>
        kept.length > 0 &&
        !ourFeatures.has(kept.join(' ').toLowerCase()) &&
        !listed.some((match) => match.start < end && start < match.end),
    )
    .sort((a, b) => a.start - b.start)
    .map(({ start, words: kept }) => ({ competitor: kept.join(' '), start }));
}
