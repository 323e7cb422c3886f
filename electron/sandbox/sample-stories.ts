import { z } from 'zod';
import { EscalationReason } from '../../shared/agent';
import { parseDataFile } from '../data-files/parse-data-file';
import type { Prng } from './prng';
import type { SampleCustomer } from './sample-history';
import json from './seed/data/sample-history.json' with { type: 'json' };

// What the sample conversations say, from seed/data/sample-history.json.

const cents = (prng: Prng, min: number, max: number): number => prng.int(min * 100, max * 100) / 100;

const Text = z.string().min(1);
const Address = z.strictObject({ line1: Text, city: Text, postalCode: Text, country: Text });
const Decided = z.strictObject({ intent: Text, opening: Text, answer: Text, rule: Text });
const SampleText = z.strictObject({
  about: Text,
  automated: z.array(z.strictObject({ intent: Text, opening: z.array(Text).min(1), answer: Text })).min(1),
  decided: z.strictObject({
    'payments.issueCredit': Decided.extend({ reason: Text }),
    'payments.refund': Decided.extend({ reason: Text }),
    'orders.updateAddress': Decided.extend({ address: Address, editedAddress: Address }),
    'orders.cancel': Decided.extend({ reason: Text, editedReason: Text }),
  }),
  rejectReasons: z.array(Text).min(1),
  escalations: z
    .array(z.strictObject({ intent: Text, reasons: z.array(EscalationReason).min(1), opening: Text }))
    .min(1),
  madeUpNames: z.array(Text).min(1),
});
const text = parseDataFile('electron/sandbox/seed/data/sample-history.json', json, SampleText);

/** What an automated conversation was about, with the customer's opener and the agent's answer. */
export const automatedStories = text.automated;

interface ToolStory {
  intent: string;
  tool: string;
  opening: string;
  answer: string;
  args: (prng: Prng, orderId: string, customerId: string) => Record<string, unknown>;
  /** The edit a rep made: a smaller amount, another reason. */
  edit: (args: Record<string, unknown>) => Record<string, unknown>;
  rule: string;
}

const halve = (args: Record<string, unknown>) => ({
  ...args,
  amount: Math.round(((args['amount'] as number) / 2) * 100) / 100,
});

const { decided } = text;
const told = <T extends keyof typeof decided>(tool: T) => {
  const { intent, opening, answer, rule } = decided[tool];
  return { tool, intent, opening, answer, rule };
};

/** Write and money tools a rep decides on: their wording from the data file, their arguments here. */
export const toolStories: readonly ToolStory[] = [
  {
    ...told('payments.issueCredit'),
    args: (prng, orderId, customerId) => ({
      customerId,
      amount: cents(prng, 5, 25),
      currency: 'USD',
      reason: decided['payments.issueCredit'].reason,
      orderId,
    }),
    edit: halve,
  },
  {
    ...told('payments.refund'),
    args: (prng, orderId) => ({
      orderId,
      amount: cents(prng, 20, 180),
      currency: 'USD',
      reason: decided['payments.refund'].reason,
    }),
    edit: halve,
  },
  {
    ...told('orders.updateAddress'),
    args: (_prng, orderId) => ({ orderId, address: decided['orders.updateAddress'].address }),
    edit: (args) => ({ ...args, address: decided['orders.updateAddress'].editedAddress }),
  },
  {
    ...told('orders.cancel'),
    args: (_prng, orderId) => ({ orderId, reason: decided['orders.cancel'].reason }),
    edit: (args) => ({ ...args, reason: decided['orders.cancel'].editedReason }),
  },
];

export const rejectReasons = text.rejectReasons;

export const escalationStories = text.escalations;

/**
 * Made-up customers by default, on a reserved domain, so the history never counts as an earlier contact
 * of a sandbox customer someone plays today.
 */
const madeUpNames = text.madeUpNames;

/** The customers to use: the given ones, or a few made-up ones. */
export const customersOr = (customers: readonly SampleCustomer[]): readonly SampleCustomer[] =>
  customers.length > 0
    ? customers
    : madeUpNames.map((name) => ({
        id: null,
        name,
        email: `${name.toLowerCase().replace(' ', '.')}@sample.example.com`,
      }));
