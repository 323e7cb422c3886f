import type { Database } from '../../store/database';
import { Prng } from '../prng';
import { productSpecs } from '../seed/catalog-data';
import { articleDrafts } from '../seed/kb-articles';
import { cities } from '../seed/people-tables';
import { articleWriter } from '../tables/kb';

const syllables = 'ka lo mi re su ta ne vo ri pa de lu mo ze fi ga no sa ti be ru ko ve ma li do pe'.split(
  ' ',
);

/** A pronounceable made-up word for rank `rank` of the long-tail vocabulary (distinct per rank). */
function tailWord(rank: number): string {
  let word = '';
  for (let n = rank + syllables.length; n > 0; n = Math.floor(n / syllables.length))
    word += syllables[n % syllables.length];
  return word;
}

const asides = [
  (item: string, place: string) => `Written for the ${item}, as sold in ${place}.`,
  (item: string, place: string) => `Last checked against the ${item} by the ${place} team.`,
  (item: string, place: string) => `Reviewed for ${place} with the ${item}.`,
  (item: string) => `See also the ${item} notes.`,
];

/** Questions a customer might type, to time searches against the synthetic knowledge base. */
export const benchQueries: readonly string[] = [
  'my order has not arrived and I need it by Friday',
  'how do I return shoes that do not fit',
  'refund to my credit card is missing',
  'package marked delivered but not received',
  'change the shipping address of my order',
  'charged twice for the same order',
  'how long does express shipping take',
  'exchange a sweater for a different size',
  'reset my password locked account',
  'warranty on wireless earbuds battery',
  'gift card balance',
  'promo code did not apply',
  'damaged item in my delivery',
  'cancel my order',
  'tracking number Parcelpoint',
  'order',
];

/**
 * Replaces the knowledge base with `count` synthetic articles for benchmarking search: each reworks a
 * project-written article with a product, a model number, a city and words from a long-tail
 * vocabulary (Zipf-distributed), so term frequencies resemble a large real help centre.
 */
export function buildBenchKb(db: Database, count: number, seed = 1): void {
  const rng = new Prng(seed);
  const drafts = articleDrafts();
  const vocabulary = 50_000;
  // Zipf over ranks: rank = floor(vocabulary^u) gives P(rank) roughly proportional to 1/rank.
  const tail = (n: number) =>
    Array.from({ length: n }, () => tailWord(Math.floor(vocabulary ** rng.next()) - 1)).join(' ');
  db.transaction(() => {
    db.prepare('DELETE FROM sb_kb_articles').run();
    const write = articleWriter(db);
    for (let i = 1; i <= count; i++) {
      const base = rng.pick(drafts);
      const product = rng.pick(productSpecs);
      const model = `${product.code}-${rng.int(100, 9999)}`;
      const place = rng.pick(cities);
      const kept = base.body.split('\n\n').filter((_, index) => index === 0 || rng.chance(0.6));
      write({
        id: `bench_${String(i).padStart(6, '0')}`,
        title: `${base.title} (${product.name} ${model})`,
        body: [
          ...kept,
          `${rng.pick(asides)(`${product.name} ${model}`, `${place.city}, ${place.state}`)} ${tail(rng.int(8, 30))}.`,
        ].join('\n\n'),
        tags: [...base.tags, product.category],
        updatedAt: new Date(Date.UTC(2024, 0, 1) + rng.int(0, 365) * 86_400_000).toISOString(),
      });
    }
  })();
}
