import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { EscalationReason, Outcome, type ActionStatus, type RunReport } from '../../../shared/agent';
import { fail, ok, type Result } from '../../../shared/result';
import { isToolName, tools } from '../../../shared/tools';
import { formatProblems, parseYaml } from '../../data-files/parse-yaml';
import { csatQuestion } from '../../outcomes/csat-question';
import { parseSandboxFile } from '../../sandbox/data/parse-file';
import type { SandboxData } from '../../sandbox/format';
import { freshEvalApp } from '../eval-app';
import type { SuiteResult } from './suite-result';

/**
 * The customer-messages suite: several hundred messages a customer might write, each played on a fresh
 * app holding a small hand-written sandbox, and judged on whether the agent did what was asked and
 * nothing else: the outcome, the escalation reason, the writes it proposed (on which order and items),
 * the reads, and what its reply says. The messages and expectations live in
 * `data/customer-messages.yaml`; the sandbox in `data/customer-messages-fixture.json`.
 */

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
const writeStatuses = [
  'executed',
  'pending_approval',
  'rejected',
  'denied',
  'failed',
] as const satisfies readonly ActionStatus[];
/** Escalation reasons a case may expect: the agent's, and `language` (a customer writing in another language). */
const knownReasons = new Set<string>([...EscalationReason.options, 'language']);

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
const MessagesFile = z.strictObject({
  asOf: z.iso.datetime({ offset: true }),
  customers: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.email()),
  cases: z.array(Hand).min(1),
  templates: z.array(Template).default([]),
});
type MessagesFile = z.output<typeof MessagesFile>;

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

export interface MessageSuite {
  asOf: Date;
  sandbox: SandboxData;
  cases: MessageCase[];
}

const here = (name: string) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));
export const shippedMessagesFile = here('customer-messages.yaml');
export const shippedFixtureFile = here('customer-messages-fixture.json');

const placeholder = /\{([A-Za-z]\w*)\}/g;
const fill = (text: string, values: Readonly<Record<string, string>>) =>
  text.replace(placeholder, (whole, name: string) => values[name] ?? whole);
/** A copy of a value with every string's placeholders filled. */
function fillDeep<T>(value: T, values: Readonly<Record<string, string>>): T {
  if (typeof value === 'string') return fill(value, values) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => fillDeep(v, values)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, values)])) as T;
  return value;
}
const placeholdersIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [...value.matchAll(placeholder)].map((m) => m[1]!)
    : Array.isArray(value)
      ? value.flatMap(placeholdersIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(placeholdersIn)
        : [];

export const normalizeOrderId = (id: unknown): string => String(id).trim().replace(/^#/, '').toUpperCase();

/** Every case of the file, templates expanded: pattern by pattern, row by row. */
function expand(file: MessagesFile): (MessageCase & { path: (string | number)[] })[] {
  const email = (ref: string) => file.customers[ref] ?? ref;
  const hand = file.cases.map((c, i) => ({
    id: c.id,
    class: c.class,
    customer: email(c.customer),
    turns: c.turns ?? [c.text!],
    expect: c.expect,
    source: 'hand' as const,
    splitKey: c.id,
    path: ['cases', i],
  }));
  const templated = file.templates.flatMap((t, i) =>
    t.patterns.flatMap((pattern, p) =>
      t.rows.map((row, r) => ({
        id: `${t.id}-p${p + 1}r${r + 1}`,
        class: t.class,
        customer: email(fill(row.customer ?? t.customer ?? '', row)),
        turns: [fill(pattern, row)],
        expect: fillDeep(t.expect, row),
        source: 'template' as const,
        splitKey: `${t.id}:${pattern}`,
        path: ['templates', i, 'rows', r],
      })),
    ),
  );
  return [...hand, ...templated];
}

/** What a case may name, from the sandbox: customers by email, and each order's customer and skus. */
interface SandboxFacts {
  customers: Map<string, string>;
  orders: Map<string, { customerId: string; skus: Set<string> }>;
}
const factsOf = (data: SandboxData): SandboxFacts => ({
  customers: new Map(data.customers.map((c) => [c.email.toLowerCase(), c.id])),
  orders: new Map(
    data.orders.map((o) => [
      normalizeOrderId(o.id),
      { customerId: o.customerId, skus: new Set(o.items.map((i) => i.sku)) },
    ]),
  ),
});

const compiles = (source: string) => {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
};

/** The checks a schema cannot make alone: ids, placeholders, regular expressions and sandbox references. */
function checkFile(file: MessagesFile, facts: SandboxFacts, ctx: z.RefinementCtx): void {
  const problem = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  for (const [alias, email] of Object.entries(file.customers)) {
    if (!facts.customers.has(email.toLowerCase()))
      problem(['customers', alias], `no customer with email ${email} in the sandbox`);
  }
  file.templates.forEach((t, i) => {
    const used = new Set([...placeholdersIn(t.patterns), ...placeholdersIn(t.expect)]);
    t.rows.forEach((row, r) => {
      const missing = [...used].filter((name) => row[name] === undefined);
      if (missing.length > 0)
        problem(['templates', i, 'rows', r], `no value for ${missing.map((m) => `{${m}}`).join(', ')}`);
      if (t.customer === undefined && row.customer === undefined)
        problem(['templates', i, 'rows', r], 'no customer (give one in the template or the row)');
    });
  });
  const seen = new Set<string>();
  for (const c of expand(file)) {
    // A templated case is placed at its row (its expectations are the template's), and named.
    const at = (...rest: (string | number)[]) => (c.source === 'template' ? c.path : [...c.path, ...rest]);
    const caseProblem = (path: (string | number)[], message: string) =>
      ctx.addIssue({
        code: 'custom',
        path,
        message: c.source === 'template' ? `${c.id}: ${message}` : message,
      });
    if (seen.has(c.id)) caseProblem(at('id'), `duplicate id ${c.id}`);
    seen.add(c.id);
    const customerId = facts.customers.get(c.customer.toLowerCase());
    if (!customerId)
      caseProblem(at('customer'), `unknown customer ${c.customer} (an alias or a sandbox email)`);
    const { expect } = c;
    if (expect.escalation && !expect.outcome.includes('escalated'))
      caseProblem(at('expect', 'escalation'), 'escalation reasons need "escalated" among the outcomes');
    (expect.escalation ?? []).forEach((reason, k) => {
      if (!knownReasons.has(reason))
        caseProblem(at('expect', 'escalation', k), `unknown escalation reason ${reason}`);
    });
    const patterns = [
      ...expect.replyHas.map((p, k) => [p, at('expect', 'replyHas', k)] as const),
      ...expect.replyLacks.map((p, k) => [p, at('expect', 'replyLacks', k)] as const),
      ...expect.writes.flatMap((w, k) =>
        w.orReply ? [[w.orReply, at('expect', 'writes', k, 'orReply')] as const] : [],
      ),
    ];
    for (const [source, path] of patterns) {
      if (!compiles(source)) caseProblem(path, `not a valid regular expression: ${source}`);
    }
    const specs: [{ orderId?: string | undefined; items?: string[] }, (string | number)[]][] = [
      ...expect.writes.map((s, k) => [s, ['expect', 'writes', k]] as [typeof s, (string | number)[]]),
      ...expect.reads.map((s, k) => [s, ['expect', 'reads', k]] as [typeof s, (string | number)[]]),
      ...expect.noWritesExcept.map(
        (s, k) => [s, ['expect', 'noWritesExcept', k]] as [typeof s, (string | number)[]],
      ),
    ];
    for (const [spec, where] of specs) {
      if (spec.orderId === undefined) continue;
      const order = facts.orders.get(normalizeOrderId(spec.orderId));
      if (!order) caseProblem(at(...where, 'orderId'), `no order ${spec.orderId} in the sandbox`);
      else if (customerId && order.customerId !== customerId)
        caseProblem(at(...where, 'orderId'), `order ${spec.orderId} is not ${c.customer}'s`);
      (spec.items ?? []).forEach((sku, k) => {
        if (order && !order.skus.has(sku))
          caseProblem(at(...where, 'items', k), `order ${spec.orderId} has no ${sku}`);
      });
    }
  }
}

function readSandbox(file: string): Result<SandboxData> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    return fail('bad_request', `${file}: cannot read (${(error as Error).message})`);
  }
  const checked = parseSandboxFile(json);
  return checked.ok ? ok(checked.value) : fail('bad_request', `${file}: ${checked.error.message}`);
}

/** Loads and checks the messages file against its sandbox; every problem names the file and line. */
export function loadMessageSuite(
  file: string = shippedMessagesFile,
  fixture: string = shippedFixtureFile,
): Result<MessageSuite> {
  const sandbox = readSandbox(fixture);
  if (!sandbox.ok) return sandbox;
  const facts = factsOf(sandbox.value);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return fail('not_found', `${file}: cannot read (${(error as Error).message})`);
  }
  const parsed = parseYaml(
    text,
    MessagesFile.superRefine((f, ctx) => checkFile(f, facts, ctx)),
  );
  if (!parsed.ok)
    return fail('bad_request', `invalid messages file:\n${formatProblems(file, parsed.problems)}`);
  return ok({
    asOf: new Date(parsed.value.asOf),
    sandbox: sandbox.value,
    cases: expand(parsed.value).map(({ path: _path, ...c }) => c),
  });
}

/** Cases split once by a hash of their phrasing (a template's pattern stays in one half): tune on `dev`. */
export const splitOfMessage = (c: Pick<MessageCase, 'splitKey'>): 'dev' | 'test' =>
  createHash('sha256').update(`messages:${c.splitKey}`).digest()[0]! % 2 === 0 ? 'dev' : 'test';

/** What one played case left behind: the last run's report, every action of the conversation, the reply. */
export interface Observation {
  report: RunReport;
  /** The agent's messages after the customer's last one (the satisfaction question left out). */
  reply: string;
}

type ReportAction = RunReport['actions'][number];
const argsOf = (a: ReportAction) => (a.args ?? {}) as Record<string, unknown>;
const isWrite = (a: ReportAction) => isToolName(a.tool) && tools[a.tool].risk !== 'read';

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

/** Plays one case on a fresh app holding the suite's sandbox, so no case sees what another changed. */
export async function playCase(suite: MessageSuite, c: MessageCase): Promise<Observation> {
  const app = freshEvalApp({ asOf: suite.asOf, data: suite.sandbox });
  try {
    let conversationId: string | undefined;
    let report: RunReport | undefined;
    for (const text of c.turns) {
      const posted = app.conversations.postCustomerMessage({ customer: c.customer, text, conversationId });
      if (!posted.ok) throw new Error(posted.error.message);
      conversationId = posted.value.conversation.id;
      report = await app.agent.handleCustomerMessage(conversationId, posted.value.message);
    }
    const transcript = app.conversations.get(conversationId!);
    const messages = transcript.ok ? transcript.value.messages : [];
    const lastCustomer = messages.findLastIndex((m) => m.role === 'customer');
    const reply = messages
      .slice(lastCustomer + 1)
      .filter((m) => m.role === 'agent' && m.text !== csatQuestion())
      .map((m) => m.text)
      .join('\n');
    return { report: report!, reply };
  } finally {
    await app.close();
  }
}

export interface MessagesOptions {
  split?: Split;
  /** Only these case ids (the tests run a slice). */
  ids?: readonly string[];
  /** Another messages file or sandbox (the tests use broken ones). */
  file?: string;
  fixture?: string;
  onProgress?: (done: number, total: number) => void;
}

interface Tally {
  cases: number;
  passed: number;
  passRate: number;
  destructiveMistakes: number;
}
const rate = (passed: number, cases: number) => Math.round((passed / Math.max(1, cases)) * 1000) / 1000;
function tally(runs: readonly { verdict: Verdict }[]): Tally {
  const passed = runs.filter((r) => r.verdict.passed).length;
  return {
    cases: runs.length,
    passed,
    passRate: rate(passed, runs.length),
    destructiveMistakes: runs.filter((r) => r.verdict.unexpected.length > 0).length,
  };
}
const byClass = (runs: readonly { c: MessageCase; verdict: Verdict }[]) =>
  Object.fromEntries(messageClasses.map((k) => [k, tally(runs.filter((r) => r.c.class === k))]));

/** A failure as the report lists it: a test-split case shows its id and class only, never its text. */
export function failureOf(c: MessageCase, verdict: Verdict, seen: Observation): Record<string, unknown> {
  const split = splitOfMessage(c);
  if (split === 'test') return { id: c.id, class: c.class, split };
  return {
    id: c.id,
    class: c.class,
    split,
    customer: c.customer,
    turns: c.turns,
    differences: verdict.differences,
    agent: {
      intent: seen.report.intent,
      outcome: seen.report.outcome,
      escalation: seen.report.escalation?.reasons ?? [],
      writes: seen.report.actions.filter(isWrite).map(describeAction),
      reply: seen.reply.slice(0, 400),
    },
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const row = (label: string, t: Tally) => [
  label,
  String(t.cases),
  String(t.passed),
  percent(t.passRate),
  String(t.destructiveMistakes),
];

/**
 * Plays the chosen half of the cases, each on a fresh app and sandbox, and reports pass rates overall,
 * per class and per split, destructive mistakes (a write proposed that the case did not expect: the
 * wrong tool, order or items), and the failures.
 */
export async function runMessages(options: MessagesOptions = {}): Promise<Result<SuiteResult>> {
  const split = options.split ?? 'test';
  const suite = loadMessageSuite(options.file, options.fixture);
  if (!suite.ok) return suite;
  const chosen = suite.value.cases.filter(
    (c) =>
      (split === 'all' || splitOfMessage(c) === split) &&
      (options.ids === undefined || options.ids.includes(c.id)),
  );
  const started = Date.now();
  const runs: { c: MessageCase; verdict: Verdict; seen: Observation }[] = [];
  for (const [index, c] of chosen.entries()) {
    const seen = await playCase(suite.value, c);
    runs.push({ c, verdict: judge(c.expect, seen), seen });
    options.onProgress?.(index + 1, chosen.length);
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const overall = tally(runs);
  const halves = (['dev', 'test'] as const).map(
    (half) => [half, runs.filter((r) => splitOfMessage(r.c) === half)] as const,
  );
  const unexpected = runs.flatMap((r) => r.verdict.unexpected);
  const metrics = {
    split,
    ...overall,
    destructiveWrites: {
      executed: unexpected.filter((a) => a.status === 'executed').length,
      pendingApproval: unexpected.filter((a) => a.status === 'pending_approval').length,
      deniedByPolicy: unexpected.filter((a) => a.status === 'denied').length,
      failed: unexpected.filter((a) => a.status === 'failed').length,
    },
    byClass: byClass(runs),
    bySplit: Object.fromEntries(
      halves
        .filter(([, rs]) => rs.length > 0)
        .map(([half, rs]) => [half, { ...tally(rs), byClass: byClass(rs) }]),
    ),
    seconds,
  };
  const failures = runs.filter((r) => !r.verdict.passed).map((r) => failureOf(r.c, r.verdict, r.seen));
  const note =
    `Customer messages, ${split} split: ${chosen.length} cases on a hand-written sandbox, each on a fresh app ` +
    `(offline reasoner, default policy), ${seconds}s. Destructive: cases with a write nobody asked for ` +
    `(wrong tool, order or items). ${failures.length} failures, listed with --json` +
    (split === 'dev' ? '.' : ' (test-split failures by id and class only).');
  return ok({
    json: { suite: 'messages', note, metrics, failures },
    table: [
      ['class', 'cases', 'passed', 'pass rate', 'destructive'],
      ...messageClasses.map((k) => row(k, metrics.byClass[k]!)),
      row('all', overall),
      ...(split === 'all' ? halves.map(([half, rs]) => row(`${half} split`, tally(rs))) : []),
    ],
  });
}
