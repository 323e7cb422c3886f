import { ok, type Result } from '../../../shared/result';
import type { RunReport } from '../../../shared/agent';
import { csatQuestion } from '../../outcomes/csat-question';
import { freshEvalApp } from '../eval-app';
import { messageClasses, type MessageCase, type Split } from './message-cases';
import { describeAction, isWrite, judge, type Observation, type Verdict } from './message-judge';
import { loadMessageSuite, splitOfMessage, type MessageSuite } from './message-suite';
import type { SuiteResult } from './suite-result';

/**
 * The customer-messages suite: several hundred messages a customer might write, each played on a fresh
 * app holding a small hand-written sandbox, and judged on whether the agent did what was asked and
 * nothing else: the outcome, the escalation reason, the writes it proposed (on which order and items),
 * the reads, and what its reply says. The messages and expectations live in
 * `data/customer-messages.yaml`; the sandbox in `data/customer-messages-fixture.json`.
 */

export {
  messageClasses,
  normalizeOrderId,
  type Expectation,
  type MessageCase,
  type MessageClass,
  type Split,
} from './message-cases';
export { describeAction, judge, recordKeeping, type Observation, type Verdict } from './message-judge';
export {
  loadMessageSuite,
  shippedFixtureFile,
  shippedMessagesFile,
  splitOfMessage,
  type MessageSuite,
} from './message-suite';

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
