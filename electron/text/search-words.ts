import { z } from 'zod';
import { parseDataFile } from '../data-files/parse-data-file';
import words from './data/search-words.json' with { type: 'json' };

const Words = z.array(z.string().regex(/^[\p{Ll}\p{N}]+$/u, 'one lower-case word')).min(1);

const parsed = parseDataFile(
  'electron/text/data/search-words.json',
  words,
  z.object({ stopwords: Words, filler: Words }).strict(),
);

/** Words that carry no topic in a question: searching for them only adds noise and cost. */
export const stopwords: ReadonlySet<string> = new Set(parsed.stopwords);

/**
 * Words of conversation rather than of topic ("agent", "conversation", "mention", "want"): common in
 * long, chatty requests, they pull in articles about talking to us instead of the request itself.
 */
export const fillerWords: ReadonlySet<string> = new Set(parsed.filler);
