import type { AppError } from '../../../shared/result';
import type { SandboxData } from '../format';
import { toCents } from '../../../shared/money';
import { fieldPath, issue } from '../../data-files/issues';

type Path = readonly PropertyKey[];

const label = fieldPath;

/** Finds the second use of a key and says where the first one was. */
function uniqueness(problems: AppError[]) {
  const seen = new Map<string, string>();
  return (what: string, key: string, path: Path, firstLabel: string) => {
    const scoped = `${what}\u0000${key}`;
    const first = seen.get(scoped);
    if (first === undefined) seen.set(scoped, firstLabel);
    else problems.push(issue(path, `duplicate ${what} "${key}" (first used by ${first})`));
  };
}

/** The problems found so far and the checks that add to them, over one file's records. */
interface Checker {
  problems: AppError[];
  unique: ReturnType<typeof uniqueness>;
  orders: ReadonlyMap<string, SandboxData['orders'][number]>;
  skus: ReadonlySet<string>;
  needCustomer: (id: string, path: Path) => void;
  needOrder: (id: string, path: Path) => void;
}

function checkerOf(data: SandboxData, problems: AppError[], customers: ReadonlySet<string>): Checker {
  const orders = new Map(data.orders.map((o) => [o.id, o]));
  return {
    problems,
    unique: uniqueness(problems),
    orders,
    skus: new Set(data.products.flatMap((p) => p.variants.map((v) => v.sku))),
    needCustomer: (id, path) => {
      if (!customers.has(id)) problems.push(issue(path, `unknown customer "${id}"`));
    },
    needOrder: (id, path) => {
      if (!orders.has(id)) problems.push(issue(path, `unknown order "${id}"`));
    },
  };
}

function customerRecordIssues(data: SandboxData, { unique, needCustomer }: Checker) {
  data.notes.forEach((n, i) => {
    unique('note id', n.id, ['notes', i, 'id'], label(['notes', i]));
    needCustomer(n.customerId, ['notes', i, 'customerId']);
  });
  data.interactions.forEach((n, i) => {
    unique('interaction id', n.id, ['interactions', i, 'id'], label(['interactions', i]));
    needCustomer(n.customerId, ['interactions', i, 'customerId']);
  });
}

function catalogAndOrderIssues(data: SandboxData, { problems, unique, needCustomer }: Checker) {
  data.products.forEach((p, i) => {
    unique('product id', p.id, ['products', i, 'id'], label(['products', i]));
    p.variants.forEach((v, j) =>
      unique('sku', v.sku, ['products', i, 'variants', j, 'sku'], label(['products', i, 'variants', j])),
    );
  });
  data.orders.forEach((o, i) => {
    unique('order id', o.id, ['orders', i, 'id'], label(['orders', i]));
    needCustomer(o.customerId, ['orders', i, 'customerId']);
    const { subtotal, shipping, tax, discount, total } = o.totals;
    const expected = toCents(subtotal) + toCents(shipping) + toCents(tax) - toCents(discount);
    if (toCents(total) !== expected) {
      problems.push(
        issue(
          ['orders', i, 'totals', 'total'],
          `expected subtotal + shipping + tax - discount = ${expected / 100}`,
        ),
      );
    }
  });
}

function returnIssues(data: SandboxData, { problems, unique, orders, skus }: Checker) {
  data.returns.forEach((r, i) => {
    unique('return id', r.id, ['returns', i, 'id'], label(['returns', i]));
    const order = orders.get(r.orderId);
    if (!order) return void problems.push(issue(['returns', i, 'orderId'], `unknown order "${r.orderId}"`));
    r.items.forEach((item, j) => {
      if (!order.items.some((line) => line.sku === item.sku)) {
        problems.push(
          issue(['returns', i, 'items', j, 'sku'], `order ${order.id} has no item "${item.sku}"`),
        );
      }
      if (item.newSku !== null && !skus.has(item.newSku)) {
        problems.push(issue(['returns', i, 'items', j, 'newSku'], `unknown sku "${item.newSku}"`));
      }
    });
  });
}

function shipmentAndCreditIssues(data: SandboxData, { unique, needCustomer, needOrder }: Checker) {
  data.shipments.forEach((s, i) => {
    unique('shipment id', s.id, ['shipments', i, 'id'], label(['shipments', i]));
    unique('tracking number', s.trackingNumber, ['shipments', i, 'trackingNumber'], label(['shipments', i]));
    needOrder(s.orderId, ['shipments', i, 'orderId']);
  });
  data.credits.forEach((c, i) => {
    unique('credit id', c.id, ['credits', i, 'id'], label(['credits', i]));
    unique(
      'credit idempotency key',
      c.idempotencyKey,
      ['credits', i, 'idempotencyKey'],
      label(['credits', i]),
    );
    needCustomer(c.customerId, ['credits', i, 'customerId']);
    if (c.orderId !== null) needOrder(c.orderId, ['credits', i, 'orderId']);
  });
}

function refundIssues(data: SandboxData, { problems, unique, orders }: Checker) {
  data.refunds.forEach((r, i) => {
    unique('refund id', r.id, ['refunds', i, 'id'], label(['refunds', i]));
    unique(
      'refund idempotency key',
      r.idempotencyKey,
      ['refunds', i, 'idempotencyKey'],
      label(['refunds', i]),
    );
    const order = orders.get(r.orderId);
    if (!order) return void problems.push(issue(['refunds', i, 'orderId'], `unknown order "${r.orderId}"`));
    if (r.customerId !== order.customerId) {
      problems.push(
        issue(
          ['refunds', i, 'customerId'],
          `expected "${order.customerId}", the customer of order ${order.id}`,
        ),
      );
    }
    if (r.currency !== order.currency) {
      problems.push(
        issue(['refunds', i, 'currency'], `expected ${order.currency}, the currency of order ${order.id}`),
      );
    }
  });
}

function ticketAndMessageIssues(data: SandboxData, { unique, needCustomer, needOrder }: Checker) {
  data.tickets.forEach((t, i) => {
    unique('ticket id', t.id, ['tickets', i, 'id'], label(['tickets', i]));
    if (t.customerId !== null) needCustomer(t.customerId, ['tickets', i, 'customerId']);
    if (t.orderId !== null) needOrder(t.orderId, ['tickets', i, 'orderId']);
    t.comments.forEach((c, j) =>
      unique('comment id', c.id, ['tickets', i, 'comments', j, 'id'], label(['tickets', i, 'comments', j])),
    );
  });
  data.kbArticles.forEach((a, i) =>
    unique('article id', a.id, ['kbArticles', i, 'id'], label(['kbArticles', i])),
  );
  data.outbox.forEach((e, i) => {
    unique('email id', e.id, ['outbox', i, 'id'], label(['outbox', i]));
    if (e.relatedOrderId !== null) needOrder(e.relatedOrderId, ['outbox', i, 'relatedOrderId']);
    if (e.customerId !== null) needCustomer(e.customerId, ['outbox', i, 'customerId']);
  });
  data.calendar.forEach((e, i) => {
    unique('event id', e.id, ['calendar', i, 'id'], label(['calendar', i]));
    needCustomer(e.customerId, ['calendar', i, 'customerId']);
  });
}

/**
 * What a schema cannot see: ids unique within the file, references pointing at records that exist in
 * it, and totals that add up. Each problem names the record and field, in the order of the lists.
 */
export function referenceIssues(data: SandboxData): AppError[] {
  const problems: AppError[] = [];
  const customers = new Set(data.customers.map((c) => c.id));
  const checker = checkerOf(data, problems, customers);
  data.customers.forEach((c, i) =>
    checker.unique('customer id', c.id, ['customers', i, 'id'], label(['customers', i])),
  );
  customerRecordIssues(data, checker);
  catalogAndOrderIssues(data, checker);
  returnIssues(data, checker);
  shipmentAndCreditIssues(data, checker);
  refundIssues(data, checker);
  ticketAndMessageIssues(data, checker);
  problems.push(...saasIssues(data, customers));
  return problems;
}

/** The SaaS lists: accounts of known customers, one subscription per account, one usage count per week. */
function saasIssues(data: SandboxData, customers: ReadonlySet<string>): AppError[] {
  const problems: AppError[] = [];
  const unique = uniqueness(problems);
  const accounts = new Set(data.accounts.map((a) => a.id));
  const needAccount = (id: string, path: Path) => {
    if (!accounts.has(id)) problems.push(issue(path, `unknown account "${id}"`));
  };

  data.accounts.forEach((a, i) => {
    unique('account id', a.id, ['accounts', i, 'id'], label(['accounts', i]));
    if (!customers.has(a.customerId))
      problems.push(issue(['accounts', i, 'customerId'], `unknown customer "${a.customerId}"`));
  });
  data.subscriptions.forEach((s, i) => {
    unique(
      'subscription of account',
      s.accountId,
      ['subscriptions', i, 'accountId'],
      label(['subscriptions', i]),
    );
    needAccount(s.accountId, ['subscriptions', i, 'accountId']);
    if (s.seatsUsed > s.seats)
      problems.push(issue(['subscriptions', i, 'seatsUsed'], `expected at most seats (${s.seats})`));
  });
  data.usage.forEach((u, i) => {
    const week = `${u.feature} of ${u.accountId} on ${u.date}`;
    unique('usage count for', week, ['usage', i, 'date'], label(['usage', i]));
    needAccount(u.accountId, ['usage', i, 'accountId']);
  });
  data.touchpoints.forEach((t, i) => needAccount(t.accountId, ['touchpoints', i, 'accountId']));
  return problems;
}
