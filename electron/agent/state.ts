import { z } from 'zod';
import { CustomerFacts, EscalationReason, Outcome } from '../../shared/agent';
import { Product } from '../../shared/tools';
import { RepeatOf } from './repeat-contact';

const Shipment = z.object({
  status: z.string(),
  eta: z.string().nullable(),
  late: z.boolean(),
  carrier: z.string(),
  trackingNumber: z.string(),
});

const Claims = z.object({
  orderIds: z.array(z.string()),
  emails: z.array(z.string()),
  amounts: z.array(z.number()),
  deadline: z.string().nullable(),
  names: z.array(z.string()),
  zip: z.string().nullable(),
  /** The first date (and time) the message names, e.g. for scheduling. */
  when: z.object({ date: z.string(), time: z.string().optional() }).nullable(),
  address: z.record(z.string(), z.string()).nullable(),
});

/** One request of a message that carries several, read on its own. */
export const AgentRequest = z.object({
  intent: z.string(),
  confidence: z.number(),
  /** The part of the message that makes this request. */
  text: z.string(),
  claims: Claims,
  requested: z.array(z.string()),
  offTargets: z.array(z.string()),
  compensation: z.boolean(),
});
export type AgentRequest = z.infer<typeof AgentRequest>;

/**
 * What the agent knows about one conversation, persisted after every step so a restart continues
 * where it stopped. Facts here come from tool results; what the customer claims stays in `claims`.
 */
export const AgentState = z.object({
  conversationId: z.string(),
  /** How the customer side identified itself: an email or a customer id. */
  customerRef: z.string(),
  /**
   * The customer the channel (or a one-time code) verified, set by code from the conversation record:
   * the only customer whose records this conversation can reach. Null until someone is verified.
   */
  verifiedCustomerId: z.string().nullable().default(null),
  /** The last message this state has perceived: later ones are still owed an answer (after a crash). */
  handledMessageId: z.string().nullable().default(null),
  /**
   * The run under way or last run: the message or the rep's decision that started it. The agent posts
   * at most one message per run key.
   */
  runKey: z.string().default(''),
  mode: z.enum(['agent', 'escalated', 'with_rep']),
  turn: z.number().int(),
  /** The customer's latest message, which reads such as kb.search use. */
  lastMessage: z.string(),
  /** The customer's messages in this conversation, oldest first (for what they named earlier, such as a product). */
  said: z.array(z.string()).default([]),
  stepsThisTurn: z.number().int(),
  /** Calls this turn that repeated one already run twice, answered from the record instead of run. */
  repeatsThisTurn: z.number().int().default(0),
  intent: z.string().nullable(),
  confidence: z.number().nullable(),
  sentiment: z.number(),
  lowConfidenceTurns: z.number().int(),
  toolFailures: z.number().int(),
  /** A connected system that failed (outage, timeout): the handoff says a colleague will follow up. */
  unavailableSystem: z.string().nullable().default(null),
  customer: CustomerFacts.nullable(),
  /** Looked up and not found: the agent asks who they are instead of guessing. */
  customerNotFound: z.boolean(),
  order: z
    .object({
      id: z.string(),
      status: z.string(),
      total: z.number(),
      currency: z.string(),
      promisedBy: z.string().nullable(),
      items: z.array(z.object({ sku: z.string(), name: z.string(), qty: z.number(), price: z.number() })),
    })
    .nullable(),
  /** Orders listed for the customer, when the message named none. */
  candidateOrders: z
    .array(
      z.object({
        id: z.string(),
        status: z.string(),
        placedAt: z.string(),
        promisedBy: z.string().nullable(),
        /** The names of its items. */
        items: z.array(z.string()).default([]),
        /** Where it ships. */
        address: z.record(z.string(), z.string()).nullable().default(null),
      }),
    )
    .nullable(),
  /** Products looked up in the catalog: which variants exist, to exchange an item for another. */
  products: z.array(Product.pick({ id: true, name: true, variants: true })).default([]),
  /** The exchange the agent made; a positive difference is what the customer pays. */
  exchanged: z
    .object({
      priceDifference: z.number(),
      currency: z.string(),
      /** Each item exchanged, and the variant it became (as run: a rep may have edited it). */
      items: z.array(z.object({ sku: z.string(), newSku: z.string() })),
    })
    .nullable()
    .default(null),
  /** The shipment of the order in focus. */
  shipment: Shipment.nullable(),
  /** Every order tracked so far, by order id (to find the late one among several). */
  tracked: z.record(z.string(), Shipment),
  /** Orders the carrier has no parcel for yet (not handed over): tracking them again tells nothing new. */
  untracked: z.array(z.string()).default([]),
  claims: Claims,
  /** The other requests of the customer's latest message, handled after the current one. */
  agenda: z.array(AgentRequest).default([]),
  /** What the agent answered to the earlier requests of this message, sent together with the last. */
  answered: z
    .array(z.object({ text: z.string(), kind: z.enum(['reply', 'clarify', 'resolve']) }))
    .default([]),
  /** Orders the current request is not about ("my other order"). */
  otherThan: z.array(z.string()).default([]),
  /**
   * Changes the customer asked for in so many words during the request under way (by the tools that
   * make them), read by code from their messages: the confirmation rule acts on these, not on the reasoner.
   */
  requested: z.array(z.string()).default([]),
  /** Things the customer wants changed that no order tool acts on ("my rewards account"). */
  offTargets: z.array(z.string()).default([]),
  /** The customer asks for goodwill (a voucher for the hassle): never a refund they did not ask for. */
  compensation: z.boolean().default(false),
  /** Tools run so far, the turn they ran in, and whether they succeeded (observations). */
  done: z.array(
    z.object({
      /** The action that ran it, so a run resumed after a crash knows what it already observed. */
      actionId: z.string().optional(),
      tool: z.string(),
      turn: z.number().int(),
      ok: z.boolean(),
      /** For the timeline and the CRM log only: decisions read the typed fields, never this text. */
      summary: z.string(),
      code: z.string().optional(),
      /** The order the call was about: the order it returned, else its `orderId` argument. */
      orderId: z.string().optional(),
    }),
  ),
  /** A change the agent asked the customer to confirm because its confidence was below `act`. */
  awaitingConfirmation: z.object({ tool: z.string(), args: z.record(z.string(), z.unknown()) }).nullable(),
  kbCitations: z.array(z.object({ id: z.string(), title: z.string(), snippet: z.string() })),
  /** A rep's rejection, a policy denial, or a system's refusal (e.g. already returned) to take into account. */
  refusals: z.array(
    z.object({ tool: z.string(), by: z.enum(['rep', 'policy', 'system']), reason: z.string() }),
  ),
  pendingActionId: z.string().nullable(),
  /** The tool of that pending action, so it is not proposed twice. */
  pendingTool: z.string().nullable(),
  repeatOf: RepeatOf.nullable(),
  /** For a task a rep delegated about a SaaS account: the account, and what the tools returned. */
  account: z
    .object({
      id: z.string(),
      name: z.string(),
      customerId: z.string(),
      plan: z.string(),
      seats: z.number(),
      seatsUsed: z.number(),
      renewalDate: z.string(),
    })
    .nullable(),
  quote: z
    .object({
      total: z.number(),
      subtotal: z.number(),
      discounts: z.array(z.object({ ruleId: z.string(), percent: z.number(), amount: z.number() })),
      churnRisk: z.number(),
      talkingPoints: z.array(z.string()),
    })
    .nullable(),
  usage: z
    .array(
      z.object({
        feature: z.string(),
        recent: z.number(),
        previous: z.number(),
        change: z.number().nullable(),
      }),
    )
    .nullable(),
  /** The credit the agent actually issued (a rep may have edited the amount). */
  credited: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  /** The refund actually issued (a rep may have edited the amount). */
  refunded: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  /** Escalation triggers the latest customer message set off; the gate acts on them first. */
  triggers: z.array(EscalationReason),
  /** How the last run ended, for reports and the queue. */
  outcome: Outcome.nullable(),
});
export type AgentState = z.infer<typeof AgentState>;

/** A fresh state for a new conversation. */
export const initialState = (conversationId: string, customerRef: string): AgentState => ({
  conversationId,
  customerRef,
  verifiedCustomerId: null,
  handledMessageId: null,
  runKey: '',
  mode: 'agent',
  turn: 0,
  lastMessage: '',
  said: [],
  stepsThisTurn: 0,
  repeatsThisTurn: 0,
  intent: null,
  confidence: null,
  sentiment: 0,
  lowConfidenceTurns: 0,
  toolFailures: 0,
  unavailableSystem: null,
  customer: null,
  customerNotFound: false,
  order: null,
  candidateOrders: null,
  products: [],
  exchanged: null,
  shipment: null,
  tracked: {},
  untracked: [],
  claims: {
    orderIds: [],
    emails: [],
    amounts: [],
    deadline: null,
    names: [],
    zip: null,
    when: null,
    address: null,
  },
  agenda: [],
  answered: [],
  otherThan: [],
  requested: [],
  offTargets: [],
  compensation: false,
  account: null,
  quote: null,
  usage: null,
  credited: null,
  refunded: null,
  done: [],
  awaitingConfirmation: null,
  kbCitations: [],
  refusals: [],
  pendingActionId: null,
  pendingTool: null,
  repeatOf: null,
  triggers: [],
  outcome: null,
});
