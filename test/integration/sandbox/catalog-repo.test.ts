import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Database } from '../../../electron/store/database';
import { openFixture } from './fixture';

let db: Database;
let sandbox: Sandbox;
beforeEach(() => ({ db, sandbox } = openFixture()));
afterEach(() => db.close());

describe('the catalog', () => {
  it('reads a product with its variants', () => {
    const product = sandbox.catalog.get('prd_tee');
    expect(product.ok && product.value.variants.map((v) => [v.sku, v.available])).toEqual([
      ['ECT-BLAC-M', true],
      ['ECT-BLAC-L', true],
      ['ECT-BLAC-S', false],
    ]);
  });

  it('finds the product a sku belongs to', () => {
    expect(sandbox.catalog.bySku('ECT-BLAC-L')).toMatchObject({
      ok: true,
      value: { product: { id: 'prd_tee' }, variant: { sku: 'ECT-BLAC-L', price: 23.99 } },
    });
  });

  it('reports a missing product', () => {
    expect(sandbox.catalog.get('prd_nope')).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'productId' },
    });
  });

  it('reports an unknown sku', () => {
    expect(sandbox.catalog.bySku('NOPE-1')).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'sku' },
    });
  });

  it('lists product types by name with their variant counts', () => {
    expect(sandbox.catalog.list()).toEqual([
      { id: 'prd_mug', name: 'Ceramic Mug', variantCount: 1 },
      { id: 'prd_tee', name: 'Everyday Cotton Tee', variantCount: 3 },
    ]);
  });
});
