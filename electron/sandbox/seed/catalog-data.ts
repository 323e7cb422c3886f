import { z } from 'zod';
import { parseDataFile } from '../../data-files/parse-data-file';
import json from './data/catalog.json' with { type: 'json' };
import { categories, type Category } from './store-facts';

/** One option axis of a product; `extra` adds to the base price for the values it names. */
export interface OptionAxis {
  name: string;
  values: readonly string[];
  extra?: Readonly<Record<string, number>>;
}

export interface ProductSpec {
  slug: string;
  code: string;
  name: string;
  category: Category;
  price: number;
  description: string;
  /** How to look after it; quoted by the product's KB article. */
  care: string;
  axes: readonly OptionAxis[];
}

const Text = z.string().min(1);
const categoryKeys = Object.keys(categories);

const Catalog = z.strictObject({
  products: z
    .array(
      z.strictObject({
        slug: z
          .string()
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as merino-crew-sweater'),
        code: z.string().regex(/^[A-Z0-9]{2,6}$/, 'expected a short upper-case code such as MCS'),
        name: Text,
        category: z.string().refine((key) => categoryKeys.includes(key), {
          error: `expected a category of store-facts.json: ${categoryKeys.join(', ')}`,
        }),
        price: z.number().positive(),
        description: Text,
        care: Text,
        axes: z
          .array(
            z.strictObject({
              name: Text,
              values: z.array(Text).min(1),
              extra: z.record(z.string(), z.number().nonnegative()).optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1)
    .refine((products) => new Set(products.map((p) => p.slug)).size === products.length, {
      error: 'expected every product to have its own slug',
    }),
});

/** The generated store's catalog (data/catalog.json). Descriptions and care notes are the project's own. */
export const productSpecs: readonly ProductSpec[] = parseDataFile(
  'electron/sandbox/seed/data/catalog.json',
  json,
  Catalog,
).products;
