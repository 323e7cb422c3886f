import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../electron/text/search-terms';
import { withSynonyms } from '../../../electron/sandbox/kb/synonyms';

const added = (text: string) =>
  withSynonyms(text, queryTerms(text))
    .slice(queryTerms(text).length)
    .map((t) => t.term);

describe('the words articles use for what a customer says another way', () => {
  it('adds them for words and for phrases of several words', () => {
    expect(added('can I send it back?')).toContain('return');
    expect(added('my card keeps bouncing')).toContain('declined');
    expect(added('please call off my purchase')).toEqual(expect.arrayContaining(['cancel', 'order']));
  });

  it('matches whole words only, and adds each word once, weighing one mention', () => {
    expect(added('the postcode')).not.toContain('ship');
    const terms = withSynonyms('kill it, scrap it, void it', queryTerms('kill it, scrap it, void it'));
    expect(terms.filter((t) => t.term === 'cancel')).toEqual([{ term: 'cancel', count: 1 }]);
  });

  it('adds nothing to a question already in the articles’ words', () => {
    expect(added('how do I cancel my order')).not.toContain('order');
  });
});
