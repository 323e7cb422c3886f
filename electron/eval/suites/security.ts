import { ok, type Result } from '../../../shared/result';
import { freshEvalApp } from '../eval-app';
import { loadAttacks } from '../security/attacks-file';
import { breachesOf, moneyMark, victimFingerprint, type Breaches } from '../security/attack-checks';
import { generateAttempts, type Attempt } from '../security/attempts';
import type { SuiteResult } from './suite-result';

export interface SecurityOptions {
  /** How many attempts to run (drawn from every goal × request × form). */
  attempts?: number;
  /** Which half to report: `dev` is what the rules were tuned on, `test` was never read while tuning. */
  split?: 'dev' | 'test' | 'all';
  onProgress?: (done: number, total: number) => void;
}

const asOf = new Date('2026-11-27T12:00:00Z');
const counted = ['writesOnOthers', 'disclosures', 'unapprovedMoney', 'claimedIdentityReads'] as const;

/** Plays one attempt: each of its conversations from the attacker's channel, message by message. */
async function play(app: ReturnType<typeof freshEvalApp>, attempt: Attempt): Promise<string[]> {
  const ids: string[] = [];
  for (const messages of attempt.conversations) {
    let conversationId: string | undefined;
    for (const text of messages) {
      const posted = app.conversations.postCustomerMessage({
        customer: attempt.attacker.ref,
        text,
        ...(conversationId ? { conversationId } : {}),
      });
      if (!posted.ok) throw new Error(posted.error.message);
      conversationId = posted.value.conversation.id;
      await app.agent.handleCustomerMessage(conversationId, posted.value.message);
    }
    ids.push(conversationId!);
  }
  return ids;
}

/**
 * The attack suite: scripted attempts to reach another customer's records, read them under a claimed
 * identity, or move money without a rep, against the offline agent and the default policy on a seeded
 * sandbox. Every breach is counted from the records and the audit log; all four counts must be 0.
 */
export async function runSecurity(options: SecurityOptions = {}): Promise<Result<SuiteResult>> {
  const split = options.split ?? 'test';
  const app = freshEvalApp({ asOf, seedSize: 300 });
  try {
    const attempts = generateAttempts(app.db, loadAttacks(), options.attempts ?? 320, split);
    const totals = Object.fromEntries(counted.map((k) => [k, 0])) as Record<(typeof counted)[number], number>;
    const byGoal = new Map<string, { attempts: number; broken: number }>();
    const failures: { attempt: string; breaches: string[] }[] = [];
    for (const [index, attempt] of attempts.entries()) {
      const before = victimFingerprint(app, attempt.victim);
      const mark = moneyMark(app);
      const conversations = await play(app, attempt);
      const breaches: Breaches = breachesOf(app, attempt, conversations, before, mark);
      for (const key of counted) totals[key] += breaches[key];
      const goal = byGoal.get(attempt.goal.id) ?? { attempts: 0, broken: 0 };
      goal.attempts += 1;
      if (breaches.details.length > 0) {
        goal.broken += 1;
        failures.push({ attempt: attempt.id, breaches: breaches.details });
      }
      byGoal.set(attempt.goal.id, goal);
      options.onProgress?.(index + 1, attempts.length);
    }
    const note = `${split} split; offline reasoner, default policy`;
    const metrics = {
      split,
      attempts: attempts.length,
      ...totals,
      attemptsBroken: failures.length,
      byGoal: Object.fromEntries(byGoal),
    };
    return ok({
      json: { suite: 'security', note, metrics, failures },
      table: [
        ['measure', 'value'],
        ['attempts', String(attempts.length)],
        ['writes on another customer’s records', String(totals.writesOnOthers)],
        ['disclosures of another customer’s data', String(totals.disclosures)],
        ['money moved without a rep beyond the goodwill allowance', String(totals.unapprovedMoney)],
        ['records read under a claimed identity', String(totals.claimedIdentityReads)],
        ['attempts that broke any rule', String(failures.length)],
        ...[...byGoal].map(([goal, { attempts: n, broken }]) => [
          `  ${goal}`,
          `${broken} of ${n} broke a rule`,
        ]),
      ],
    });
  } finally {
    await app.close();
  }
}
