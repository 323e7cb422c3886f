import type { RunReport } from '../../../shared/agent';
import type { App } from '../../../electron/app';
import { one, say, scenarioApp } from '../agent/agent-fixture';

/** A small history built through the real app, with the clock moved by hand between events. */
export interface History {
  app: App;
  /** Resolved by the agent alone in two turns, 6 minutes apart. */
  automated: string;
  /** The customer asked for a person; a rep took over and wrote 5 minutes later. */
  escalated: string;
  /** A credit a rep approved with a smaller amount, 20 minutes after the first message. */
  editedApproval: string;
  /** A refund a rep rejected 5 minutes after the first message; the conversation stays open. */
  rejected: string;
  /** Resolved by the agent alone a week earlier, outside a one-day range. */
  earlier: string;
  /** Every run report, last one per conversation, to count proposed actions independently. */
  reports: RunReport[];
  setClock(iso: string): void;
}

const customerWithOrder = (app: App, status: string, offset: number) =>
  one<{ email: string; orderId: string }>(
    app,
    `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
     WHERE o.status = ? AND o.total_cents <= 100000
       AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)
       AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id)
     ORDER BY o.id LIMIT 1 OFFSET ?`,
    status,
    offset,
  );

/** A silver or bronze customer with exactly one late parcel: the credit needs a rep's approval. */
const lateSilverCustomer = (app: App) =>
  one<{ email: string }>(
    app,
    `SELECT c.email FROM sb_customers c
     JOIN sb_orders o ON o.customer_id = c.id JOIN sb_shipments s ON s.order_id = o.id
     WHERE c.tier IN ('silver', 'bronze') AND o.status = 'shipped' AND s.status = 'delayed'
       AND (SELECT COUNT(*) FROM sb_orders o2 JOIN sb_shipments s2 ON s2.order_id = o2.id
            WHERE o2.customer_id = c.id AND o2.status = 'shipped'
              AND (s2.status IN ('delayed', 'exception') OR s2.eta > o2.promised_by)) = 1
       AND (SELECT COUNT(*) FROM sb_orders o3 WHERE o3.customer_id = c.id AND o3.status = 'shipped') <= 5
     ORDER BY c.id LIMIT 1`,
  );

const pendingActionOf = (report: RunReport, tool: string): string => {
  const action = report.actions.find((a) => a.tool === tool && a.status === 'pending_approval');
  if (!action) throw new Error(`the run proposed no ${tool} for approval`);
  return action.id;
};

/** Builds the history; every step checks it went as the scenario needs, so a metric failure means the metric. */
export async function buildHistory(): Promise<History> {
  let clock = new Date('2026-11-20T09:00:00Z');
  const app = scenarioApp({ now: () => clock });
  const setClock = (iso: string) => (clock = new Date(iso));
  const expectOutcome = (report: RunReport, outcome: RunReport['outcome']) => {
    if (report.outcome !== outcome) throw new Error(`expected ${outcome}, the run ended ${report.outcome}`);
    return report;
  };
  const latest = (conversationId: string): RunReport => {
    const report = app.agent.report(conversationId);
    if (!report.ok) throw new Error(report.error.message);
    return report.value;
  };

  const old = customerWithOrder(app, 'pending', 1);
  const earlier = expectOutcome(await say(app, old.email, `Please cancel order ${old.orderId}`), 'resolved');

  setClock('2026-11-27T10:00:00Z');
  const pending = customerWithOrder(app, 'pending', 0);
  const greeting = await say(app, pending.email, 'hi');
  setClock('2026-11-27T10:06:00Z');
  expectOutcome(
    await say(app, pending.email, `Please cancel order ${pending.orderId}`, greeting.conversationId),
    'resolved',
  );

  setClock('2026-11-27T10:10:00Z');
  const person = customerWithOrder(app, 'shipped', 0);
  const escalated = expectOutcome(
    await say(app, person.email, 'I want to talk to a real person'),
    'escalated',
  );
  setClock('2026-11-27T10:15:00Z');
  app.agent.takeOver(escalated.conversationId);
  app.agent.sendRepMessage(escalated.conversationId, 'Hello, I am here now and have read everything.');

  setClock('2026-11-27T10:20:00Z');
  const late = expectOutcome(
    await say(app, lateSilverCustomer(app).email, "My order hasn't arrived yet"),
    'awaiting_approval',
  );
  setClock('2026-11-27T10:40:00Z');
  const approved = await app.agent.approve(pendingActionOf(late, 'payments.issueCredit'), { amount: 10 });
  if (!approved.ok) throw new Error(approved.error.message);

  setClock('2026-11-27T10:45:00Z');
  const delivered = customerWithOrder(app, 'delivered', 3);
  const giveBack = expectOutcome(
    await say(app, delivered.email, `I'd like to return order ${delivered.orderId}`),
    'awaiting_approval',
  );
  setClock('2026-11-27T10:50:00Z');
  const rejected = await app.agent.reject(pendingActionOf(giveBack, 'payments.refund'), 'The item was worn');
  if (!rejected.ok) throw new Error(rejected.error.message);

  const ids = [
    earlier.conversationId,
    greeting.conversationId,
    escalated.conversationId,
    late.conversationId,
    giveBack.conversationId,
  ];
  return {
    app,
    earlier: earlier.conversationId,
    automated: greeting.conversationId,
    escalated: escalated.conversationId,
    editedApproval: late.conversationId,
    rejected: giveBack.conversationId,
    reports: ids.map(latest),
    setClock,
  };
}
