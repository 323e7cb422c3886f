import { z } from 'zod';
import type { CheatSheet } from '../../shared/cheatsheet';
import type { Policy } from '../../shared/policy';
import { fail, ok, type Result } from '../../shared/result';
import { Id } from '../sandbox/format';
import { checkInput } from '../sandbox/repos/repo-support';
import type { Database } from '../store/database';
import { readAccountSignals } from './account-signals';
import { scoreChurnRisk } from './churn-risk';
import { quoteRenewal } from './renewal-quote';
import { gatherEvidence } from './risk-evidence';
import { talkingPoints } from './talking-points';
import { usageGaps } from './usage-gaps';

export interface CheatSheetOptions {
  /** The moment the sheet is written for; records dated after it are ignored. */
  now: Date;
  /** Only the renewals section is read: its discounts price the quote; its competitors are looked for. */
  policy: Pick<Policy, 'renewals'>;
}

const Request = z.strictObject({ accountId: Id });

/**
 * The pre-call cheat sheet of an account: churn risk with the weighted factors behind it, features paid
 * for and unused, the last touchpoint, competitor mentions, a renewal quote priced by the policy and
 * talking points. Deterministic: the same records, `now` and policy give the same sheet.
 */
export function buildCheatSheet(
  db: Database,
  accountId: string,
  options: CheatSheetOptions,
): Result<CheatSheet> {
  const checked = checkInput(Request, { accountId });
  if (!checked.ok) return checked;
  if (Number.isNaN(options.now.getTime())) return fail('bad_request', 'now: expected a valid date', 'now');
  const signals = readAccountSignals(db, checked.value.accountId, options.now);
  if (!signals.ok) return signals;
  const { subscription, lastTouchpoint, currency } = signals.value;
  const evidence = gatherEvidence(signals.value, options.now, options.policy.renewals?.competitors ?? []);
  const churnRisk = scoreChurnRisk(evidence);
  const gaps = usageGaps(subscription.plan, signals.value.usage, signals.value.lastActive, options.now);
  const quote = quoteRenewal(subscription, churnRisk.score, options.policy.renewals);
  return ok({
    accountId: signals.value.account.id,
    churnRisk,
    usageGaps: gaps,
    lastTouchpoint: lastTouchpoint && {
      at: lastTouchpoint.at,
      channel: lastTouchpoint.channel,
      summary: lastTouchpoint.summary,
    },
    competitorMentions: evidence.mentions,
    quote,
    talkingPoints: talkingPoints({
      evidence,
      churnRisk,
      usageGaps: gaps,
      quote,
      renewalDate: subscription.renewalDate,
      currency,
    }),
  });
}
