import { stemmer } from 'stemmer';
import { wordsOf, type QueryTerm } from '../../text/search-terms';
import { stopwords } from '../../text/search-words';

/** An article the full-text index found, with the text the re-ranking reads. */
export interface Candidate {
  title: string;
  body: string;
  tags: readonly string[];
}

// BM25 with a slower term-frequency saturation than FTS5's fixed k1 of 1.2, and titles weighing more,
// chosen on the development half of the τ²-bench banking_knowledge tasks: the article about a thing
// outranks the long ones that mention it in passing.
const k1 = 3;
const b = 0.75;
const fieldWeights = { title: 10, tags: 3, body: 1 };

// Articles repeat the same few thousand words: stemming each once keeps re-ranking cheap.
const stemCache = new Map<string, string>();
const maxCachedStems = 50_000;
const stemOf = (word: string): string => {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stemCache.size >= maxCachedStems) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
};

const stems = (text: string): string[] =>
  wordsOf(text)
    .filter((word) => !stopwords.has(word))
    .map(stemOf);

/** Term counts of an article, its title and tags counting several times. */
function termCounts(candidate: Candidate): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  const add = (text: string, weight: number) => {
    for (const stem of stems(text)) {
      counts.set(stem, (counts.get(stem) ?? 0) + weight);
      length += weight;
    }
  };
  add(candidate.title, fieldWeights.title);
  add(candidate.tags.join(' '), fieldWeights.tags);
  add(candidate.body, fieldWeights.body);
  return { counts, length };
}

/**
 * Orders the candidates by BM25 over their own text, best first, with each query term weighted by
 * how often it was said and by its rarity in the whole knowledge base (`documentFrequency` of the
 * word, out of `total` articles). Returns each candidate's score, in the input's index space.
 */
export function rerank(
  candidates: readonly Candidate[],
  query: readonly QueryTerm[],
  documentFrequency: (term: string) => number,
  total: number,
): { index: number; score: number }[] {
  const weighted = new Map<string, number>();
  for (const { term, count } of query) {
    const idf = Math.log(1 + (total - documentFrequency(term) + 0.5) / (documentFrequency(term) + 0.5));
    const stem = stemOf(term);
    weighted.set(stem, (weighted.get(stem) ?? 0) + count * idf);
  }
  const docs = candidates.map(termCounts);
  const averageLength = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, docs.length) || 1;
  return docs
    .map(({ counts, length }, index) => {
      let score = 0;
      for (const [stem, weight] of weighted) {
        const f = counts.get(stem);
        if (f) score += (weight * (f * (k1 + 1))) / (f + k1 * (1 - b + (b * length) / averageLength));
      }
      return { index, score };
    })
    .sort((x, y) => y.score - x.score || x.index - y.index);
}
