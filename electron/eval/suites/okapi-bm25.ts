import { stemmer } from 'stemmer';
import { wordsOf } from '../../text/search-terms';
import { stopwords } from '../../text/search-words';

/** A document as the reference ranking reads it. */
export interface PlainDocument {
  id: string;
  title: string;
  body: string;
}

const terms = (text: string) =>
  wordsOf(text)
    .filter((word) => !stopwords.has(word))
    .map((word) => stemmer(word));

/**
 * Plain Okapi BM25 (k1 1.2, b 0.75) over title and body as one field, in memory: the textbook
 * baseline the knowledge-base search is measured against, nothing tuned.
 */
export function okapiBm25(documents: readonly PlainDocument[]): (query: string) => string[] {
  const k1 = 1.2;
  const b = 0.75;
  const indexed = documents.map((doc) => {
    const counts = new Map<string, number>();
    const words = terms(`${doc.title} ${doc.body}`);
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return { id: doc.id, counts, length: words.length };
  });
  const frequency = new Map<string, number>();
  for (const doc of indexed)
    for (const word of doc.counts.keys()) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const average = indexed.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, indexed.length);
  const idf = (word: string) => {
    const n = frequency.get(word) ?? 0;
    return Math.log(1 + (indexed.length - n + 0.5) / (n + 0.5));
  };
  return (query) => {
    const asked = new Map<string, number>();
    for (const word of terms(query)) asked.set(word, (asked.get(word) ?? 0) + 1);
    return indexed
      .map((doc) => {
        let score = 0;
        for (const [word, times] of asked) {
          const f = doc.counts.get(word);
          if (f)
            score += (times * idf(word) * f * (k1 + 1)) / (f + k1 * (1 - b + (b * doc.length) / average));
        }
        return { id: doc.id, score };
      })
      .filter((hit) => hit.score > 0)
      .sort((x, y) => y.score - x.score)
      .map((hit) => hit.id);
  };
}
