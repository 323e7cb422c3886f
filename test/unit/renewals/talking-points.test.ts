import { describe, expect, it } from 'vitest';
import { scoreChurnRisk } from '../../../electron/renewals/churn-risk';
import type { RiskEvidence } from '../../../electron/renewals/risk-evidence';
import { talkingPoints } from '../../../electron/renewals/talking-points';
import type { RenewalQuote } from '../../../shared/cheatsheet';
import { calmEvidence } from './evidence';

const quote: RenewalQuote = {
  plan: 'team',
  seats: 40,
  pricePerSeat: 300,
  subtotal: 12_000,
  discounts: [],
  total: 12_000,
};

const pointsFor = (evidence: RiskEvidence, change: Partial<Parameters<typeof talkingPoints>[0]> = {}) =>
  talkingPoints({
    evidence,
    churnRisk: scoreChurnRisk(evidence),
    usageGaps: [],
    quote,
    renewalDate: '2025-12-28',
    currency: 'USD',
    ...change,
  });

const mention = (competitor: string, at: string, possible = false) => ({
  at,
  channel: 'call',
  summary: '…',
  competitor,
  possible,
});

describe('talking points', () => {
  it('suggests expansion to a healthy account, then gives the quote', () => {
    expect(pointsFor(calmEvidence())).toEqual([
      'Healthy account: 36 of 40 seats in use and usage steady, a good moment to talk about expansion.',
      'Renewal quote: 40 team seats at $300 = $12,000.',
    ]);
  });

  it('names the feature that lost most users, by how much and since when', () => {
    const [first] = pointsFor(
      calmEvidence({
        usage: {
          known: true,
          drop: 0.35,
          since: '2025-04-16',
          features: [{ feature: 'Reports', baseline: 20, recent: 12 }],
        },
      }),
    );
    expect(first).toBe(
      'Usage of Reports fell 40% since 16 Apr (20 → 12 weekly active users); all features together are down 35%.',
    );
  });

  it('says how few seats are used', () => {
    expect(pointsFor(calmEvidence({ seatsUsed: 12 }))[0]).toMatch(/^Only 12 of 40 seats used \(30%\)/);
  });

  it('says which rival was mentioned, how often and when last', () => {
    const points = pointsFor(
      calmEvidence({
        mentions: [
          mention('Zendesk', '2025-11-03T10:00:00.000Z'),
          mention('Freshworks', '2025-10-20T10:00:00.000Z'),
          mention('Zendesk', '2025-10-01T10:00:00.000Z'),
        ],
      }),
    );
    expect(points.slice(0, 2)).toEqual([
      'Mentioned Zendesk 2 times, last on 3 Nov (call): ask what they are comparing and why.',
      'Mentioned Freshworks on 20 Oct (call): ask what they are comparing and why.',
    ]);
  });

  it('asks the rep to confirm a possible competitor, even on an otherwise healthy account', () => {
    const points = pointsFor(
      calmEvidence({
        mentions: [
          mention('Acme Desk', '2025-11-03T10:00:00.000Z', true),
          mention('Acme Desk', '2025-10-03T10:00:00.000Z', true),
        ],
      }),
    );
    expect(points[0]).toMatch(/^Healthy account/);
    expect(points[1]).toBe(
      'Possible competitor Acme Desk, named 2 times, last on 3 Nov (call): confirm whether they are considering it.',
    );
  });

  it('counts open tickets and the ones settled lately', () => {
    expect(pointsFor(calmEvidence({ openTickets: 2, recentSettledTickets: 1 }))[0]).toBe(
      '2 open tickets and 1 settled in the last 30 days: know where they stand before the call.',
    );
  });

  it('warns of a sour tone in recent contacts', () => {
    expect(pointsFor(calmEvidence({ sentiment: -0.3, contactsScored: 4 }))[0]).toBe(
      'Recent contacts sound negative (average -0.30 over 4 contacts): acknowledge the frustration first.',
    );
  });

  it('counts down to the renewal, or says it has passed', () => {
    expect(pointsFor(calmEvidence({ daysToRenewal: 10 }), { renewalDate: '2025-06-21' })[0]).toBe(
      'Renews in 10 days (21 Jun): confirm who signs and by when.',
    );
    expect(pointsFor(calmEvidence({ daysToRenewal: -2 }), { renewalDate: '2025-06-09' })[0]).toBe(
      'The renewal date passed 2 days ago (9 Jun): check whether the contract lapsed.',
    );
  });

  it('lists the features paid for and unused before the quote', () => {
    const points = pointsFor(calmEvidence(), {
      usageGaps: [
        { feature: 'API Access', activeUsers: 0, lastUsed: null },
        { feature: 'Audit Log', activeUsers: 0.5, lastUsed: '2025-05-01' },
      ],
    });
    expect(points.at(-2)).toBe('Paid for but unused: API Access, Audit Log. Offer a short walkthrough.');
  });

  it('shows each discount of the quote by rule and the total after them', () => {
    const discounted: RenewalQuote = {
      ...quote,
      discounts: [{ ruleId: 'at-risk-retention-offer', percent: 15, amount: 1800 }],
      total: 10_200,
    };
    expect(pointsFor(calmEvidence(), { quote: discounted }).at(-1)).toBe(
      'Renewal quote: 40 team seats at $300 = $12,000, less 15% at-risk-retention-offer = $10,200.',
    );
  });
});
