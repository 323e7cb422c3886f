import { INTENSITY_WORDS, NEGATION_WORDS, SENTIMENT_SYMBOLS, SENTIMENT_WORDS } from './sentiment-lexicon';

const TOKEN = /:'\(|:-?[()/D]|;\)|\p{Extended_Pictographic}\uFE0F?|[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[.,;!?]/gu;
const CLAUSE_END = new Set(['.', ',', ';', '!', '?']);
const NEGATION_REACH = 3;
const INTENSITY_REACH = 2;
const NEGATION_FACTOR = -0.6;
const SHOUT_FACTOR = 1.5;
// How fast the raw sum saturates towards ±1 (the same squashing VADER uses).
const SATURATION = 15;

interface Token {
  raw: string;
  word: string;
}

function tokens(text: string): Token[] {
  return (text.match(TOKEN) ?? []).map((raw) => ({ raw, word: raw.toLowerCase().replace(/['’]/g, '') }));
}

const isShouted = (raw: string) => raw.length >= 2 && /\p{L}/u.test(raw) && raw === raw.toUpperCase();

/**
 * Sentiment in [-1, 1] from the project's lexicon: negation within three words flips and damps a word,
 * intensifiers scale it, shouted (all-caps) words and exclamation marks strengthen it, and after "but"
 * the second clause counts more than the first.
 */
export function sentimentScore(text: string): number {
  const list = tokens(text);
  const contributions: { at: number; value: number }[] = [];
  let negatedUntil = -1;
  let intensity = 1;
  let intensityUntil = -1;
  let butAt = -1;
  for (let i = 0; i < list.length; i++) {
    const token = list[i] as Token;
    const pair = i + 1 < list.length ? `${token.word} ${(list[i + 1] as Token).word}` : '';
    if (CLAUSE_END.has(token.raw)) {
      negatedUntil = -1;
      intensityUntil = -1;
      continue;
    }
    if (token.word === 'but') butAt = i;
    const pairIntensity = INTENSITY_WORDS.get(pair);
    const wordIntensity = INTENSITY_WORDS.get(token.word);
    if (pairIntensity !== undefined || (wordIntensity !== undefined && !SENTIMENT_WORDS.has(pair))) {
      intensity = (i <= intensityUntil ? intensity : 1) * (pairIntensity ?? (wordIntensity as number));
      intensityUntil = i + (pairIntensity !== undefined ? 1 : 0) + INTENSITY_REACH;
      if (pairIntensity !== undefined) i++;
      continue;
    }
    if (NEGATION_WORDS.has(token.word)) {
      negatedUntil = i + NEGATION_REACH;
      continue;
    }
    const pairWeight = SENTIMENT_WORDS.get(pair);
    const weight = pairWeight ?? SENTIMENT_WORDS.get(token.word) ?? SENTIMENT_SYMBOLS.get(token.raw);
    if (weight === undefined) continue;
    let value = weight * (i <= intensityUntil ? intensity : 1);
    if (isShouted(token.raw)) value *= SHOUT_FACTOR;
    if (i <= negatedUntil) value *= NEGATION_FACTOR;
    contributions.push({ at: i, value });
    intensityUntil = -1;
    if (pairWeight !== undefined) i++;
  }
  let raw = contributions.reduce((sum, c) => sum + c.value * (butAt < 0 ? 1 : c.at < butAt ? 0.5 : 1.5), 0);
  const exclamations = Math.min(3, (text.match(/!/g) ?? []).length);
  raw *= 1 + 0.15 * exclamations;
  return raw / Math.sqrt(raw * raw + SATURATION);
}
