import { describe, expect, it } from 'vitest';
import { anyOf, queryTerms, quoted } from '../../../electron/text/search-terms';

const terms = (query: string) => queryTerms(query).map((t) => t.term);

describe('turning free text into search terms', () => {
  it('keeps the words that carry the topic', () => {
    expect(terms('My order has not arrived and I need it by Friday')).toEqual(['order', 'arrived', 'friday']);
  });

  it('drops the words of conversation that long, chatty requests are full of', () => {
    expect(
      terms('You are playing the role of a customer talking to an agent; only mention the refund if asked'),
    ).toEqual(['talking', 'refund']);
  });

  it('drops quotes, operators, stars and brackets', () => {
    expect(terms('"refund" OR title:* NEAR(card)')).toEqual(['refund', 'title', 'near', 'card']);
  });

  it('keeps the stopwords when they are all there is', () => {
    expect(terms('AND OR')).toEqual(['and', 'or']);
  });

  it('answers nothing for text without letters or digits', () => {
    expect(terms('"*(^)-🚚')).toEqual([]);
  });

  it('keeps letters of any script, lower-cased', () => {
    expect(terms('Lieferung VERSPÄTET 配送')).toEqual(['lieferung', 'verspätet', '配送']);
  });

  it('counts how often each word was said and keeps at most 64 distinct ones', () => {
    const words = Array.from({ length: 70 }, (_, n) => `w${n}`);
    const found = queryTerms([...words, 'w0', 'w1', 'w1', 'w69'].join(' '));
    expect(found.map((t) => t.term)).toEqual(words.slice(0, 64));
    expect(found.slice(0, 3)).toEqual([
      { term: 'w0', count: 2 },
      { term: 'w1', count: 3 },
      { term: 'w2', count: 1 },
    ]);
  });

  it('quotes each term so FTS5 reads it as a string, doubling inner quotes', () => {
    expect(quoted('say"hi')).toBe('"say""hi"');
    expect(anyOf(['refund', 'card'])).toBe('"refund" OR "card"');
  });

  it('repeats a term as often as it was said, up to a limit, so it weighs more', () => {
    expect(
      anyOf(
        [
          { term: 'refund', count: 5 },
          { term: 'card', count: 1 },
        ],
        3,
      ),
    ).toBe('"refund" OR "refund" OR "refund" OR "card"');
  });
});
