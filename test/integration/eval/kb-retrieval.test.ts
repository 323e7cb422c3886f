import { describe, expect, it } from 'vitest';
import { importDocuments, queryOf, recallAtK } from '../../../electron/eval/suites/kb-retrieval';
import { KbRepo } from '../../../electron/sandbox/repos/kb-repo';
import { openDatabase } from '../../../electron/store/database';

describe('the kb-retrieval suite pieces', () => {
  it('finds an imported document by the words of a need', () => {
    const db = openDatabase(':memory:');
    importDocuments(db, [
      { id: 'doc_fees', title: 'Overdraft fees', content: 'How overdraft fees are charged and waived.' },
      {
        id: 'doc_cards',
        title: 'Card replacement',
        content: 'Order a replacement debit card when yours is lost.',
      },
    ]);
    const hits = new KbRepo(db).search('my debit card is lost', 5);
    db.close();
    expect(hits.ok && hits.value[0]?.id).toBe('doc_cards');
  });

  it('computes recall@k as the share of needed documents in the first k hits', () => {
    expect(recallAtK(['a', 'b', 'c', 'd', 'e', 'f'], ['b', 'f', 'z'], 5)).toBeCloseTo(1 / 3);
  });

  it('builds the query from the need and leaves out the role-play framing', () => {
    const query = queryOf(
      'You are playing the role of a customer. Your character is a nurse. You want to dispute a card charge. Be polite.',
    );
    expect(query).toBe('You want to dispute a card charge. Be polite.');
  });
});
