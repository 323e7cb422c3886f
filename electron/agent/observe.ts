import { isToolName, tools, type CatalogToolName, type ToolName, type ToolOutput } from '../../shared/tools';
import type { AgentState } from './state';

/** Folds a tool's result into the agent's state: what it now knows for certain. */
export function observe(
  state: AgentState,
  tool: CatalogToolName,
  args: Record<string, unknown>,
  result:
    | { ok: true; value: unknown }
    | { ok: false; error: { code: string; message: string; system?: string | undefined } },
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
  if (!result.ok) {
    // Outages and broken connectors count towards the tool-failure trigger (the reasoner may retry).
    if (systemFailure.has(result.error.code))
      return {
        ...next,
        toolFailures: state.toolFailures + 1,
        unavailableSystem: result.error.system ?? state.unavailableSystem,
      };
    // A change the system refused (already returned, not cancellable…) is an answer: never retried.
    // An MCP server's refusal counts too: nothing says its tool only reads.
    if (!isToolName(tool) || tools[tool].risk !== 'read') {
      return { ...next, refusals: [...state.refusals, { tool, by: 'system', reason: result.error.message }] };
    }
    return next;
  }
  const value = result.value;
  const out = <T extends ToolName>(_tool: T) => value as ToolOutput<T>;
  switch (tool) {
    case 'crm.findCustomer': {
      const customers = out('crm.findCustomer').customers;
      const match = customers.length === 1 ? customers[0]! : undefined;
      return match
        ? { ...next, customer: pickCustomer(match), customerNotFound: false }
        : { ...next, customerNotFound: true };
    }
    case 'crm.getCustomer':
      return { ...next, customer: pickCustomer(out('crm.getCustomer').customer) };
    case 'orders.get':
    case 'orders.cancel':
    case 'orders.updateAddress': {
      const order = out('orders.get').order;
      return {
        ...next,
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
    }
    case 'orders.list': {
      const orders = out('orders.list').orders;
      return {
        ...next,
        candidateOrders: orders.map(({ id, status, placedAt, promisedBy, items, shippingAddress }) => ({
          id,
          status,
          placedAt,
          promisedBy,
          items: items.map((item) => item.name),
          address: { ...shippingAddress },
        })),
      };
    }
    case 'shipping.track': {
      const latest = out('shipping.track').shipments.at(-1);
      if (!latest)
        return typeof args.orderId === 'string'
          ? { ...next, untracked: [...new Set([...state.untracked, args.orderId])] }
          : next;
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
        ...next,
        tracked: { ...state.tracked, [orderId]: shipment },
        ...(state.order?.id === orderId ? { shipment } : {}),
      };
    }
    case 'accounts.get': {
      const { account, subscription } = out('accounts.get');
      return {
        ...next,
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
    }
    case 'accounts.usage':
      return {
        ...next,
        usage: out('accounts.usage').features.map(({ feature, recent, previous, change }) => ({
          feature,
          recent,
          previous,
          change,
        })),
      };
    case 'renewals.quote': {
      const { quote, churnRisk, talkingPoints } = out('renewals.quote');
      return {
        ...next,
        quote: {
          total: quote.total,
          subtotal: quote.subtotal,
          discounts: quote.discounts,
          churnRisk,
          talkingPoints,
        },
      };
    }
    case 'catalog.get': {
      const { id, name, variants } = out('catalog.get').product;
      return { ...next, products: [...state.products.filter((p) => p.id !== id), { id, name, variants }] };
    }
    case 'orders.exchange': {
      const { priceDifference, currency } = out('orders.exchange');
      const items = (args.items as { sku: string; newSku: string }[]).map(({ sku, newSku }) => ({
        sku,
        newSku,
      }));
      return { ...next, exchanged: { priceDifference, currency, items } };
    }
    case 'payments.refund': {
      const { amount, currency } = out('payments.refund').refund;
      return { ...next, refunded: { amount, currency } };
    }
    case 'payments.issueCredit': {
      const { amount, currency } = out('payments.issueCredit').credit;
      return { ...next, credited: { amount, currency } };
    }
    case 'kb.search': {
      const results = out('kb.search').results;
      return { ...next, kbCitations: results.map(({ id, title, snippet }) => ({ id, title, snippet })) };
    }
    default:
      return next;
  }
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
