import { normalizeText, tokenize } from './text-normalize';

/** A sparse row: parallel arrays of feature indices (ascending) and their weights. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Which n-grams become features and how the two families are weighted against each other. */
export interface FeatureOptions {
  /** Longest word n-gram (1 = words only, 2 = words and adjacent pairs). */
  maxWordNgram: number;
  /** Character n-grams are taken inside each word padded with spaces, from this length… */
  minCharNgram: number;
  /** …to this length; 0 turns character n-grams off. */
  maxCharNgram: number;
  /** Terms seen in fewer training texts than this are dropped (rare terms mostly add noise and size). */
  minDocumentFrequency: number;
  /** Weight of the character family relative to the word family before the final L2 normalization. */
  charWeight: number;
}

/** Word pairs plus character 2–5-grams, tuned on a public 150-intent benchmark. */
export const defaultFeatureOptions: FeatureOptions = {
  maxWordNgram: 2,
  minCharNgram: 2,
  maxCharNgram: 5,
  minDocumentFrequency: 1,
  charWeight: 0.5,
};

/** The serializable state of a fitted featurizer. */
export interface FeaturizerState {
  options: FeatureOptions;
  terms: string[];
  idf: Float32Array;
}

/** Counts the terms of one text; word terms start with "w", character terms with "c". */
export function countTerms(text: string, options: FeatureOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  const words = tokenize(normalizeText(text));
  for (let n = 1; n <= options.maxWordNgram; n++) {
    for (let i = 0; i + n <= words.length; i++) add('w' + words.slice(i, i + n).join(' '));
  }
  if (options.maxCharNgram > 0) {
    for (const word of words) {
      const padded = ' ' + word + ' ';
      for (let n = options.minCharNgram; n <= options.maxCharNgram; n++) {
        for (let i = 0; i + n <= padded.length; i++) add('c' + padded.slice(i, i + n));
      }
    }
  }
  return counts;
}

/** TF-IDF over word and character n-grams with sublinear term frequency, L2-normalized. */
export class TextFeaturizer {
  private readonly index: Map<string, number>;

  private constructor(
    readonly options: FeatureOptions,
    private readonly terms: string[],
    private readonly idf: Float32Array,
  ) {
    this.index = new Map(terms.map((term, i) => [term, i]));
  }

  /** Learns the vocabulary and inverse document frequencies from the training texts. */
  static fit(texts: readonly string[], options: FeatureOptions): TextFeaturizer {
    const documentFrequency = new Map<string, number>();
    for (const text of texts) {
      for (const term of countTerms(text, options).keys()) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
    const terms = [...documentFrequency.entries()]
      .filter(([, df]) => df >= options.minDocumentFrequency)
      .map(([term]) => term)
      .sort();
    const idf = new Float32Array(terms.length);
    terms.forEach((term, i) => {
      idf[i] = Math.log((1 + texts.length) / (1 + (documentFrequency.get(term) ?? 0))) + 1;
    });
    return new TextFeaturizer(options, terms, idf);
  }

  /** Rebuilds a featurizer from its saved state. */
  static fromState(state: FeaturizerState): TextFeaturizer {
    return new TextFeaturizer(state.options, state.terms, state.idf);
  }

  get dimension(): number {
    return this.terms.length;
  }

  /** The sparse feature vector of one text; unknown terms are ignored. */
  transform(text: string): SparseVector {
    const entries: [number, number][] = [];
    let norm = 0;
    for (const [term, count] of countTerms(text, this.options)) {
      const i = this.index.get(term);
      if (i === undefined) continue;
      const familyWeight = term.startsWith('c') ? this.options.charWeight : 1;
      const value = (1 + Math.log(count)) * (this.idf[i] as number) * familyWeight;
      entries.push([i, value]);
      norm += value * value;
    }
    entries.sort((a, b) => a[0] - b[0]);
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return {
      indices: Int32Array.from(entries, (e) => e[0]),
      values: Float32Array.from(entries, (e) => e[1] * scale),
    };
  }

  /** The state to save; fromState(toState()) transforms exactly as this one does. */
  toState(): FeaturizerState {
    return { options: { ...this.options }, terms: [...this.terms], idf: this.idf.slice() };
  }
}
