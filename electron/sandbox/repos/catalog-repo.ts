import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import type { Product, Variant } from '../format';
import { readProducts } from '../tables/catalog';

/** A product type as a catalog listing shows it. */
export interface ProductSummary {
  id: string;
  name: string;
  variantCount: number;
}

/** The catalog: products and their variants (sku, options, price, availability). */
export class CatalogRepo {
  constructor(private readonly db: Database) {}

  /** One product with all its variants. */
  get(productId: string): Result<Product> {
    const [product] = readProducts(this.db, 'WHERE id = ?', productId);
    return product ? ok(product) : fail('not_found', `No product with id ${productId}.`, 'productId');
  }

  /** The product a sku belongs to, and that variant. */
  bySku(sku: string): Result<{ product: Product; variant: Variant }> {
    const [product] = readProducts(
      this.db,
      'WHERE id = (SELECT product_id FROM sb_variants WHERE sku = ?)',
      sku,
    );
    const variant = product?.variants.find((v) => v.sku === sku);
    return product && variant
      ? ok({ product, variant })
      : fail('not_found', `No product has the sku ${sku}.`, 'sku');
  }

  /** Every product type, by name. */
  list(): ProductSummary[] {
    return this.db
      .prepare(
        `SELECT p.id, p.name, (SELECT COUNT(*) FROM sb_variants v WHERE v.product_id = p.id) AS variantCount
         FROM sb_products p ORDER BY p.name, p.id`,
      )
      .all() as ProductSummary[];
  }
}
