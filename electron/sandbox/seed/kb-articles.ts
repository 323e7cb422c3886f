import type { KbArticle } from '../format';
import type { Prng } from '../prng';
import { accountArticles } from './kb/accounts';
import type { ArticleDraft } from './kb/article';
import { billingArticles } from './kb/billing';
import { productArticles } from './kb/products';
import { refundArticles } from './kb/refunds';
import { returnArticles } from './kb/returns';
import { shippingArticles } from './kb/shipping';
import { addDays, iso } from '../time';

/** Every article the project writes for the generated store, grouped by topic. */
export function articleDrafts(): ArticleDraft[] {
  return [
    ...shippingArticles(),
    ...returnArticles(),
    ...refundArticles(),
    ...billingArticles(),
    ...accountArticles(),
    ...productArticles(),
  ];
}

/** The knowledge base, ids kb_0001…, each last updated some day in the past year. */
export function generateKb(rng: Prng, asOf: Date): KbArticle[] {
  return articleDrafts().map((draft, index) => ({
    id: `kb_${String(index + 1).padStart(4, '0')}`,
    ...draft,
    updatedAt: iso(addDays(asOf, -1 - rng.next() * 364)),
  }));
}
