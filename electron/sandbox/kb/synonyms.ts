import { z } from 'zod';
import { parseDataFile } from '../../data-files/parse-data-file';
import data from './data/search-synonyms.json' with { type: 'json' };
import { wordsOf, type QueryTerm } from '../../text/search-terms';

const Phrase = z.string().regex(/^[\p{Ll}\p{N}' ]+$/u, 'lower-case words separated by spaces');
const Synonyms = z
  .object({
    about: z.string(),
    synonyms: z
      .array(z.object({ say: z.array(Phrase).min(1), means: z.array(Phrase).min(1) }).strict())
      .min(1),
  })
  .strict();

const parsed = parseDataFile('electron/sandbox/kb/data/search-synonyms.json', data, Synonyms);

/** Each way of saying it, as the words a question is cut into, and what articles call it. */
const entries = parsed.synonyms.flatMap(({ say, means }) =>
  say.map((phrase) => ({ phrase: ` ${wordsOf(phrase).join(' ')} `, means: means.flatMap(wordsOf) })),
);

/**
 * The question's terms plus the words articles use for what it says another way ("send it back"
 * also looks for "return"), each added once, as one mention (lower weights did worse on the development questions).
 */
export function withSynonyms(text: string, terms: readonly QueryTerm[]): QueryTerm[] {
  const spoken = ` ${wordsOf(text).join(' ')} `;
  const known = new Set(terms.map((t) => t.term));
  const added: QueryTerm[] = [];
  for (const { phrase, means } of entries) {
    if (!spoken.includes(phrase)) continue;
    for (const term of means)
      if (!known.has(term)) {
        known.add(term);
        added.push({ term, count: 1 });
      }
  }
  return [...terms, ...added];
}
