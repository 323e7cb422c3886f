import type { CheatSheet } from '../../shared/cheatsheet';
import type { Policy } from '../../shared/policy';
import { fail, ok, type Result } from '../../shared/result';
import { scoreChurnRisk } from './churn-risk';
import type { AccountSignals, RenewalQuoter, RenewalSignals } from './renewal-signals';
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

/** Ids are non-empty text of at most 100 characters, as every system's tools take them. */
const maxIdLength = 100;

/** The account's signals, once its id and `now` are checked. */
async function readSignals(
  signals: RenewalSignals,
  accountId: string,
  now: Date,
): Promise<Result<AccountSignals>> {
  const id = accountId.trim();
  if (id === '') return fail('bad_request', 'accountId: expected non-empty text', 'accountId');
  if (id.length > maxIdLength)
    return fail('bad_request', `accountId: expected at most ${maxIdLength} characters`, 'accountId');
  if (Number.isNaN(now.getTime())) return fail('bad_request', 'now: expected a valid date', 'now');
  return signals.signals(id, now);
}

function sheetOf(signals: AccountSignals, options: CheatSheetOptions): CheatSheet {
  const { subscription, lastTouchpoint, currency } = signals;
  const evidence = gatherEvidence(signals, options.now, options.policy.renewals?.competitors ?? []);
  const churnRisk = scoreChurnRisk(evidence);
  const gaps = signals.usageTracked
    ? usageGaps(subscription.plan, signals.usage, signals.lastActive, options.now)
    : [];
  const quote = quoteRenewal(subscription, churnRisk.score, options.policy.renewals);
  return {
    accountId: signals.account.id,
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
  };
}

/**
 * The pre-call cheat sheet of an account: churn risk with the weighted factors behind it, features paid
 * for and unused, the last touchpoint, competitor mentions, a renewal quote priced by the policy and
 * talking points. Everything comes from `signals` (the sandbox's or a CRM's). Deterministic: the same
 * records, `now` and policy give the same sheet.
 */
export async function buildCheatSheet(
  signals: RenewalSignals,
  accountId: string,
  options: CheatSheetOptions,
): Promise<Result<CheatSheet>> {
  const read = await readSignals(signals, accountId, options.now);
  return read.ok ? ok(sheetOf(read.value, options)) : read;
}

/**
 * The `renewals.quote` tool's answer, from the cheat sheet of whichever port `signals` returns when
 * asked. The tool bridge takes it as a function, so electron/tools never imports the renewal desk.
 */
export function renewalQuoter(
  signals: () => RenewalSignals,
  policy: () => Pick<Policy, 'renewals'>,
): RenewalQuoter {
  return async (accountId, now) => {
    const read = await readSignals(signals(), accountId, now);
    if (!read.ok) return read;
    const sheet = sheetOf(read.value, { now, policy: policy() });
    return ok({
      accountId: sheet.accountId,
      renewalDate: read.value.subscription.renewalDate,
      churnRisk: sheet.churnRisk.score,
      quote: sheet.quote,
      talkingPoints: sheet.talkingPoints,
    });
  };
}
