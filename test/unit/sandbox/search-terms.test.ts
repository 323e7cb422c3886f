import { describe, expect, it } from 'vitest';
import { anyOf, quoted, searchTerms } from '../../../electron/sandbox/kb/search-terms';

describe('turning free text into search terms', () => {
  it('keeps the words that carry the topic', () => {
    expect(searchTerms('My order has not arrived and I need it by Friday')).toEqual([
      'order',
      'arrived',
      'need',
      'friday',
    ]);
  });

  it('drops quotes, operators, stars and brackets', () => {
    expect(searchTerms('"refund" OR title:* NEAR(card)')).toEqual(['refund', 'title', 'near', 'card']);
  });

  it('keeps the stopwords when they are all there is', () => {
    expect(searchTerms('AND OR')).toEqual(['and', 'or']);
  });

  it('answers nothing for text without letters or digits', () => {
    expect(searchTerms('"*(^)-🚚')).toEqual([]);
  });

  it('keeps letters of any script, lower-cased', () => {
    expect(searchTerms('Lieferung VERSPÄTET 配送')).toEqual(['lieferung', 'verspätet', '配送']);
  });

  it('counts each word once and keeps at most 24, so long questions still find their topic', () => {
    const words = Array.from({ length: 30 }, (_, n) => `w${n}`);
    expect(searchTerms([...words, 'w0', 'w1'].join(' '))).toEqual(words.slice(0, 24));
  });

  it('quotes each term so FTS5 reads it as a string, doubling inner quotes', () => {
    expect(quoted('say"hi')).toBe('"say""hi"');
    expect(anyOf(['refund', 'card'])).toBe('"refund" OR "card"');
  });
});
