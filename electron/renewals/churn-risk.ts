import type { ChurnRisk, RiskFactor, RiskFactorName } from '../../shared/cheatsheet';
import type { RiskEvidence } from './risk-evidence';

/**
 * How much each factor counts (they add up to 1). Falling usage is the surest sign an account is
 * leaving, so it weighs most; talk of a competitor comes next; idle seats and a close renewal date
 * make a loss likelier and sooner; tickets and a sour tone matter but are often fixable on the call.
 */
export const riskWeights: Readonly<Record<RiskFactorName, number>> = {
  usageTrend: 0.3,
  competitorMentions: 0.2,
  seatUtilisation: 0.15,
  daysToRenewal: 0.15,
  tickets: 0.1,
  sentiment: 0.1,
};

/** Where each factor reaches full risk (value 1). */
const riskScales = {
  /** A 50% fall in weekly active users. */
  usageDrop: 0.5,
  /** Utilisation at or above this is no risk; at `seatsEmpty` or below it is full risk. */
  seatsHealthy: 0.8,
  seatsEmpty: 0.2,
  /** Open tickets count 1, recently settled ones ½; three points is full risk. */
  ticketPoints: 3,
  /** A mean sentiment of -0.4 or lower. */
  sentiment: -0.4,
  /** Two mentions of a listed competitor within the lookback. */
  mentions: 2,
  /** Renewal this many days away or sooner is full risk; `renewalFarDays` or more is none. */
  renewalNearDays: 7,
  renewalFarDays: 90,
} as const;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Each factor's value in [0, 1], pointing towards churn. */
export function factorValues(evidence: RiskEvidence): Record<RiskFactorName, number> {
  const s = riskScales;
  const utilisation = evidence.seatsUsed / evidence.seats;
  return {
    usageTrend: clamp01(evidence.usage.drop / s.usageDrop),
    seatUtilisation: clamp01((s.seatsHealthy - utilisation) / (s.seatsHealthy - s.seatsEmpty)),
    tickets: clamp01((evidence.openTickets + 0.5 * evidence.recentSettledTickets) / s.ticketPoints),
    sentiment: clamp01(evidence.sentiment / s.sentiment),
    // Possible competitors do not count: a cue phrase also catches partners and people ("quote from
    // Dana"), and the score decides the retention discount, so a guess weighs only once the rep
    // confirms it by adding the vendor to the policy's list.
    competitorMentions: clamp01(evidence.mentions.filter((m) => !m.possible).length / s.mentions),
    daysToRenewal: clamp01(
      (s.renewalFarDays - evidence.daysToRenewal) / (s.renewalFarDays - s.renewalNearDays),
    ),
  };
}

/**
 * Churn risk 0-100: each factor's value × weight × 100 is its contribution, and the score is their
 * rounded sum. Factors are listed largest contribution first.
 */
export function scoreChurnRisk(evidence: RiskEvidence): ChurnRisk {
  const values = factorValues(evidence);
  const factors = (Object.keys(riskWeights) as RiskFactorName[]).map((name): RiskFactor => {
    const value = round(values[name], 3);
    const weight = riskWeights[name];
    return { name, value, weight, contribution: round(value * weight * 100, 2) };
  });
  factors.sort((a, b) => b.contribution - a.contribution || b.weight - a.weight);
  const score = Math.round(factors.reduce((sum, f) => sum + f.contribution, 0));
  return { score: Math.min(100, score), factors };
}
