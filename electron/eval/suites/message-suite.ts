import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { EscalationReason } from '../../../shared/agent';
import { fail, ok, type Result } from '../../../shared/result';
import { formatProblems, parseYaml } from '../../data-files/parse-yaml';
import { parseSandboxFile } from '../../sandbox/data/parse-file';
import type { SandboxData } from '../../sandbox/format';
import { MessagesFile, normalizeOrderId, type MessageCase } from './message-cases';

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

/** Escalation reasons a case may expect: the agent's. */
const knownReasons = new Set<string>(EscalationReason.options);

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
