import type { AgentState } from '../../state';
import { itemsNamed, productName } from '../../request/product-mentions';
import { chooseVariant, type VariantFacts } from './variant-choice';

type Item = NonNullable<AgentState['order']>['items'][number];

/** What to do about an exchange, given what the catalog lookups so far returned. */
export type ExchangePlan =
  | { kind: 'look_up'; item: Item }
  | {
      kind: 'exchange';
      items: { sku: string; newSku: string; qty: number }[];
      /** What the new variants cost more than the old, in all (0 or less: nothing to pay). */
      extraCost: number;
      /** Each swap for the customer to read (`describeSwap`). */
      swaps: string[];
    }
  | { kind: 'ask'; item: Item; variants: VariantFacts[] }
  | { kind: 'team'; reason: string };

/** The items the customer wants to exchange: those they named, or the only item of the order. */
export function itemsToExchange(state: AgentState): Item[] | null {
  const items = state.order!.items;
  return itemsNamed(items, state.said, /exchange|swap|replace/i) ?? (items.length === 1 ? items : null);
}

const productOfSku = (state: AgentState, sku: string) =>
  state.products.find((product) => product.variants.some((variant) => variant.sku === sku));

/**
 * The exchange the customer asked for: each named item for the variant of the same product with the
 * options they asked ("medium", "the blue one", "a bigger size"), once the catalog says which variants
 * exist. When they did not say which item or which variant, or none is available, the team picks.
 */
export function planExchange(state: AgentState): ExchangePlan {
  const items = itemsToExchange(state);
  if (!items) return { kind: 'team', reason: 'the customer did not say which item' };
  const lookupFailed = state.done.some((d) => d.tool === 'catalog.get' && !d.ok);
  const exchanges: { sku: string; newSku: string; qty: number }[] = [];
  const swaps: string[] = [];
  let extraCost = 0;
  for (const item of items) {
    const product = productOfSku(state, item.sku);
    if (!product) {
      return lookupFailed
        ? { kind: 'team', reason: `the catalog has no entry for ${item.name}` }
        : { kind: 'look_up', item };
    }
    const choice = chooseVariant(product.variants, item.sku, state.said);
    if (choice.kind === 'none') return { kind: 'team', reason: `${item.name}: ${choice.reason}` };
    if (choice.kind === 'several') {
      const variants = choice.skus.map((sku) => product.variants.find((v) => v.sku === sku)!);
      return { kind: 'ask', item, variants };
    }
    const from = product.variants.find((v) => v.sku === item.sku);
    const to = product.variants.find((v) => v.sku === choice.sku)!;
    exchanges.push({ sku: item.sku, newSku: choice.sku, qty: item.qty });
    swaps.push(describeSwap(state, item.sku, choice.sku));
    extraCost += (to.price - (from?.price ?? item.price)) * item.qty;
  }
  return { kind: 'exchange', items: exchanges, extraCost: Math.round(extraCost * 100) / 100, swaps };
}

/** One swap for the customer to read: "the Merino Sweater (Charcoal, S) for the Navy, S one". */
export function describeSwap(state: AgentState, sku: string, newSku: string): string {
  const product = productOfSku(state, sku);
  const optionsOf = (id: string) =>
    Object.values(product?.variants.find((v) => v.sku === id)?.options ?? {}).join(', ') || id;
  const name = state.order?.items.find((item) => item.sku === sku)?.name ?? product?.name ?? sku;
  return `the ${productName(name)} (${optionsOf(sku)}) for the ${optionsOf(newSku)} one`;
}

/** The options that tell several variants apart, for each: "blue" / "red", not the shared ones. */
export function distinguishingOptions(variants: readonly VariantFacts[]): string[] {
  const keys = [...new Set(variants.flatMap((v) => Object.keys(v.options)))].filter(
    (key) => new Set(variants.map((v) => v.options[key])).size > 1,
  );
  return variants.map((v) => keys.map((key) => v.options[key] ?? '—').join(', '));
}
