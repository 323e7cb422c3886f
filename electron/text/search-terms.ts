import { fillerWords, stopwords } from './search-words';

/** One word of a query and how often it was said: words said more often weigh more. */
export interface QueryTerm {
  term: string;
  count: number;
}

const maxTerms = 64;
const maxTermLength = 64;

/** Letters and digits only, lower case: quotes, operators, stars and brackets never reach FTS5 as syntax. */
export const wordsOf = (text: string): string[] =>
  (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  ).map((word) => word.slice(0, maxTermLength));

/**
 * The search terms in free text, with how often each was said, first occurrence first: without
 * stopwords and conversation filler, at most 64 distinct. Only such words in the text? Then those.
 */
export function queryTerms(query: string): QueryTerm[] {
  const words = wordsOf(query);
  const meaningful = words.filter(
    (word) => !stopwords.has(word) && !fillerWords.has(word) && (word.length > 1 || /\p{N}/u.test(word)),
  );
  const counts = new Map<string, number>();
  for (const word of meaningful.length > 0 ? meaningful : words)
    if (counts.size < maxTerms || counts.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].map(([term, count]) => ({ term, count }));
}

/** An FTS5 string literal: double quotes, with any inner quote doubled, so it is always one term. */
export const quoted = (term: string): string => `"${term.replaceAll('"', '""')}"`;

/**
 * An FTS5 expression matching documents that contain any of the terms. FTS5's BM25 sums over the
 * phrases of a query, so a term repeated (up to `maxRepeats`) weighs as often as it was said.
 */
export const anyOf = (terms: readonly (string | QueryTerm)[], maxRepeats = 1): string =>
  terms
    .flatMap((t) =>
      typeof t === 'string'
        ? [t]
        : Array<string>(Math.max(1, Math.min(Math.round(t.count), maxRepeats))).fill(t.term),
    )
    .map(quoted)
    .join(' OR ');
