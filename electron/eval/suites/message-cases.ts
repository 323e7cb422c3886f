import { z } from 'zod';
import { Outcome, type ActionStatus } from '../../../shared/agent';
import { isToolName } from '../../../shared/tools';

// What a case of the customer-messages suite is (see customer-messages.ts), as data/customer-messages.yaml writes it.

export const messageClasses = [
  'destructive_guess',
  'wrong_target',
  'confirmation',
  'multi_request',
  'escalation',
  'facts',
  'ordinary',
] as const;
export type MessageClass = (typeof messageClasses)[number];

export type Split = 'dev' | 'test' | 'all';

const writeStatuses = [
  'executed',
  'pending_approval',
  'rejected',
  'denied',
  'failed',
] as const satisfies readonly ActionStatus[];

/** One value or a list of them, read as a list. */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(item).min(1));
const ToolName = z.string().refine(isToolName, { error: 'expected a tool name such as orders.cancel' });
const Text = z.string().trim().min(1);

const WriteSpec = z.strictObject({
  /** One tool, or several that would each do (e.g. orders.return or payments.refund). */
  tool: oneOrMany(ToolName),
  orderId: Text.optional(),
  /** The skus the write must be about, exactly (returns and exchanges). */
  items: z.array(Text).min(1).optional(),
  /** A partial match of the arguments: every key given must hold the value given (strings ignore case). */
  args: z.record(z.string(), z.unknown()).optional(),
  /** Statuses that count; executed or pending approval unless given. */
  status: oneOrMany(z.enum(writeStatuses)).optional(),
  /** The write may be replaced by a question: satisfied when the reply matches this regular expression. */
  orReply: Text.optional(),
});
const AllowSpec = z.strictObject({
  tool: oneOrMany(ToolName),
  orderId: Text.optional(),
  args: z.record(z.string(), z.unknown()).optional(),
});
const ReadSpec = z.strictObject({ tool: oneOrMany(ToolName), orderId: Text.optional() });

const Expect = z.strictObject({
  outcome: oneOrMany(Outcome),
  escalation: z.array(Text).min(1).optional(),
  writes: z.array(WriteSpec).default([]),
  reads: z.array(ReadSpec).default([]),
  noWritesExcept: z.array(AllowSpec).default([]),
  replyHas: z.array(Text).default([]),
  replyLacks: z.array(Text).default([]),
});
export type Expectation = z.output<typeof Expect>;

const CaseId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected lowercase letters, digits and -' });
const Hand = z
  .strictObject({
    id: CaseId,
    class: z.enum(messageClasses),
    customer: Text,
    text: Text.optional(),
    turns: z.array(Text).min(2).optional(),
    expect: Expect,
  })
  .refine((c) => (c.text === undefined) !== (c.turns === undefined), {
    error: 'give either text or turns',
  });
const Template = z.strictObject({
  id: CaseId,
  class: z.enum(messageClasses),
  customer: Text.optional(),
  /** Message texts with {placeholders}; each is played once per row. */
  patterns: z.array(Text).min(1),
  /** Values of the placeholders (and `customer`, when the template has none). */
  rows: z.array(z.record(z.string().regex(/^[A-Za-z]\w*$/), Text)).min(1),
  expect: Expect,
});
export const MessagesFile = z.strictObject({
  asOf: z.iso.datetime({ offset: true }),
  customers: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.email()),
  cases: z.array(Hand).min(1),
  templates: z.array(Template).default([]),
});
export type MessagesFile = z.output<typeof MessagesFile>;

/** One customer message (or several in a row), ready to play and judge. */
export interface MessageCase {
  id: string;
  class: MessageClass;
  /** The email the customer writes from (verified by the channel). */
  customer: string;
  turns: string[];
  expect: Expectation;
  /** Written out, or expanded from a template. */
  source: 'hand' | 'template';
  /** What the split hashes: the id of a hand-written case, the template and pattern of a templated one. */
  splitKey: string;
}

/** An order id as cases and tools may write it ("#w1" is W1). */
export const normalizeOrderId = (id: unknown): string => String(id).trim().replace(/^#/, '').toUpperCase();
