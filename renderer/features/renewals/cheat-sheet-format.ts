import type { RiskFactorName } from '../../../shared/cheatsheet';

/** What each churn-risk factor measures, in the rep's words. */
export const factorLabels: Record<RiskFactorName, string> = {
  usageTrend: 'Usage trend',
  seatUtilisation: 'Seat utilisation',
  tickets: 'Support tickets',
  sentiment: 'Sentiment',
  competitorMentions: 'Competitor mentions',
  daysToRenewal: 'Days to renewal',
};

const moneyFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount in the account's currency, always with cents (the quote has no currency symbol). */
export const formatMoney = (amount: number): string => moneyFormat.format(amount);

/** "low", "medium" or "high": how the score reads at a glance. */
export function riskBand(score: number): 'low' | 'medium' | 'high' {
  if (score >= 60) return 'high';
  if (score >= 30) return 'medium';
  return 'low';
}

/** A YYYY-MM-DD or ISO time as a short local date. */
export const formatDay = (value: string): string => new Date(value).toLocaleDateString();

/** An ISO time as the local hour and minute. */
export const formatTime = (value: string): string =>
  new Date(value).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
