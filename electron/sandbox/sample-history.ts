import { z } from 'zod';
import { EscalationReason } from '../../shared/agent';
import { parseDataFile } from '../data-files/parse-data-file';
import type { Channel } from '../../shared/domain';
import { ActionsRepo } from '../agent/store/actions-repo';
import { EscalationsRepo } from '../agent/store/escalations-repo';
import { StepsRepo } from '../agent/store/steps-repo';
import { CsatRepo, type CsatRecord } from '../outcomes/csat-repo';
import { ConversationsRepo } from '../store/conversations-repo';
import type { Database } from '../store/database';
import { Prng } from './prng';
import json from './seed/data/sample-history.json' with { type: 'json' };
import { defaultSeed } from './seed/generate-sandbox';

/** How a past conversation went: every kind the metrics view tells apart. */
export const sampleKinds = ['automated', 'approved', 'edited', 'rejected', 'escalated'] as const;
export type SampleKind = (typeof sampleKinds)[number];

const kindWeights: Record<SampleKind, number> = {
  automated: 50,
  approved: 16,
  edited: 7,
  rejected: 7,
  escalated: 20,
};

export interface SampleAction {
  tool: string;
  proposedArgs: Record<string, unknown>;
  /** What the rep approved (the proposal, or an edit of it); null when rejected or run on its own. */
  approvedArgs: Record<string, unknown> | null;
  decision: 'auto' | 'approved' | 'rejected';
  rejectReason: string | null;
  rule: string;
  createdAt: string;
  decidedAt: string | null;
}

export interface SampleConversation {
  id: string;
  kind: SampleKind;
  customer: string;
  customerId: string | null;
  channel: Extract<Channel, 'chat' | 'email'>;
  intent: string;
  sentiment: number;
  createdAt: string;
  messages: { role: 'customer' | 'agent' | 'rep'; text: string; at: string }[];
  action: SampleAction | null;
  escalation: { reasons: EscalationReason[]; at: string } | null;
  csat: CsatRecord | null;
}

export interface SampleCustomer {
  id: string | null;
  name: string;
  email: string;
}

export interface SampleHistoryOptions {
  /** The sandbox seed: the same seed, day and customers give the same history. */
  seed?: number;
  now: Date;
  /** Who the conversations are with; made-up ones (sample.example.com) when none are given. */
  customers?: readonly SampleCustomer[];
}

const dayMs = 86_400_000;
const minuteMs = 60_000;
/** How many UTC days (today included) the history covers: the metrics view's default range. */
export const sampleHistoryDays = 30;

const iso = (ms: number): string => new Date(ms).toISOString();
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
const automatedStories = text.automated;

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
const toolStories: readonly ToolStory[] = [
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

const rejectReasons = text.rejectReasons;

const escalationStories = text.escalations;

/**
 * Made-up customers by default, on a reserved domain, so the history never counts as an earlier contact
 * of a sandbox customer someone plays today.
 */
const madeUpNames = text.madeUpNames;

/** The customers to use: the given ones, or a few made-up ones. */
const customersOr = (customers: readonly SampleCustomer[]): readonly SampleCustomer[] =>
  customers.length > 0
    ? customers
    : madeUpNames.map((name) => ({
        id: null,
        name,
        email: `${name.toLowerCase().replace(' ', '.')}@sample.example.com`,
      }));

/**
 * A deterministic history of past conversations over the 30 UTC days up to `now`: automated ones,
 * approvals (as proposed, edited, rejected) on write and money tools, escalations with their reasons,
 * CSAT for some resolved ones and realistic handle times. Every kind appears at least once. All of them
 * are resolved (a rep finished the escalated and rejected ones), so none is waiting on anyone.
 */
export function generateSampleHistory(options: SampleHistoryOptions): SampleConversation[] {
  const prng = new Prng((Math.imul(options.seed ?? defaultSeed, 0x9e3779b1) + 101) >>> 0);
  const customers = customersOr(options.customers ?? []);
  const end = options.now.getTime();
  // The 30 UTC days ending today, as the metrics view's default range counts them.
  const start = Math.floor(end / dayMs) * dayMs - (sampleHistoryDays - 1) * dayMs;
  const count = prng.int(70, 100);
  const drafts = Array.from({ length: count }, (_, index) => ({
    kind: index < sampleKinds.length ? sampleKinds[index]! : prng.weighted(kindWeights),
    // At least four hours back, so even the longest one ended before now.
    createdAt: prng.int(start, end - 4 * 60 * minuteMs),
  })).sort((a, b) => a.createdAt - b.createdAt);
  return drafts.map((draft, index) =>
    sampleConversation(prng, `sample-${String(index + 1).padStart(3, '0')}`, draft, customers),
  );
}

function sampleConversation(
  prng: Prng,
  id: string,
  draft: { kind: SampleKind; createdAt: number },
  customers: readonly SampleCustomer[],
): SampleConversation {
  const who = prng.pick(customers);
  const at = (minutes: number) => iso(draft.createdAt + Math.round(minutes * minuteMs));
  const base = {
    id,
    kind: draft.kind,
    customer: who.email,
    customerId: who.id,
    channel: prng.chance(0.7) ? ('chat' as const) : ('email' as const),
    createdAt: iso(draft.createdAt),
  };
  const csat = (endMinutes: number, good: boolean): CsatRecord | null =>
    prng.chance(0.55)
      ? {
          score: good ? prng.pick([4, 4, 5, 5, 5, 3]) : prng.pick([1, 2, 2, 3, 3, 4]),
          by: prng.chance(0.85) ? 'customer' : 'rep',
          at: at(endMinutes + prng.int(1, 30)),
        }
      : null;

  if (draft.kind === 'automated') {
    const story = prng.pick(automatedStories);
    const minutes = prng.int(1, 12) + prng.next();
    return {
      ...base,
      intent: story.intent,
      sentiment: prng.int(0, 6) / 10,
      messages: [
        { role: 'customer', text: prng.pick(story.opening), at: at(0) },
        { role: 'agent', text: story.answer, at: at(minutes) },
      ],
      action: null,
      escalation: null,
      csat: csat(minutes, true),
    };
  }

  if (draft.kind === 'escalated') {
    const story = prng.pick(escalationStories);
    const repAt = prng.int(5, 45);
    const endAt = repAt + prng.int(10, 200);
    return {
      ...base,
      intent: story.intent,
      sentiment: story.reasons.includes('sentiment') ? -prng.int(5, 9) / 10 : -prng.int(0, 4) / 10,
      messages: [
        { role: 'customer', text: story.opening, at: at(0) },
        {
          role: 'agent',
          text: 'I am passing you to a colleague who has everything we discussed.',
          at: at(1),
        },
        { role: 'rep', text: 'Hi, I have read the conversation and I am on it.', at: at(repAt) },
        { role: 'rep', text: 'All sorted: you will get a confirmation by email.', at: at(endAt) },
      ],
      action: null,
      escalation: { reasons: story.reasons, at: at(1) },
      csat: csat(endAt, prng.chance(0.5)),
    };
  }

  const story = prng.pick(toolStories);
  const orderId = `ord_${String(prng.int(1, 4999)).padStart(5, '0')}`;
  const proposedArgs = story.args(prng, orderId, who.id ?? `cus_${id}`);
  const decidedMinutes = prng.int(3, 90);
  const endMinutes = decidedMinutes + prng.int(1, 5);
  const rejected = draft.kind === 'rejected';
  const approvedArgs =
    draft.kind === 'edited' ? story.edit(proposedArgs) : rejected ? null : { ...proposedArgs };
  return {
    ...base,
    intent: story.intent,
    sentiment: -prng.int(0, 5) / 10,
    messages: [
      { role: 'customer', text: story.opening, at: at(0) },
      {
        role: 'agent',
        text: 'I have asked a colleague to approve this; it will not take long.',
        at: at(1),
      },
      rejected
        ? {
            role: 'rep',
            text: 'I looked into it and we cannot do this one; here is why, and what we can offer instead.',
            at: at(endMinutes),
          }
        : { role: 'agent', text: story.answer, at: at(endMinutes) },
    ],
    action: {
      tool: story.tool,
      proposedArgs,
      approvedArgs,
      decision: rejected ? 'rejected' : 'approved',
      rejectReason: rejected ? prng.pick(rejectReasons) : null,
      rule: story.rule,
      createdAt: at(1),
      decidedAt: at(decidedMinutes),
    },
    escalation: null,
    csat: csat(endMinutes, !rejected),
  };
}

const briefingOf = (conversation: SampleConversation, customerName: string) => ({
  summary: `Sample conversation: ${conversation.messages[0]?.text ?? ''}`,
  customer: null,
  history: [],
  sentiment: {
    score: conversation.sentiment,
    label:
      conversation.sentiment < -0.3
        ? ('negative' as const)
        : conversation.sentiment > 0.3
          ? ('positive' as const)
          : ('neutral' as const),
  },
  intent: conversation.intent,
  actionsTaken: [],
  pendingActions: [],
  suggestedNextStep: `Read ${customerName}'s message and answer in person.`,
  draftReply: 'Hi, thanks for your patience: I am looking into this now.',
});

/**
 * Writes the history through the repositories the live app uses, in one transaction: each
 * conversation marked as sample data and resolved, with its messages, step, action, escalation and CSAT.
 */
export function writeSampleHistory(db: Database, history: readonly SampleConversation[]): number {
  const conversations = new ConversationsRepo(db);
  const actions = new ActionsRepo(db);
  const escalations = new EscalationsRepo(db);
  const steps = new StepsRepo(db);
  const csat = new CsatRepo(db);
  db.transaction(() => {
    for (const c of history) {
      conversations.create({ id: c.id, customer: c.customer, channel: c.channel, at: c.createdAt });
      conversations.markSample(c.id);
      conversations.setInsights(c.id, { intent: c.intent, sentiment: c.sentiment, customerId: c.customerId });
      c.messages.forEach((message, index) =>
        conversations.addMessage({ id: `${c.id}-m${index + 1}`, conversationId: c.id, ...message }),
      );
      if (c.escalation) {
        escalations.add(
          c.id,
          { reasons: c.escalation.reasons, briefing: briefingOf(c, c.customer) },
          c.escalation.at,
        );
        const taken = c.messages.find((message) => message.role === 'rep');
        if (taken) escalations.markTakenOver(c.id, taken.at);
        steps.append({
          conversationId: c.id,
          at: c.escalation.at,
          kind: 'escalate',
          summary: `escalated: ${c.escalation.reasons.join(', ')}`,
          data: { reasons: c.escalation.reasons, sample: true },
        });
      }
      if (c.action) writeAction(actions, steps, c.id, c.action);
      const last = c.messages.at(-1)!;
      conversations.setStatus(c.id, 'resolved', last.at);
      if (c.csat) csat.upsert(c.id, c.csat);
    }
  })();
  return history.length;
}

function writeAction(actions: ActionsRepo, steps: StepsRepo, conversationId: string, action: SampleAction) {
  const id = `${conversationId}-a1`;
  actions.create({
    id,
    conversationId,
    tool: action.tool,
    status: action.decision === 'auto' ? 'approved' : 'pending_approval',
    proposedArgs: action.proposedArgs,
    rationale: 'Sample data: what the agent proposed.',
    confidence: 0.9,
    rule: action.rule,
    at: action.createdAt,
    turn: 1,
  });
  steps.append({
    conversationId,
    at: action.createdAt,
    kind: 'gate',
    summary: `${action.tool} needs a rep's approval`,
    data: { tool: action.tool, rule: action.rule, sample: true },
  });
  const decidedAt = action.decidedAt ?? action.createdAt;
  if (action.decision === 'rejected') {
    actions.reject(id, action.rejectReason ?? 'Not this time', 'rep', decidedAt);
  } else {
    if (action.decision === 'approved')
      actions.approve(id, action.approvedArgs ?? action.proposedArgs, 'rep', decidedAt);
    actions.finish(id, { ok: true, value: { sample: true } }, decidedAt);
  }
  steps.append({
    conversationId,
    at: decidedAt,
    kind: 'approval',
    summary: `rep ${action.decision} ${action.tool}`,
    data: { tool: action.tool, decision: action.decision, sample: true },
  });
}

/** Marks that the sample history was written once, so clearing it never brings it back. */
const markKey = 'sample_history_seeded';

/**
 * Writes the sample history when the first-run working day starts on a fresh folder: no conversation
 * yet and never written before. The check, the write and the mark share one transaction.
 * Returns how many conversations it wrote (0 when it did nothing).
 */
export function seedSampleHistoryOnFirstRun(
  db: Database,
  options: { seed?: number | undefined; now: Date },
): number {
  const fresh = () =>
    db.prepare('SELECT 1 FROM app_meta WHERE key = ?').get(markKey) === undefined &&
    db.prepare('SELECT 1 FROM conversations LIMIT 1').get() === undefined;
  if (!fresh()) return 0;
  const history = generateSampleHistory({
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    now: options.now,
  });
  return db.transaction(() => {
    if (!fresh()) return 0;
    const written = writeSampleHistory(db, history);
    db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)').run(
      markKey,
      JSON.stringify({ at: options.now.toISOString(), conversations: written }),
    );
    return written;
  })();
}

/**
 * Deletes every sample conversation and everything hanging off it (messages, steps, state, actions,
 * escalations, CSAT) in one transaction; live conversations are untouched. Returns how many it removed.
 */
export function clearSampleData(db: Database): number {
  return new ConversationsRepo(db).deleteSample();
}
