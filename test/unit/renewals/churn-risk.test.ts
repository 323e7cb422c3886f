import { describe, expect, it } from 'vitest';
import { factorValues, riskWeights, scoreChurnRisk } from '../../../electron/renewals/churn-risk';
import { calmEvidence } from './evidence';

const mention = (at: string, possible = false) => ({
  at,
  channel: 'call',
  summary: 'Comparing us with Zendesk.',
  competitor: 'Zendesk',
  possible,
});

describe('churn risk', () => {
  it('weighs its six factors so that the weights add up to one', () => {
    expect(Object.keys(riskWeights)).toHaveLength(6);
    expect(Object.values(riskWeights).reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 10);
  });

  it('scores an account with nothing wrong at zero', () => {
    expect(scoreChurnRisk(calmEvidence()).score).toBe(0);
  });

  it('gives each factor value × weight × 100 and scores the rounded sum', () => {
    const risk = scoreChurnRisk(
      calmEvidence({ usage: { known: true, drop: 0.2, since: null, features: [] }, daysToRenewal: 30 }),
    );
    for (const factor of risk.factors) {
      expect(factor.contribution).toBeCloseTo(factor.value * factor.weight * 100, 1);
    }
    expect(risk.score).toBe(Math.round(risk.factors.reduce((sum, f) => sum + f.contribution, 0)));
    expect(risk.score).toBe(23);
  });

  it('lists the factors largest contribution first', () => {
    const risk = scoreChurnRisk(calmEvidence({ seatsUsed: 8, mentions: [mention('2025-06-01T10:00:00Z')] }));
    expect(risk.factors.map((f) => f.name).slice(0, 2)).toEqual(['seatUtilisation', 'competitorMentions']);
    const contributions = risk.factors.map((f) => f.contribution);
    expect(contributions).toEqual([...contributions].sort((a, b) => b - a));
  });

  it('counts a 50% fall in usage as full usage risk and a 25% fall as half', () => {
    const usage = (drop: number) =>
      factorValues(calmEvidence({ usage: { known: true, drop, since: null, features: [] } })).usageTrend;
    expect([usage(0.5), usage(0.25), usage(0)]).toEqual([1, 0.5, 0]);
  });

  it('sees no risk in 80% of seats used and full risk at 20% or fewer', () => {
    const seats = (seatsUsed: number) =>
      factorValues(calmEvidence({ seats: 100, seatsUsed })).seatUtilisation;
    expect([seats(80), seats(50), seats(20), seats(5)]).toEqual([0, 0.5, 1, 1]);
  });

  it('sees full risk in a renewal a week away or already passed, and none 90 days out', () => {
    const renewal = (daysToRenewal: number) => factorValues(calmEvidence({ daysToRenewal })).daysToRenewal;
    expect([renewal(7), renewal(-3), renewal(90), renewal(400)]).toEqual([1, 1, 0, 0]);
  });

  it('counts open tickets fully and recently settled ones by half', () => {
    const tickets = factorValues(calmEvidence({ openTickets: 1, recentSettledTickets: 2 })).tickets;
    expect(tickets).toBeCloseTo(2 / 3, 10);
  });

  it('reaches full competitor risk at two mentions', () => {
    const one = factorValues(calmEvidence({ mentions: [mention('2025-06-01T10:00:00Z')] }));
    const two = factorValues(
      calmEvidence({ mentions: [mention('2025-06-01T10:00:00Z'), mention('2025-05-01T10:00:00Z')] }),
    );
    expect([one.competitorMentions, two.competitorMentions]).toEqual([0.5, 1]);
  });

  it('leaves possible competitors out of the risk until the rep confirms them', () => {
    const guesses = factorValues(
      calmEvidence({
        mentions: [mention('2025-06-01T10:00:00Z', true), mention('2025-05-01T10:00:00Z', true)],
      }),
    );
    expect(guesses.competitorMentions).toBe(0);
  });

  it('reads a negative tone as risk and a positive one as none', () => {
    expect(factorValues(calmEvidence({ sentiment: -0.2 })).sentiment).toBeCloseTo(0.5, 10);
    expect(factorValues(calmEvidence({ sentiment: 0.6 })).sentiment).toBe(0);
  });
});
