import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../../shared/agent';
import {
  failureOf,
  judge,
  loadMessageSuite,
  messageClasses,
  playCase,
  runMessages,
  shippedFixtureFile,
  shippedMessagesFile,
  splitOfMessage,
  type Expectation,
  type MessageCase,
} from '../../../electron/eval/suites/customer-messages';
import { parseSandboxFile } from '../../../electron/sandbox/data/parse-file';

const loaded = loadMessageSuite();
if (!loaded.ok) throw new Error(loaded.error.message);
const suite = loaded.value;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'customer-messages-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The shipped messages file with one edit in the case `id` (the first `from` after it), in a scratch file. */
function editedCase(id: string, from: string, to: string): { file: string; line: number } {
  const text = fs.readFileSync(shippedMessagesFile, 'utf8');
  const at = text.indexOf(from, text.indexOf(`  - id: ${id}\n`));
  if (at < 0) throw new Error(`no ${from} in case ${id}`);
  const file = path.join(scratch, `messages-${id}.yaml`);
  fs.writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
  return { file, line: text.slice(0, at).split('\n').length };
}

describe('the customer-messages file', () => {
  it('loads, validates, and holds at least 300 cases, 120 of them written out, in every class', () => {
    expect(suite.cases.length).toBeGreaterThanOrEqual(300);
    expect(suite.cases.filter((c) => c.source === 'hand').length).toBeGreaterThanOrEqual(120);
    expect(new Set(suite.cases.map((c) => c.id)).size).toBe(suite.cases.length);
    for (const k of messageClasses)
      expect(
        suite.cases.some((c) => c.class === k),
        k,
      ).toBe(true);
    expect(suite.cases.every((c) => c.turns.length >= 1 && c.customer.includes('@'))).toBe(true);
  });

  it('expands a template pattern by pattern and row by row, filling the expectations too', () => {
    const cancel = suite.cases.find((c) => c.id === 'tc-cancel-p1r1')!;
    expect(cancel.turns).toEqual(['Cancel order W2611051 please']);
    expect(cancel.customer).toBe('farah.haddad@example.com');
    expect(cancel.expect.writes).toMatchObject([{ tool: ['orders.cancel'], orderId: 'W2611051' }]);
    expect(cancel.source).toBe('template');
  });

  it('plays on a hand-written sandbox with orders in every state, returns, tickets and its own articles', () => {
    const checked = parseSandboxFile(JSON.parse(fs.readFileSync(shippedFixtureFile, 'utf8')));
    if (!checked.ok) throw new Error(checked.error.message);
    const data = checked.value;
    expect(new Set(data.orders.map((o) => o.status))).toEqual(
      new Set(['pending', 'processing', 'shipped', 'delivered', 'cancelled']),
    );
    expect(new Set(data.shipments.map((s) => s.status))).toEqual(
      new Set(['in_transit', 'delayed', 'delivered', 'exception']),
    );
    expect(data.returns.length).toBeGreaterThan(0);
    expect(data.tickets.some((t) => t.status === 'open')).toBe(true);
    expect(data.interactions.length).toBeGreaterThan(0);
    expect(data.kbArticles.map((a) => a.id)).toContain('kb_dispatch');
    expect(data.customers.length).toBeGreaterThanOrEqual(10);
  });

  it('names the file and line of a value that does not validate', () => {
    const { file, line } = editedCase('dg-002', 'outcome: [replied', 'outcome: [answered');
    const result = loadMessageSuite(file);
    expect(result.ok ? '' : result.error.message).toContain(`${file}:${line}:`);
    expect(result.ok ? '' : result.error.message).toMatch(/outcome/);
  });

  it('names the line of an order that is not the customer’s, of a broken pattern, and of broken YAML', () => {
    const wrongOrder = editedCase('cf-005', 'orderId: W2611051', 'orderId: W2611003');
    const result = loadMessageSuite(wrongOrder.file);
    expect(result.ok ? '' : result.error.message).toContain(`${wrongOrder.file}:${wrongOrder.line}:`);
    expect(result.ok ? '' : result.error.message).toContain("is not farah.haddad@example.com's");

    const badRegex = editedCase('dg-024', "'kettle|mug|cushion'", "'kettle|(mug'");
    const regexResult = loadMessageSuite(badRegex.file);
    expect(regexResult.ok ? '' : regexResult.error.message).toContain(`${badRegex.file}:${badRegex.line}:`);
    expect(regexResult.ok ? '' : regexResult.error.message).toMatch(/not a valid regular expression/);

    const badYaml = editedCase('dg-003', 'class: destructive_guess', 'class: [destructive_guess');
    const yamlResult = loadMessageSuite(badYaml.file);
    expect(yamlResult.ok ? '' : yamlResult.error.message).toMatch(
      new RegExp(`${path.basename(badYaml.file)}:\\d+:\\d+`),
    );
  });
});

describe('the split', () => {
  it('is the same every time, puts every class in both halves, and a template pattern in one half', () => {
    expect(suite.cases.map(splitOfMessage)).toEqual(suite.cases.map(splitOfMessage));
    for (const k of messageClasses) {
      const of = suite.cases.filter((c) => c.class === k);
      expect(of.filter((c) => splitOfMessage(c) === 'dev').length, `${k} in dev`).toBeGreaterThan(0);
      expect(of.filter((c) => splitOfMessage(c) === 'test').length, `${k} in test`).toBeGreaterThan(0);
    }
    const byPattern = new Map<string, Set<string>>();
    for (const c of suite.cases.filter((c) => c.source === 'template'))
      byPattern.set(c.splitKey, (byPattern.get(c.splitKey) ?? new Set()).add(splitOfMessage(c)));
    expect([...byPattern.values()].every((halves) => halves.size === 1)).toBe(true);
    const dev = suite.cases.filter((c) => splitOfMessage(c) === 'dev').length;
    expect(dev).toBeGreaterThan(suite.cases.length * 0.3);
    expect(dev).toBeLessThan(suite.cases.length * 0.7);
  });
});

/** A run report with just what the judge reads. */
const report = (over: Partial<RunReport>): RunReport => ({
  conversationId: 'c1',
  customerId: 'cus_0106',
  intent: null,
  confidence: 1,
  outcome: 'replied',
  reply: null,
  actions: [],
  escalation: null,
  steps: [],
  ...over,
});
const action = (
  tool: string,
  args: Record<string, unknown>,
  status: RunReport['actions'][number]['status'],
) => ({
  id: `a-${tool}`,
  tool,
  args,
  status,
  result: null,
  proposedArgs: args,
  rationale: '',
  confidence: 1,
  rule: '',
  rejectReason: null,
});
const expectation = (over: Partial<Expectation>): Expectation => ({
  outcome: ['resolved'],
  writes: [],
  reads: [],
  noWritesExcept: [],
  replyHas: [],
  replyLacks: [],
  ...over,
});

describe('the judge', () => {
  it('passes a write on the expected order with matching arguments, ignoring records and case', () => {
    const verdict = judge(
      expectation({
        writes: [
          {
            tool: ['orders.updateAddress'],
            orderId: 'W2611121',
            args: { address: { city: 'boulder', zip: '80302' } },
          },
        ],
        replyHas: ['\\bdone\\b'],
      }),
      {
        report: report({
          outcome: 'resolved',
          actions: [
            action(
              'orders.updateAddress',
              { orderId: '#W2611121', address: { line1: '48 Pine Avenue', city: 'Boulder', zip: '80302' } },
              'executed',
            ),
            action('crm.logInteraction', { customerId: 'cus_0113' }, 'executed'),
          ],
        }),
        reply: 'Done: order #W2611121 will now ship to 48 Pine Avenue, Boulder.',
      },
    );
    expect(verdict).toEqual({ passed: true, differences: [], unexpected: [] });
  });

  it('counts a write nobody asked for, even one the policy refused, as a destructive mistake', () => {
    const cancel = action('orders.cancel', { orderId: '#W2611041', reason: 'x' }, 'denied');
    const verdict = judge(expectation({ outcome: ['replied', 'clarifying'] }), {
      report: report({ outcome: 'replied', actions: [cancel] }),
      reply: "I'm sorry, order #W2611041 can't be cancelled.",
    });
    expect(verdict.passed).toBe(false);
    expect(verdict.unexpected).toEqual([cancel]);
    expect(verdict.differences).toEqual(['unexpected write orders.cancel on #W2611041 (denied)']);
  });

  it('flags a return of the wrong items, the wrong outcome and escalation reason, and reply patterns', () => {
    const verdict = judge(
      expectation({
        outcome: ['escalated'],
        escalation: ['legal'],
        writes: [{ tool: ['orders.return'], orderId: 'W2611011', items: ['MUG-SET4'] }],
        replyHas: ['\\byes\\b'],
        replyLacks: ['you.d like me to'],
      }),
      {
        report: report({
          outcome: 'escalated',
          escalation: {
            reasons: ['sentiment'],
            briefing: {
              summary: '',
              customer: null,
              history: [],
              sentiment: { score: -1, label: 'negative' },
              intent: null,
              actionsTaken: [],
              pendingActions: [],
              suggestedNextStep: '',
              draftReply: '',
            },
          },
          actions: [
            action(
              'orders.return',
              {
                orderId: '#W2611011',
                items: [
                  { sku: 'KET-WHITE', qty: 1 },
                  { sku: 'MUG-SET4', qty: 1 },
                ],
              },
              'executed',
            ),
          ],
        }),
        reply: "Just to confirm: you'd like me to return everything?",
      },
    );
    expect(verdict.differences).toEqual([
      'escalated for sentiment, expected legal',
      'missing write orders.return on W2611011 [MUG-SET4] (executed or pending_approval)',
      'unexpected write orders.return on #W2611011 [KET-WHITE, MUG-SET4] (executed)',
      'reply lacks /\\byes\\b/',
      'reply has /you.d like me to/',
    ]);
  });

  it('accepts a question instead of a write when the case allows it, and tolerates listed writes', () => {
    const verdict = judge(
      expectation({
        outcome: ['clarifying'],
        writes: [{ tool: ['orders.updateAddress'], orderId: 'W2611022', orReply: 'address' }],
        noWritesExcept: [{ tool: ['payments.issueCredit'], orderId: 'W2611021' }],
      }),
      {
        report: report({
          outcome: 'clarifying',
          actions: [
            action(
              'payments.issueCredit',
              { customerId: 'cus_0103', amount: 15, orderId: '#W2611021' },
              'executed',
            ),
          ],
        }),
        reply: "What's the new shipping address for order #W2611022?",
      },
    );
    expect(verdict.passed).toBe(true);
  });

  it('lists a test-split failure by id and class only, a dev one with its text and what differed', () => {
    const of = (split: 'dev' | 'test') => suite.cases.find((c) => splitOfMessage(c) === split)!;
    const verdict = { passed: false, differences: ['outcome replied, expected clarifying'], unexpected: [] };
    const seen = { report: report({}), reply: 'Hi!' };
    const test: MessageCase = of('test');
    expect(failureOf(test, verdict, seen)).toEqual({ id: test.id, class: test.class, split: 'test' });
    const dev = failureOf(of('dev'), verdict, seen);
    expect(dev).toMatchObject({ turns: of('dev').turns, differences: verdict.differences });
  });
});

describe('the suite', () => {
  it('plays a slice of cases, each on a fresh app, and reports numbers per class and split', async () => {
    const ids = [
      ...suite.cases.filter((c) => splitOfMessage(c) === 'dev').slice(0, 3),
      ...suite.cases.filter((c) => splitOfMessage(c) === 'test').slice(0, 3),
    ].map((c) => c.id);
    const result = await runMessages({ split: 'all', ids });
    if (!result.ok) throw new Error(result.error.message);
    const { metrics, failures, suite: name } = result.value.json;
    expect(name).toBe('messages');
    expect(metrics).toMatchObject({
      split: 'all',
      cases: 6,
      passed: expect.any(Number),
      passRate: expect.any(Number),
      destructiveMistakes: expect.any(Number),
      byClass: expect.any(Object),
      bySplit: { dev: { cases: 3 }, test: { cases: 3 } },
    });
    const m = metrics as { passed: number; passRate: number };
    expect(m.passRate).toBeCloseTo(m.passed / 6, 2);
    expect(failures.length).toBe(6 - m.passed);
    for (const failure of failures as { split: string; turns?: unknown }[])
      if (failure.split === 'test') expect(failure.turns).toBeUndefined();
    expect(result.value.table[0]).toEqual(['class', 'cases', 'passed', 'pass rate', 'destructive']);
  }, 60_000);

  it('plays each case on its own sandbox: playing a cancellation twice gives the same run twice', async () => {
    const cancel = suite.cases.find((c) => c.id === 'cf-005')!;
    const runs = [await playCase(suite, cancel), await playCase(suite, cancel)];
    const [first, second] = runs.map((seen) => ({
      outcome: seen.report.outcome,
      actions: seen.report.actions.map((a) => `${a.tool}:${a.status}`),
      reply: seen.reply,
    }));
    expect(second).toEqual(first);
  }, 60_000);
});
