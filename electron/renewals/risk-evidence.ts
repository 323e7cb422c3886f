import type { CompetitorMention } from '../../shared/cheatsheet';
import type { Competitor } from '../../shared/policy';
import { addDays, startOfDay } from '../../shared/time';
import { lookback, type AccountSignals, type RenewalTicketStatus } from './renewal-signals';
import { findCompetitorMentions } from './competitor-mentions';
import { touchpointSentiment } from './touchpoint-sentiment';
import { usageTrend, type UsageTrend } from './usage-trend';

const dayMs = 86_400_000;
const isOpen = (status: RenewalTicketStatus) => status === 'open' || status === 'pending';

/** The facts churn risk is scored from, kept so the talking points can say why. */
export interface RiskEvidence {
  usage: UsageTrend;
  seats: number;
  seatsUsed: number;
  /** Tickets still open or pending. */
  openTickets: number;
  /** Tickets opened within the ticket lookback and already solved or closed. */
  recentSettledTickets: number;
  /**
   * Mean sentiment (-1..1) of the touchpoints and interactions within the contact lookback, business
   * complaints included.
   */
  sentiment: number;
  /** How many contacts that mean is over. */
  contactsScored: number;
  /** The policy's vendors and possible competitors, newest first. */
  mentions: CompetitorMention[];
  /** Whole days from today to the renewal date; negative once it has passed. */
  daysToRenewal: number;
}

/**
 * Turns an account's records into the evidence its churn risk is scored from; `competitors` is the
 * policy's list of rival vendors.
 */
export function gatherEvidence(
  signals: AccountSignals,
  now: Date,
  competitors: readonly Competitor[],
): RiskEvidence {
  const contactsSince = addDays(now, -lookback.contactDays).toISOString();
  const ticketsSince = addDays(now, -lookback.ticketDays).toISOString();
  const contacts = [
    ...signals.touchpoints.filter((t) => t.at > contactsSince).map((t) => t.summary),
    ...signals.interactions.map((i) => i.summary),
  ];
  const scores = contacts.map(touchpointSentiment);
  const renewal = Date.parse(`${signals.subscription.renewalDate}T00:00:00.000Z`);
  return {
    usage: usageTrend(signals.usage, now),
    seats: signals.subscription.seats,
    seatsUsed: signals.subscription.seatsUsed,
    openTickets: signals.tickets.filter((t) => isOpen(t.status)).length,
    recentSettledTickets: signals.tickets.filter((t) => !isOpen(t.status) && t.createdAt > ticketsSince)
      .length,
    sentiment: scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s, 0) / scores.length,
    contactsScored: scores.length,
    mentions: findCompetitorMentions(signals.touchpoints, {
      competitors,
      ownNames: [signals.account.name, signals.contactName],
    }),
    daysToRenewal: Math.round((renewal - startOfDay(now).getTime()) / dayMs),
  };
}
