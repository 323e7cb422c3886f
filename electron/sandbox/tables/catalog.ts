import type { Database } from '../../store/database';
import type { Product, Variant } from '../format';
import { fromCents, toCents } from '../../../shared/money';
import { fromJson, toJson } from './json-column';

interface ProductRow {
  id: string;
  name: string;
  description: string;
  currency: string;
}

interface VariantRow {
  sku: string;
  options: string;
  price_cents: number;
  available: number;
}

const variantFromRow = (row: VariantRow): Variant => ({
  sku: row.sku,
  options: fromJson<Record<string, string>>(row.options),
  price: fromCents(row.price_cents),
  available: row.available === 1,
});

/** Products (with their variants, in file order) matching an SQL tail over sb_products. */
export function readProducts(db: Database, tail: string, ...params: unknown[]): Product[] {
  const rows = db.prepare(`SELECT * FROM sb_products ${tail}`).all(...params) as ProductRow[];
  const variants = db.prepare('SELECT * FROM sb_variants WHERE product_id = ? ORDER BY position');
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    currency: row.currency,
    variants: (variants.all(row.id) as VariantRow[]).map(variantFromRow),
  }));
}

/** Prepares an insert of whole products with their variants. */
export function productWriter(db: Database): (product: Product) => void {
  const insertProduct = db.prepare(
    'INSERT INTO sb_products (id, name, description, currency) VALUES (@id, @name, @description, @currency)',
  );
  const insertVariant = db.prepare(
    `INSERT INTO sb_variants (sku, product_id, position, options, price_cents, available)
     VALUES (@sku, @productId, @position, @options, @cents, @available)`,
  );
  return (product) => {
    insertProduct.run(product);
    product.variants.forEach((variant, position) =>
      insertVariant.run({
        sku: variant.sku,
        productId: product.id,
        position,
        options: toJson(variant.options),
        cents: toCents(variant.price),
        available: variant.available ? 1 : 0,
      }),
    );
  };
}
