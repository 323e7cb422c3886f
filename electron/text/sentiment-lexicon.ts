import { z } from 'zod';
import { parseDataFile } from '../data-files/parse-data-file';
import lexiconJson from './data/sentiment-lexicon.json' with { type: 'json' };

/** A lower-case word, or two separated by one space (the scorer matches pairs before single words). */
const Entry = z.string().regex(/^\p{Ll}+(?: \p{Ll}+)?$/u, 'one or two lower-case words without apostrophes');
const Weight = z.number().min(-3).max(3);

const Lexicon = z
  .object({
    about: z.string().min(1),
    /** Groups of words (named only for reading) with weights from -3 to +3. */
    words: z.record(z.string().min(1), z.record(Entry, Weight)),
    intensifiers: z.record(Entry, z.number().positive()),
    negations: z.array(z.string().regex(/^\p{Ll}+$/u, 'a lower-case word without apostrophes')).min(1),
    symbols: z.record(z.string().min(1), Weight),
  })
  .strict()
  .superRefine((lexicon, ctx) => {
    const groupOf = new Map<string, string>();
    for (const [group, words] of Object.entries(lexicon.words)) {
      for (const word of Object.keys(words)) {
        const other = groupOf.get(word);
        if (other)
          ctx.addIssue({ code: 'custom', path: ['words', group, word], message: `also in "${other}"` });
        groupOf.set(word, group);
      }
    }
  });

const lexicon = parseDataFile('electron/text/data/sentiment-lexicon.json', lexiconJson, Lexicon);

/**
 * The project's sentiment word list for customer-service messages (`data/sentiment-lexicon.json`): weight
 * from -3 (very negative) to +3 (very positive). Two-word entries are matched before single words.
 */
export const SENTIMENT_WORDS: ReadonlyMap<string, number> = new Map(
  Object.values(lexicon.words).flatMap((words) => Object.entries(words)),
);

/** Words that strengthen (above 1) or soften (below 1) the next sentiment word. */
export const INTENSITY_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(lexicon.intensifiers));

/** Words that turn the meaning of the next few words around. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(lexicon.negations);

/** Emoji and emoticons with their weights. */
export const SENTIMENT_SYMBOLS: ReadonlyMap<string, number> = new Map(Object.entries(lexicon.symbols));
