import { isToolName, tools, type CatalogToolName, type ToolName, type ToolOutput } from '../../shared/tools';
import type { AgentState } from './state';

type CallResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string; system?: string | undefined } };

/** Folds one tool's successful result into the state that already records the call. */
type Fold = (state: AgentState, value: unknown, args: Record<string, unknown>) => AgentState;

const out = <T extends ToolName>(value: unknown, _tool: T) => value as ToolOutput<T>;

const foldOrder: Fold = (state, value) => {
  const order = out(value, 'orders.get').order;
  return {
    ...state,
    order: {
      id: order.id,
      status: order.status,
      total: order.total,
      currency: order.currency,
      promisedBy: order.promisedBy,
      items: order.items,
    },
    shipment: state.tracked[order.id] ?? null,
  };
};

const foldTracking: Fold = (state, value, args) => {
  const latest = out(value, 'shipping.track').shipments.at(-1);
  if (!latest)
    return typeof args.orderId === 'string'
      ? { ...state, untracked: [...new Set([...state.untracked, args.orderId])] }
      : state;
  const orderId = latest.orderId;
  const promisedBy =
    state.order?.id === orderId
      ? state.order.promisedBy
      : (state.candidateOrders?.find((o) => o.id === orderId)?.promisedBy ?? null);
  const shipment = {
    status: latest.status,
    eta: latest.eta,
    carrier: latest.carrier,
    trackingNumber: latest.trackingNumber,
    late: isLate(latest, promisedBy),
  };
  return {
    ...state,
    tracked: { ...state.tracked, [orderId]: shipment },
    ...(state.order?.id === orderId ? { shipment } : {}),
  };
};

const customerFolds: Partial<Record<ToolName, Fold>> = {
  'crm.findCustomer': (state, value) => {
    const customers = out(value, 'crm.findCustomer').customers;
    const match = customers.length === 1 ? customers[0]! : undefined;
    return match
      ? { ...state, customer: pickCustomer(match), customerNotFound: false }
      : { ...state, customerNotFound: true };
  },
  'crm.getCustomer': (state, value) => ({
    ...state,
    customer: pickCustomer(out(value, 'crm.getCustomer').customer),
  }),
};

const orderFolds: Partial<Record<ToolName, Fold>> = {
  'orders.get': foldOrder,
  'orders.cancel': foldOrder,
  'orders.updateAddress': foldOrder,
  'orders.list': (state, value) => ({
    ...state,
    candidateOrders: out(value, 'orders.list').orders.map(
      ({ id, status, placedAt, promisedBy, items, shippingAddress }) => ({
        id,
        status,
        placedAt,
        promisedBy,
        items: items.map((item) => item.name),
        address: { ...shippingAddress },
      }),
    ),
  }),
  'shipping.track': foldTracking,
  'catalog.get': (state, value) => {
    const { id, name, variants } = out(value, 'catalog.get').product;
    return { ...state, products: [...state.products.filter((p) => p.id !== id), { id, name, variants }] };
  },
  'orders.exchange': (state, value, args) => {
    const { priceDifference, currency } = out(value, 'orders.exchange');
    const items = (args.items as { sku: string; newSku: string }[]).map(({ sku, newSku }) => ({
      sku,
      newSku,
    }));
    return { ...state, exchanged: { priceDifference, currency, items } };
  },
};

const accountFolds: Partial<Record<ToolName, Fold>> = {
  'accounts.get': (state, value) => {
    const { account, subscription } = out(value, 'accounts.get');
    return {
      ...state,
      account: {
        id: account.id,
        name: account.name,
        customerId: account.customerId,
        plan: subscription.plan,
        seats: subscription.seats,
        seatsUsed: subscription.seatsUsed,
        renewalDate: subscription.renewalDate,
      },
    };
  },
  'accounts.usage': (state, value) => ({
    ...state,
    usage: out(value, 'accounts.usage').features.map(({ feature, recent, previous, change }) => ({
      feature,
      recent,
      previous,
      change,
    })),
  }),
  'renewals.quote': (state, value) => {
    const { quote, churnRisk, talkingPoints } = out(value, 'renewals.quote');
    return {
      ...state,
      quote: {
        total: quote.total,
        subtotal: quote.subtotal,
        discounts: quote.discounts,
        churnRisk,
        talkingPoints,
      },
    };
  },
};

const otherFolds: Partial<Record<ToolName, Fold>> = {
  'payments.refund': (state, value) => {
    const { amount, currency } = out(value, 'payments.refund').refund;
    return { ...state, refunded: { amount, currency } };
  },
  'payments.issueCredit': (state, value) => {
    const { amount, currency } = out(value, 'payments.issueCredit').credit;
    return { ...state, credited: { amount, currency } };
  },
  'kb.search': (state, value) => {
    const results = out(value, 'kb.search').results;
    return { ...state, kbCitations: results.map(({ id, title, snippet }) => ({ id, title, snippet })) };
  },
};

/** What each tool's result tells the agent; a tool not listed only adds to what was done. */
const folds: Partial<Record<ToolName, Fold>> = {
  ...customerFolds,
  ...orderFolds,
  ...accountFolds,
  ...otherFolds,
};

/** A failed call: a system outage, a refusal, or (for a read) nothing learned. */
function observeFailure(
  state: AgentState,
  next: AgentState,
  tool: CatalogToolName,
  error: { code: string; message: string; system?: string | undefined },
): AgentState {
  // Outages and broken connectors count towards the tool-failure trigger (the reasoner may retry).
  if (systemFailure.has(error.code))
    return {
      ...next,
      toolFailures: state.toolFailures + 1,
      unavailableSystem: error.system ?? state.unavailableSystem,
    };
  // A change the system refused (already returned, not cancellable…) is an answer: never retried.
  // An MCP server's refusal counts too: nothing says its tool only reads.
  if (!isToolName(tool) || tools[tool].risk !== 'read') {
    return { ...next, refusals: [...state.refusals, { tool, by: 'system', reason: error.message }] };
  }
  return next;
}

/** Folds a tool's result into the agent's state: what it now knows for certain. */
export function observe(
  state: AgentState,
  tool: CatalogToolName,
  args: Record<string, unknown>,
  result: CallResult,
  actionId?: string,
): AgentState {
  const next: AgentState = {
    ...state,
    done: [
      ...state.done,
      {
        ...(actionId ? { actionId } : {}),
        tool,
        turn: state.turn,
        ok: result.ok,
        summary: summarizeResult(tool, args, result),
        ...(result.ok ? {} : { code: result.error.code }),
        ...orderOfCall(args, result),
      },
    ],
  };
  if (!result.ok) return observeFailure(state, next, tool, result.error);
  const fold = isToolName(tool) ? folds[tool] : undefined;
  return fold ? fold(next, result.value, args) : next;
}

const systemFailure = new Set(['timeout', 'unavailable', 'internal']);

const pickCustomer = (c: {
  id: string;
  name: string;
  email: string;
  tier: string;
  lifetimeValue: number;
}) => ({
  id: c.id,
  name: c.name,
  email: c.email,
  tier: c.tier,
  lifetimeValue: c.lifetimeValue,
});

/** Late: the carrier says so, or the new ETA misses the promised date or the customer's deadline. */
function isLate(shipment: { status: string; eta: string | null }, promisedBy: string | null): boolean {
  if (shipment.status === 'delayed' || shipment.status === 'exception') return true;
  if (shipment.status === 'delivered' || !shipment.eta || !promisedBy) return false;
  return shipment.eta.slice(0, 10) > promisedBy.slice(0, 10);
}

/** The order a call was about, as a typed fact: the order it returned, else its `orderId` argument. */
function orderOfCall(
  args: Record<string, unknown>,
  result: { ok: true; value: unknown } | { ok: false },
): { orderId?: string } {
  const returned = result.ok ? (result.value as { order?: { id?: unknown } } | null)?.order?.id : undefined;
  if (typeof returned === 'string') return { orderId: returned };
  return typeof args.orderId === 'string' ? { orderId: args.orderId } : {};
}

export function summarizeResult(
  tool: CatalogToolName,
  args: Record<string, unknown>,
  result: { ok: true; value: unknown } | { ok: false; error: { message: string } },
): string {
  const query = Object.values(args)
    .filter((v) => typeof v === 'string')
    .join(' ');
  if (!result.ok) return `failed for ${query}: ${result.error.message}`;
  const value = result.value as Record<string, unknown>;
  if (!isToolName(tool)) {
    const { text, omittedBytes } = value as { text: string; omittedBytes: number };
    return `answered ${text.length} characters${omittedBytes > 0 ? ` (${omittedBytes} bytes past the size cap left out)` : ''}`;
  }
  switch (tool) {
    case 'crm.findCustomer':
      return `${(value.customers as unknown[]).length} customer(s) found for ${query}`;
    case 'orders.list':
      return `${(value.orders as unknown[]).length} order(s)`;
    case 'kb.search':
      return `${(value.results as unknown[]).length} article(s)`;
    case 'shipping.track': {
      const last = (value.shipments as { status: string; eta: string | null }[]).at(-1);
      return last ? `shipment ${last.status}, ETA ${last.eta ?? 'unknown'}` : 'no shipment yet';
    }
    case 'orders.get':
    case 'orders.cancel':
    case 'orders.updateAddress': {
      const order = value.order as { id: string; status: string };
      return `order ${order.id} ${order.status}`;
    }
    case 'payments.issueCredit': {
      const credit = value.credit as { amount: number; currency: string };
      return `credit of ${credit.amount} ${credit.currency} issued`;
    }
    case 'payments.refund': {
      const refund = value.refund as { amount: number; currency: string };
      return `refund of ${refund.amount} ${refund.currency} issued`;
    }
    default:
      return 'done';
  }
}
