import { describe, expect, it } from 'vitest';
import { countTerms, defaultFeatureOptions, TextFeaturizer } from '../../../electron/agent/nlu/text-features';
import { normalizeText, tokenize } from '../../../electron/agent/nlu/text-normalize';

describe('normalizing text for the classifier', () => {
  it('writes every digit as 0 so that ids of the same shape look alike', () => {
    expect(normalizeText('#W1234567')).toBe(normalizeText('#W7654321'));
  });

  it('replaces an email address with one placeholder word', () => {
    expect(tokenize(normalizeText('mail ana.b@example.com now'))).toEqual(['mail', 'emailaddress', 'now']);
  });

  it('folds case, accents and apostrophes', () => {
    expect(tokenize(normalizeText("Don't CAFÉ"))).toEqual(['dont', 'cafe']);
  });

  it('keeps currency signs as words', () => {
    expect(tokenize(normalizeText('$15'))).toEqual(['$', '00']);
  });
});

describe('turning text into features', () => {
  it('takes character n-grams inside word boundaries only', () => {
    const terms = [
      ...countTerms('ab cd', { ...defaultFeatureOptions, minCharNgram: 3, maxCharNgram: 3 }).keys(),
    ];
    expect(terms.filter((t) => t.startsWith('c'))).toEqual(['c ab', 'cab ', 'c cd', 'ccd ']);
  });

  it('adds word pairs next to single words', () => {
    const terms = [...countTerms('cancel my order', { ...defaultFeatureOptions, maxCharNgram: 0 }).keys()];
    expect(terms).toEqual(['wcancel', 'wmy', 'worder', 'wcancel my', 'wmy order']);
  });

  it('produces vectors of unit length', () => {
    const featurizer = TextFeaturizer.fit(['cancel my order', 'where is my order'], defaultFeatureOptions);
    const { values } = featurizer.transform('cancel the order');
    expect(Math.hypot(...values)).toBeCloseTo(1, 5);
  });

  it('ignores terms never seen in training', () => {
    const featurizer = TextFeaturizer.fit(['cancel'], { ...defaultFeatureOptions, maxCharNgram: 0 });
    expect(featurizer.transform('zebra').indices).toHaveLength(0);
  });

  it('drops terms rarer than the minimum document frequency', () => {
    const options = { ...defaultFeatureOptions, maxCharNgram: 0, maxWordNgram: 1, minDocumentFrequency: 2 };
    const featurizer = TextFeaturizer.fit(['cancel order', 'track order'], options);
    expect(featurizer.dimension).toBe(1);
  });
});
