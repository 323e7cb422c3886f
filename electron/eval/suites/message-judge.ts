import type { ActionStatus, RunReport } from '../../../shared/agent';
import { isToolName, tools } from '../../../shared/tools';
import { normalizeOrderId, type Expectation } from './message-cases';

/** Writes that only keep records or tell the customer something: never counted as a mistake. */
export const recordKeeping: ReadonlySet<string> = new Set([
  'crm.logInteraction',
  'tickets.create',
  'tickets.comment',
  'tickets.update',
  'email.send',
]);
/** Tools that cannot name an order: an expected order does not apply to them. */
const orderless = new Set([
  'crm.logInteraction',
  'tickets.create',
  'tickets.comment',
  'tickets.update',
  'calendar.schedule',
]);
/** Statuses of a write the agent proposed, whatever became of it. */
const proposedStatuses = [
  'executed',
  'pending_approval',
  'denied',
  'failed',
] as const satisfies readonly ActionStatus[];

/** What one played case left behind: the last run's report, every action of the conversation, the reply. */
export interface Observation {
  report: RunReport;
  /** The agent's messages after the customer's last one (the satisfaction question left out). */
  reply: string;
}

type ReportAction = RunReport['actions'][number];
const argsOf = (a: ReportAction) => (a.args ?? {}) as Record<string, unknown>;
export const isWrite = (a: ReportAction) => isToolName(a.tool) && tools[a.tool].risk !== 'read';

function sameValue(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected))
    return Array.isArray(actual) && expected.every((e) => actual.some((a) => sameValue(e, a)));
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(expected).every(([key, value]) => sameValue(value, record[key]));
  }
  if (typeof expected === 'string')
    return typeof actual === 'string' && normalizeOrderId(actual) === normalizeOrderId(expected);
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) < 0.005;
  return expected === actual;
}

const onOrder = (a: ReportAction, orderId: string | undefined) => {
  if (orderId === undefined) return true;
  const named = argsOf(a).orderId;
  return named === undefined ? orderless.has(a.tool) : normalizeOrderId(named) === normalizeOrderId(orderId);
};
const skusOf = (a: ReportAction) => {
  const items = argsOf(a).items;
  return Array.isArray(items)
    ? items.map((i) => String((i as Record<string, unknown>)?.sku ?? '')).sort()
    : [];
};
type Spec = {
  tool: string[];
  orderId?: string | undefined;
  items?: string[];
  args?: Record<string, unknown>;
};
const fits = (a: ReportAction, spec: Spec) =>
  spec.tool.includes(a.tool) &&
  onOrder(a, spec.orderId) &&
  (spec.items === undefined || skusOf(a).join(',') === [...spec.items].sort().join(',')) &&
  (spec.args === undefined || sameValue(spec.args, argsOf(a)));

const describeSpec = (spec: Spec) =>
  `${spec.tool.join(' or ')}${spec.orderId ? ` on ${spec.orderId}` : ''}${spec.items ? ` [${spec.items.join(', ')}]` : ''}${spec.args ? ` ${JSON.stringify(spec.args)}` : ''}`;
export const describeAction = (a: ReportAction): string => {
  const args = argsOf(a);
  const skus = skusOf(a);
  return `${a.tool}${args.orderId ? ` on ${String(args.orderId)}` : ''}${skus.length ? ` [${skus.join(', ')}]` : ''} (${a.status})`;
};

/** How one case went: whether it passed, what differed, and the writes it did not expect. */
export interface Verdict {
  passed: boolean;
  differences: string[];
  /** Writes the agent proposed (executed, waiting for approval, or refused by policy) that the case did not expect. */
  unexpected: ReportAction[];
}

/** Judges what the agent did against what the case expects. */
export function judge(expect: Expectation, seen: Observation): Verdict {
  const { report, reply } = seen;
  const differences: string[] = [];
  if (!expect.outcome.includes(report.outcome))
    differences.push(`outcome ${report.outcome}, expected ${expect.outcome.join(' or ')}`);
  if (expect.escalation && report.outcome === 'escalated') {
    const reasons = report.escalation?.reasons ?? [];
    if (!reasons.some((r) => expect.escalation!.includes(r)))
      differences.push(
        `escalated for ${reasons.join(', ') || 'no reason'}, expected ${expect.escalation.join(' or ')}`,
      );
  }
  const matches = (pattern: string) => new RegExp(pattern, 'iu').test(reply);
  for (const spec of expect.writes) {
    const statuses: readonly string[] = spec.status ?? ['executed', 'pending_approval'];
    const found = report.actions.some((a) => statuses.includes(a.status) && fits(a, spec));
    if (!found && !(spec.orReply && matches(spec.orReply)))
      differences.push(
        `missing write ${describeSpec(spec)} (${statuses.join(' or ')})${spec.orReply ? ` or a reply matching /${spec.orReply}/` : ''}`,
      );
  }
  for (const spec of expect.reads) {
    if (!report.actions.some((a) => a.status === 'executed' && fits(a, spec)))
      differences.push(`missing read ${describeSpec(spec)}`);
  }
  const unexpected = report.actions.filter(
    (a) =>
      isWrite(a) &&
      !recordKeeping.has(a.tool) &&
      (proposedStatuses as readonly string[]).includes(a.status) &&
      !expect.writes.some((spec) => fits(a, spec)) &&
      !expect.noWritesExcept.some((spec) => fits(a, spec)),
  );
  for (const a of unexpected) differences.push(`unexpected write ${describeAction(a)}`);
  for (const pattern of expect.replyHas) if (!matches(pattern)) differences.push(`reply lacks /${pattern}/`);
  for (const pattern of expect.replyLacks) if (matches(pattern)) differences.push(`reply has /${pattern}/`);
  return { passed: differences.length === 0, differences, unexpected };
}
