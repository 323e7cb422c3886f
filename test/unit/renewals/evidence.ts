import type { RiskEvidence } from '../../../electron/renewals/risk-evidence';

/** Evidence of an account with nothing wrong: usage steady, seats in use, renewal far off. */
export function calmEvidence(change: Partial<RiskEvidence> = {}): RiskEvidence {
  return {
    usage: { known: true, drop: 0, since: '2025-04-16', features: [] },
    seats: 40,
    seatsUsed: 36,
    openTickets: 0,
    recentSettledTickets: 0,
    sentiment: 0.2,
    contactsScored: 3,
    mentions: [],
    daysToRenewal: 200,
    ...change,
  };
}
