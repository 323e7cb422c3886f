import { z } from 'zod';
import { LanguageCode } from './cue-set';
import { parseDataFile } from '../../data-files/parse-data-file';
import profilesJson from './data/language-profiles.json' with { type: 'json' };

const Word = z.string().regex(/^[\p{Ll}'’]+$/u, 'a lower-case word (an elided one ends in an apostrophe)');

const Profiles = z
  .object({
    about: z.string().min(1),
    /** Profile words a message needs before it reads as that language. */
    minimumHits: z.number().int().min(1),
    /** How many times the English words a foreign language needs, to outweigh them. */
    dominance: z.number().min(1),
    /** Words English speakers borrow as they are: they make no message foreign. */
    borrowed: z.array(Word),
    /** Words the languages share: they count for none of them. */
    shared: z.array(Word),
    languages: z.record(
      LanguageCode,
      z.object({ name: z.string().min(1), words: z.array(Word).min(20), letters: z.string() }).strict(),
    ),
  })
  .strict()
  .refine((p) => 'en' in p.languages, { message: 'needs an English profile ("en")', path: ['languages'] });

const profiles = parseDataFile('electron/agent/nlu/data/language-profiles.json', profilesJson, Profiles);
const ignored = new Set([...profiles.borrowed, ...profiles.shared]);
const languages = Object.entries(profiles.languages).map(([code, profile]) => ({
  code,
  name: profile.name,
  words: new Set(profile.words.filter((w) => !ignored.has(w))),
  letters: [...profile.letters],
}));

// Words, with French elisions kept whole ("j'ai"), and where each starts.
const TOKEN = /\p{L}+(?:['’]\p{L}+)*/gu;
const SENTENCE_START = /(?:^|[.!?¿¡]\s*)$/u;

/** The words a message is judged on: lower-cased, without names and places (capitalised inside a sentence). */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const capitalised = /^\p{Lu}/u.test(raw) && raw !== 'I' && !/^I['’]/u.test(raw);
    if (capitalised && !SENTENCE_START.test(text.slice(0, m.index))) continue;
    const word = raw.toLowerCase().replace(/’/g, "'");
    words.push(word);
    // "j'ai" is "j'" and "ai"; "don't" stays whole.
    const elided = /^(\p{L}{1,3}')(\p{L}+)$/u.exec(word);
    if (elided) words.push(elided[1]!, elided[2]!);
  }
  return words;
}

/**
 * The ISO 639-1 code of the language a chat message is clearly written in, from the profile words it
 * uses; null when it is too short or mixed to tell. A foreign language must reach the minimum and
 * outweigh English several times over, so thanks, greetings, names and ids ("merci!", "Calle Mayor 5")
 * never make a message foreign.
 */
export function detectLanguage(text: string): string | null {
  const words = wordsOf(text);
  const hits: Record<string, number> = {};
  for (const language of languages) {
    const found = words.filter((w) => language.words.has(w)).length;
    // Letters only one of these languages writes ("ñ", "¿", "ç") back up the words, at most one word's worth.
    const letters = language.letters.filter((letter) => text.toLowerCase().includes(letter)).length;
    hits[language.code] = found + Math.min(1, letters / 2);
  }
  const english = hits.en ?? 0;
  const [best, second] = languages
    .filter((l) => l.code !== 'en')
    .map((l) => ({ code: l.code, score: hits[l.code]! }))
    .sort((a, b) => b.score - a.score);
  if (
    best &&
    best.score >= profiles.minimumHits &&
    best.score >= profiles.dominance * english &&
    best.score > (second?.score ?? 0)
  )
    return best.code;
  return english >= 1 && english >= (best?.score ?? 0) ? 'en' : null;
}

/** The name of a language the profiles know ("Spanish"), or its code. */
export const languageName = (code: string): string => languages.find((l) => l.code === code)?.name ?? code;
