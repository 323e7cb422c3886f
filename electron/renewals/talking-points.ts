import type {
  ChurnRisk,
  CompetitorMention,
  RenewalQuote,
  RiskFactorName,
  UsageGap,
} from '../../shared/cheatsheet';
import type { RiskEvidence } from './risk-evidence';
import { fallOf } from './usage-trend';
import { money, plural, shortDate } from './wording';

/** A factor earns a talking point from this value up: below it, it is not worth the rep's time. */
const pointFrom = 0.25;

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
const users = (count: number) => String(Math.round(count * 10) / 10);

export interface TalkingPointInput {
  evidence: RiskEvidence;
  churnRisk: ChurnRisk;
  usageGaps: readonly UsageGap[];
  quote: RenewalQuote;
  renewalDate: string;
  currency: string;
}

function usagePoint({ usage }: RiskEvidence): string {
  const since = usage.since === null ? '' : ` since ${shortDate(usage.since)}`;
  const biggest = usage.features[0];
  const overall = `all features together are down ${percent(usage.drop)}`;
  if (biggest === undefined || fallOf(biggest) === 0) return `Usage fell${since}: ${overall}.`;
  return (
    `Usage of ${biggest.feature} fell ${percent(fallOf(biggest))}${since} ` +
    `(${users(biggest.baseline)} → ${users(biggest.recent)} weekly active users); ${overall}.`
  );
}

/** Mentions by rival, in the order of each rival's latest, with how often and when last it was named. */
function byRival(
  mentions: readonly CompetitorMention[],
): { rival: string; when: string; latest: CompetitorMention }[] {
  const grouped = new Map<string, CompetitorMention[]>();
  for (const mention of mentions)
    grouped.set(mention.competitor, [...(grouped.get(mention.competitor) ?? []), mention]);
  return [...grouped.entries()].map(([rival, [latest, ...older]]) => ({
    rival,
    when: `${older.length === 0 ? 'on' : `${older.length + 1} times, last on`} ${shortDate(latest!.at)}`,
    latest: latest!,
  }));
}

const mentionPoints = ({ mentions }: RiskEvidence): string[] =>
  byRival(mentions.filter((m) => !m.possible)).map(
    ({ rival, when, latest }) =>
      `Mentioned ${rival} ${when} (${latest.channel}): ask what they are comparing and why.`,
  );

const possibleMentionPoints = ({ mentions }: RiskEvidence): string[] =>
  byRival(mentions.filter((m) => m.possible)).map(
    ({ rival, when, latest }) =>
      `Possible competitor ${rival}, named ${when} (${latest.channel}): confirm whether they are considering it.`,
  );

function renewalPoint(days: number, renewalDate: string): string {
  const day = shortDate(renewalDate);
  if (days < 0)
    return `The renewal date passed ${plural(-days, 'day')} ago (${day}): check whether the contract lapsed.`;
  const when = days === 0 ? 'today' : `in ${plural(days, 'day')}`;
  return `Renews ${when} (${day}): confirm who signs and by when.`;
}

/** What each factor, when it matters, gives the rep to say or ask. */
function factorPoints(name: RiskFactorName, input: TalkingPointInput): string[] {
  const { evidence } = input;
  switch (name) {
    case 'usageTrend':
      return [usagePoint(evidence)];
    case 'seatUtilisation':
      return [
        `Only ${evidence.seatsUsed} of ${evidence.seats} seats used (${percent(evidence.seatsUsed / evidence.seats)}): ` +
          'offer onboarding for the rest before they ask to cut seats.',
      ];
    case 'tickets': {
      const settled =
        evidence.recentSettledTickets === 0
          ? ''
          : ` and ${evidence.recentSettledTickets} settled in the last 30 days`;
      return [
        `${plural(evidence.openTickets, 'open ticket')}${settled}: know where they stand before the call.`,
      ];
    }
    case 'sentiment':
      return [
        `Recent contacts sound negative (average ${evidence.sentiment.toFixed(2)} over ${plural(evidence.contactsScored, 'contact')}): ` +
          'acknowledge the frustration first.',
      ];
    case 'competitorMentions':
      return mentionPoints(evidence);
    case 'daysToRenewal':
      return [renewalPoint(evidence.daysToRenewal, input.renewalDate)];
  }
}

function quotePoint(quote: RenewalQuote, currency: string): string {
  const base = `${quote.seats} ${quote.plan} seats at ${money(quote.pricePerSeat, currency)} = ${money(quote.subtotal, currency)}`;
  if (quote.discounts.length === 0) return `Renewal quote: ${base}.`;
  const discounts = quote.discounts.map((d) => `${d.percent}% ${d.ruleId}`).join(' and ');
  return `Renewal quote: ${base}, less ${discounts} = ${money(quote.total, currency)}.`;
}

/**
 * Talking points from the facts behind the score: the factors that matter, largest first, then the
 * possible competitors to confirm, the features paid for and unused, and the quote. A healthy account
 * gets an expansion prompt in place of the factors.
 */
export function talkingPoints(input: TalkingPointInput): string[] {
  const { churnRisk, evidence, usageGaps } = input;
  const points = churnRisk.factors
    .filter((f) => f.value >= pointFrom)
    .flatMap((f) => factorPoints(f.name, input));
  if (points.length === 0) {
    points.push(
      `Healthy account: ${evidence.seatsUsed} of ${evidence.seats} seats in use and usage steady, ` +
        'a good moment to talk about expansion.',
    );
  }
  points.push(...possibleMentionPoints(evidence));
  if (usageGaps.length > 0) {
    points.push(
      `Paid for but unused: ${usageGaps.map((g) => g.feature).join(', ')}. Offer a short walkthrough.`,
    );
  }
  points.push(quotePoint(input.quote, input.currency));
  return points;
}
