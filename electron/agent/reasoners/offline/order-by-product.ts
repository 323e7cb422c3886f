import type { AgentState } from '../../state';

type Candidate = NonNullable<AgentState['candidateOrders']>[number];

// Words of a product name that say nothing on their own ("the", "set", "for").
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'with', 'set', 'pack', 'kit']);

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const singular = (word: string) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

/**
 * How clearly the customer named this product: 2 when every telling word of its name is in what they
 * wrote ("desk lamp"), 1 when only its last word is ("the helmet" for a bicycle helmet), else 0.
 */
function mention(product: string, said: ReadonlySet<string>): number {
  // Options in brackets ("Wool Slipper (Berry, L)") are not how customers name a product.
  const telling = words(product.replace(/\(.*?\)/g, ' ')).filter((w) => !FILLER.has(w));
  if (telling.length === 0) return 0;
  if (telling.every((w) => said.has(singular(w)))) return 2;
  return said.has(singular(telling.at(-1)!)) ? 1 : 0;
}

/**
 * The one order among several that holds the products the customer named ("the water bottle and the desk
 * lamp"): the order whose items they named most clearly, when no other order scores as well. Null when no
 * product is named, or two orders tie.
 */
export function orderByProduct(candidates: readonly Candidate[], said: readonly string[]): string | null {
  const saidWords = new Set(said.flatMap(words).map(singular));
  const scored = candidates
    .map((order) => ({
      id: order.id,
      score: order.items.reduce((sum, item) => sum + mention(item, saidWords), 0),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score === 0 || (next && next.score === best.score)) return null;
  return best.id;
}
