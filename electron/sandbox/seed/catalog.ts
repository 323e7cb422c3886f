import type { Product, Variant } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import type { Prng } from '../prng';
import { productSpecs, type ProductSpec } from './catalog-data';

/** A short sku part: the first four characters of the first word, then initials ("Heather Grey" → HEATG). */
function skuPart(value: string): string {
  const [first = 'X', ...rest] = value
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  return first.slice(0, 4) + rest.map((word) => word[0]).join('');
}

/** Every combination of the spec's option values, in axis order. */
function combinations(spec: ProductSpec): Record<string, string>[] {
  return spec.axes.reduce<Record<string, string>[]>(
    (acc, axis) => acc.flatMap((options) => axis.values.map((value) => ({ ...options, [axis.name]: value }))),
    [{}],
  );
}

/** The catalog: one product per spec, one variant per option combination; about one in nine is out of stock. */
export function generateCatalog(rng: Prng): Product[] {
  return productSpecs.map((spec) => ({
    id: `prd_${spec.slug}`,
    name: spec.name,
    description: spec.description,
    currency: 'USD',
    variants: combinations(spec).map((options): Variant => {
      const extra = spec.axes.reduce((sum, axis) => sum + (axis.extra?.[options[axis.name] ?? ''] ?? 0), 0);
      return {
        sku: [spec.code, ...Object.values(options).map(skuPart)].join('-'),
        options,
        price: fromCents(toCents(spec.price + extra) - 1),
        available: !rng.chance(0.11),
      };
    }),
  }));
}
