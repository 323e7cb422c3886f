import { z } from 'zod';
import { parseDataFile } from '../../data-files/parse-data-file';
import json from './data/store-facts.json' with { type: 'json' };

const Money = z.number().nonnegative();
const Days = z.number().int().nonnegative();
const Text = z.string().min(1);

/** One way of shipping; the orders generator picks speeds by these names, in this order. */
const speed = (name: 'Standard' | 'Express' | 'Overnight') =>
  z.strictObject({ name: z.literal(name), fee: Money, days: Text, minDays: Days, maxDays: Days });

const StoreFacts = z.strictObject({
  freeShippingFrom: Money,
  shippingSpeeds: z.tuple([speed('Standard'), speed('Express'), speed('Overnight')]),
  carriers: z
    .array(
      z.strictObject({
        name: Text,
        prefix: z.string().regex(/^[A-Z]{2}$/, 'expected two capital letters'),
        digits: z.number().int().min(6).max(20),
        suffix: z.string().regex(/^[A-Z]*$/, 'expected capital letters'),
        /** The tracking-number shape in words, as the knowledge base quotes it. */
        shape: Text,
      }),
    )
    .min(1),
  warehouses: z.array(Text).min(1),
  categories: z.record(
    z.string().regex(/^[a-z]+$/, 'expected a lower-case category key'),
    z.strictObject({ label: Text, returnDays: Days, warrantyMonths: Days }),
  ),
  refundTiming: z.array(z.strictObject({ method: Text, type: Text, time: Text })),
  tierBenefits: z.strictObject({ bronze: Text, silver: Text, gold: Text, platinum: Text }),
});

/**
 * The generated store's terms (data/store-facts.json), in one place so the orders, the shipments and
 * the knowledge base agree: a KB article about express shipping quotes the fee the orders charge
 * (test/unit/sandbox/seed-content.test.ts checks that the shipped articles do).
 */
const facts = parseDataFile('electron/sandbox/seed/data/store-facts.json', json, StoreFacts);

export const freeShippingFrom: number = facts.freeShippingFrom;
/** Standard, Express and Overnight; Standard is the one scenario orders use. */
export const shippingSpeeds: Readonly<typeof facts.shippingSpeeds> = facts.shippingSpeeds;
/** Carriers are fictional; each has its own tracking-number shape, which the KB describes. */
export const carriers: readonly (typeof facts.carriers)[number][] = facts.carriers;
export const warehouses: readonly string[] = facts.warehouses;
export const categories: Readonly<Record<string, (typeof facts.categories)[string]>> = facts.categories;
export type Category = string;
export const refundTiming: readonly (typeof facts.refundTiming)[number][] = facts.refundTiming;
export const tierBenefits: Readonly<typeof facts.tierBenefits> = facts.tierBenefits;
