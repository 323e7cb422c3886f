import { z } from 'zod';
import { parseDataFile } from '../../data-files/parse-data-file';
import nameStopWordsJson from './data/name-stop-words.json' with { type: 'json' };
import type { PersonNameEntity } from './entity-types';

// After "my name is" a name may be typed in lower case; after "this is" or "I'm" only a capitalized word
// is taken as a name, since "I'm locked out" and "this is ridiculous" are far more common.
const NAME_IS = /\b(?:my name is|my name's|name is|name's)\s+/giu;
const INTRODUCTION = /\b(?:this is|i am|i['’]m|im)\s+/giu;
const CAPITALIZED = /^\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}\p{Ll}+)?$/u;
const WORD = /^[\p{L}'’-]+/u;
const POSSESSIVE = /['’]s$/u;

const Word = z.string().regex(/^\p{Ll}+$/u, 'a lower-case word');
const stopWords = parseDataFile(
  'electron/agent/nlu/data/name-stop-words.json',
  nameStopWordsJson,
  z
    .object({ about: z.string().min(1), notNames: z.array(Word).min(1), stopAfterName: z.array(Word).min(1) })
    .strict(),
);
// Capitalized words that follow "I'm" or "this is" without being names.
const NOT_NAMES = new Set(stopWords.notNames);
const STOP_AFTER_NAME = new Set(stopWords.stopAfterName);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Takes up to three name words from `from`, returning the name's span or undefined when none qualifies. */
function readName(text: string, from: number, lowerCaseAllowed: boolean): PersonNameEntity | undefined {
  const words: string[] = [];
  let position = from;
  let end = from;
  while (words.length < 3) {
    const word = WORD.exec(text.slice(position))?.[0];
    if (!word) break;
    const lower = word.toLowerCase();
    const isName = lowerCaseAllowed ? !STOP_AFTER_NAME.has(lower) : CAPITALIZED.test(word);
    // "I'm Priya's manager" names someone else.
    if (POSSESSIVE.test(word)) return undefined;
    if (!isName || NOT_NAMES.has(lower) || (words.length > 0 && STOP_AFTER_NAME.has(lower))) break;
    words.push(word);
    end = position + word.length;
    const gap = /^ +/.exec(text.slice(end))?.[0].length ?? 0;
    if (gap === 0) break;
    position = end + gap;
  }
  if (words.length === 0) return undefined;
  return {
    type: 'person_name',
    value: words.map(capitalize).join(' '),
    start: from,
    end,
    text: text.slice(from, end),
  };
}

/** Names people give for themselves ("my name is Dana Lee", "this is Marco", "I'm Priya"). */
export function findPersonNames(text: string): PersonNameEntity[] {
  const found: PersonNameEntity[] = [];
  for (const m of text.matchAll(NAME_IS)) {
    const name = readName(text, m.index + m[0].length, true);
    if (name) found.push(name);
  }
  for (const m of text.matchAll(INTRODUCTION)) {
    const name = readName(text, m.index + m[0].length, false);
    if (name) found.push(name);
  }
  return found;
}
