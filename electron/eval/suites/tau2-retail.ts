import { z } from 'zod';
import type { RunReport } from '../../../shared/agent';
import { ok, type Result } from '../../../shared/result';
import { fromTau2Retail } from '../../sandbox/data/tau2-retail';
import { readDatasetJson } from '../datasets';
import type { App } from '../../app';
import type { SandboxData } from '../../sandbox/format';
import { freshEvalApp } from '../eval-app';
import type { SuiteResult } from './suite-result';
import { answerTo, identityOf, openingMessage, orderIdsIn } from './tau2-scripted-customer';

const Task = z.object({
  id: z.string(),
  user_scenario: z.object({
    instructions: z.object({ reason_for_call: z.string(), known_info: z.string().nullable().optional() }),
  }),
  evaluation_criteria: z
    .object({
      actions: z
        .array(z.object({ name: z.string(), arguments: z.record(z.string(), z.unknown()) }))
        .nullable()
        .optional(),
    })
    .nullable(),
});
type Task = z.infer<typeof Task>;

/**
 * τ²-bench retail tools and ours, where they correspond; the order id is the key argument. The
 * replayed chat is signed in as the task's user (identity comes from the channel, never from what a
 * customer writes), so finding the user is loading the signed-in customer.
 */
export const tau2ToolMap: Record<string, string> = {
  find_user_id_by_email: 'crm.getCustomer',
  find_user_id_by_name_zip: 'crm.getCustomer',
  get_user_details: 'crm.getCustomer',
  get_order_details: 'orders.get',
  get_product_details: 'catalog.get',
  cancel_pending_order: 'orders.cancel',
  modify_pending_order_address: 'orders.updateAddress',
  return_delivered_order_items: 'orders.return',
  exchange_delivered_order_items: 'orders.exchange',
};
const writes = new Set(['orders.cancel', 'orders.updateAddress', 'orders.return', 'orders.exchange']);
const asOf = new Date('2026-11-27T12:00:00Z');
const maxTurns = 4;

interface ExpectedCall {
  tool: string;
  orderId: string | null;
  /**
   * For a change, what it changes, so a call on the right order with the wrong items or address does not
   * count: the items returned, the item pairs exchanged, or the new street and zip code. Null for the rest.
   */
  change: string | null;
}

const sortedKey = (parts: readonly string[]) => [...parts].sort().join(',');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const addressKey = (line1: unknown, zip: unknown) =>
  `${String(line1 ?? '')
    .trim()
    .toLowerCase()}|${String(zip ?? '').trim()}`;

/** The change a τ² write asks for, in the form `changeOf` gives our call's. */
function expectedChange(name: string, args: Record<string, unknown>): string | null {
  if (name === 'return_delivered_order_items') return sortedKey(strings(args.item_ids));
  if (name === 'exchange_delivered_order_items') {
    const fresh = strings(args.new_item_ids);
    return sortedKey(strings(args.item_ids).map((item, i) => `${item}>${fresh[i] ?? ''}`));
  }
  if (name === 'modify_pending_order_address') return addressKey(args.address1, args.zip);
  return null;
}

type Item = { sku?: string; newSku?: string; qty?: number };
const perUnit = (items: unknown) =>
  (Array.isArray(items) ? (items as Item[]) : []).flatMap((item) =>
    Array.from({ length: item.qty ?? 1 }, () => item),
  );

/** What one of our calls changes, in the form of `expectedChange`. */
export function changeOf(tool: string, args: Record<string, unknown>): string | null {
  if (tool === 'orders.return') return sortedKey(perUnit(args.items).map((item) => item.sku ?? ''));
  if (tool === 'orders.exchange') {
    return sortedKey(perUnit(args.items).map((item) => `${item.sku ?? ''}>${item.newSku ?? ''}`));
  }
  if (tool === 'orders.updateAddress') {
    const address = (args.address ?? {}) as { line1?: unknown; zip?: unknown };
    return addressKey(address.line1, address.zip);
  }
  return null;
}

/** What the task expects of our tools (unmapped τ² tools are counted apart). */
export function expectedCalls(task: Task): { calls: ExpectedCall[]; unmapped: string[]; escalate: boolean } {
  const actions = task.evaluation_criteria?.actions ?? [];
  const calls = actions
    .filter((a) => tau2ToolMap[a.name])
    .map((a) => ({
      tool: tau2ToolMap[a.name]!,
      orderId: typeof a.arguments.order_id === 'string' ? a.arguments.order_id : null,
      change: expectedChange(a.name, a.arguments),
    }));
  const unmapped = actions
    .map((a) => a.name)
    .filter((name) => !tau2ToolMap[name] && name !== 'transfer_to_human_agents');
  return { calls, unmapped, escalate: actions.some((a) => a.name === 'transfer_to_human_agents') };
}

/** Which expected calls the agent made: the same tool, on the same order, with the same change. */
export function recalled(expected: ExpectedCall[], actions: RunReport['actions']): boolean[] {
  return expected.map((call) =>
    actions.some(
      (a) =>
        a.tool === call.tool &&
        (call.orderId === null || (a.args as { orderId?: string }).orderId === call.orderId) &&
        (call.change === null || changeOf(a.tool, (a.args ?? {}) as Record<string, unknown>) === call.change),
    ),
  );
}

/**
 * The email the task's user signs in with: the one of the emails they know that is on file, or the
 * email of the one customer with their name (or user id) and zip code.
 */
function signedInAs(
  knownInfo: string,
  identity: ReturnType<typeof identityOf>,
  customers: readonly { id: string; name: string; email: string; address: { zip: string } | null }[],
): string | null {
  const onFile = new Set(customers.map((c) => c.email.toLowerCase()));
  const known = (knownInfo.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).find((e) =>
    onFile.has(e.toLowerCase()),
  );
  if (known) return known;
  const named = customers.filter(
    (c) =>
      (c.name.toLowerCase() === identity.name?.toLowerCase() || c.id === identity.name) &&
      (identity.zip === null || c.address?.zip === identity.zip),
  );
  return named.length === 1 ? named[0]!.email : identity.email;
}

/** The imported τ² database and the tasks of the test split. */
function loadTau2(): Result<{ data: SandboxData; tasks: Task[] }> {
  const db = readDatasetJson('tau2-bench/retail/db.json');
  if (!db.ok) return db;
  const data = fromTau2Retail(db.value, asOf);
  if (!data.ok) return data;
  const tasksJson = readDatasetJson('tau2-bench/retail/tasks.json');
  if (!tasksJson.ok) return tasksJson;
  const split = readDatasetJson('tau2-bench/retail/split_tasks.json');
  if (!split.ok) return split;
  const testIds = new Set((split.value as { test?: string[] }).test ?? []);
  const tasks = z
    .array(Task)
    .parse(tasksJson.value)
    .filter((t) => testIds.has(t.id));
  return ok({ data: data.value, tasks });
}

/** One task's chat: the opening message, then the scripted customer's answers while the agent asks. */
async function replayTask(app: App, task: Task, customers: SandboxData['customers']): Promise<RunReport> {
  const { reason_for_call: reason, known_info: knownInfo } = task.user_scenario.instructions;
  const identity = identityOf(knownInfo ?? '');
  const orderIds = orderIdsIn(reason);
  const customer = signedInAs(knownInfo ?? '', identity, customers) ?? 'unknown customer';
  let text = openingMessage(reason);
  let report: RunReport | undefined;
  for (let turn = 0; turn < maxTurns && text; turn++) {
    const posted = app.conversations.postCustomerMessage({
      customer,
      text,
      conversationId: report?.conversationId,
    });
    if (!posted.ok) throw new Error(posted.error.message);
    report = await app.agent.handleCustomerMessage(posted.value.conversation.id, posted.value.message);
    text =
      report.outcome === 'clarifying' && report.reply
        ? (answerTo(report.reply, identity, orderIds) ?? '')
        : '';
  }
  return report!;
}

interface Tally {
  expected: number;
  recalled: number;
  writeTasks: number;
  writeMatches: number;
  escalationTasks: number;
  escalationMatches: number;
  unmapped: Set<string>;
  failures: unknown[];
}

/** Counts what the agent did of what the task expects; a task it fell short on is a failure. */
function score(tally: Tally, task: Task, report: RunReport): void {
  const expected = expectedCalls(task);
  expected.unmapped.forEach((name) => tally.unmapped.add(name));
  // The last report holds every action of the conversation.
  const made = report.actions.filter((a) => a.status === 'executed' || a.status === 'pending_approval');
  const hits = recalled(expected.calls, made);
  tally.expected += hits.length;
  tally.recalled += hits.filter(Boolean).length;
  const expectedWrites = expected.calls.filter((c) => writes.has(c.tool));
  let writeOk = true;
  if (expectedWrites.length > 0) {
    tally.writeTasks++;
    writeOk = recalled(expectedWrites, made).every(Boolean);
    if (writeOk) tally.writeMatches++;
  }
  const escalated = report.outcome === 'escalated';
  if (expected.escalate) {
    tally.escalationTasks++;
    if (escalated) tally.escalationMatches++;
  }
  if (hits.includes(false) || !writeOk || (expected.escalate && !escalated)) {
    tally.failures.push({
      task: task.id,
      said: openingMessage(task.user_scenario.instructions.reason_for_call),
      expected: expected.calls,
      made: made.map((a) => `${a.tool}:${a.status}`),
      outcome: report.outcome,
      reply: report.reply,
    });
  }
}

function suiteResult(taskCount: number, tally: Tally): SuiteResult {
  const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);
  const metrics = {
    tasks: taskCount,
    actionRecall: rate(tally.recalled, tally.expected),
    writeMatch: rate(tally.writeMatches, tally.writeTasks),
    escalationRecall: rate(tally.escalationMatches, tally.escalationTasks),
    unmappedTools: [...tally.unmapped].sort(),
  };
  const note = 'scripted customer, not comparable to pass^k';
  const pct = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
  return {
    json: { suite: 'tau2-retail', note, metrics, failures: tally.failures },
    table: [
      ['metric', 'value'],
      ['tasks (test split)', String(taskCount)],
      ['actionRecall (expected calls made)', pct(metrics.actionRecall)],
      [
        'writeMatch (tasks whose expected writes were made)',
        `${pct(metrics.writeMatch)} of ${tally.writeTasks}`,
      ],
      [
        'escalationRecall (transfer_to_human_agents)',
        `${pct(metrics.escalationRecall)} of ${tally.escalationTasks}`,
      ],
      ['note', note],
    ],
  };
}

/**
 * The τ²-bench retail test tasks replayed with a scripted customer on the imported τ² database:
 * which expected tool calls the offline agent makes, and whether its changes match the expected
 * writes. Scripted customer, not comparable to the benchmark's pass^k with an LLM playing the customer.
 */
export async function runTau2Retail(): Promise<Result<SuiteResult>> {
  const loaded = loadTau2();
  if (!loaded.ok) return loaded;
  const { data, tasks } = loaded.value;
  const tally: Tally = {
    expected: 0,
    recalled: 0,
    writeTasks: 0,
    writeMatches: 0,
    escalationTasks: 0,
    escalationMatches: 0,
    unmapped: new Set(),
    failures: [],
  };
  for (const task of tasks) {
    const app = freshEvalApp({ asOf, data });
    try {
      score(tally, task, await replayTask(app, task, data.customers));
    } finally {
      await app.close();
    }
  }
  return ok(suiteResult(tasks.length, tally));
}
