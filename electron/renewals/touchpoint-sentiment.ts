import { z } from 'zod';
import { NEGATION_WORDS } from '../text/sentiment-lexicon';
import { sentimentScore } from '../text/sentiment-score';
import { parseDataFile } from '../data-files/parse-data-file';
import cuesFile from './data/business-sentiment-cues.json' with { type: 'json' };

const normalize = (word: string) => word.toLowerCase().replace(/['’]/g, '');

/** Lowercase words, "*" standing for any one word between them. */
const Phrase = z
  .string()
  .regex(/^[a-z0-9']+(?:(?: \*)? [a-z0-9']+)*$/, "lowercase words, with ' * ' for any one word");

const BusinessCues = z
  .object({
    groups: z
      .array(
        z
          .object({
            about: z.string().min(1),
            weight: z
              .number()
              .min(-3)
              .max(3)
              .refine((w) => w !== 0, 'a cue weighs something'),
            phrases: z.array(Phrase).min(1),
          })
          .strict(),
      )
      .min(1)
      .superRefine((groups, ctx) => {
        const seen = new Set<string>();
        groups.forEach((group, g) =>
          group.phrases.forEach((phrase, p) => {
            if (seen.has(phrase))
              ctx.addIssue({ code: 'custom', path: [g, 'phrases', p], message: `${phrase} is listed twice` });
            seen.add(phrase);
          }),
        );
      }),
  })
  .strict();

const { groups } = parseDataFile(
  'electron/renewals/data/business-sentiment-cues.json',
  cuesFile,
  BusinessCues,
);

interface Cue {
  words: string[];
  weight: number;
}

/** Cues by their first word, longest first, so "not worth" is read before a shorter cue there. */
const cuesByFirstWord = new Map<string, Cue[]>();
for (const { weight, phrases } of groups) {
  for (const phrase of phrases) {
    const words = phrase.split(' ').map(normalize);
    cuesByFirstWord.set(words[0]!, [...(cuesByFirstWord.get(words[0]!) ?? []), { words, weight }]);
  }
}
for (const cues of cuesByFirstWord.values()) cues.sort((a, b) => b.words.length - a.words.length);

const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?|[.,;:!?]/gu;
const isClauseEnd = (token: string) => /^[.,;:!?]$/.test(token);
/** A negation this many words before a cue, in its clause, turns it over ("not too expensive"). */
const NEGATION_REACH = 4;
const NEGATION_FACTOR = -0.6;
// The same squashing of the raw sum towards ±1 as the customer-chat scorer.
const SATURATION = 15;

function cueAt(tokens: readonly string[], at: number): Cue | undefined {
  return cuesByFirstWord.get(tokens[at]!)?.find(({ words }) =>
    words.every((word, k) => {
      const token = tokens[at + k];
      return token !== undefined && (word === '*' ? !isClauseEnd(token) : token === word);
    }),
  );
}

/**
 * How the business cues of a text weigh, in [-1, 1]: complaints about price, value, missing features
 * and slow support, and churn talk, count against; fair prices, quick support, no complaints and
 * growth count for. A negation just before a cue turns it over and damps it; after "but" the second
 * clause counts more than the first, as in the customer-chat scorer.
 */
function businessCueScore(text: string): number {
  const tokens = (text.match(TOKEN) ?? []).map(normalize);
  const butAt = tokens.lastIndexOf('but');
  let raw = 0;
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isClauseEnd(tokens[i]!)) {
      clauseStart = i + 1;
      continue;
    }
    const cue = cueAt(tokens, i);
    if (cue === undefined) continue;
    const negated = tokens
      .slice(Math.max(clauseStart, i - NEGATION_REACH), i)
      .some((t) => NEGATION_WORDS.has(t));
    raw += cue.weight * (negated ? NEGATION_FACTOR : 1) * (butAt < 0 ? 1 : i < butAt ? 0.5 : 1.5);
    i += cue.words.length - 1;
  }
  return raw / Math.sqrt(raw * raw + SATURATION);
}

/**
 * The sentiment of a touchpoint or interaction with an account, in [-1, 1]: the customer-chat score
 * (tone: angry, thrilled) plus the business cues (what they say about price, value, features, support
 * and renewing), which the chat scorer does not know.
 */
export function touchpointSentiment(text: string): number {
  return Math.min(1, Math.max(-1, sentimentScore(text) + businessCueScore(text)));
}
