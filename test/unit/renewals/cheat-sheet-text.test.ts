import { describe, expect, it } from 'vitest';
import { cheatSheetText } from '../../../electron/renewals/cheat-sheet-text';
import type { CheatSheet } from '../../../shared/cheatsheet';

const sheet: CheatSheet = {
  accountId: 'acc_0002',
  churnRisk: {
    score: 45,
    factors: [
      { name: 'usageTrend', value: 1, weight: 0.3, contribution: 30 },
      { name: 'daysToRenewal', value: 1, weight: 0.15, contribution: 15 },
    ],
  },
  usageGaps: [
    { feature: 'Live Chat', activeUsers: 0, lastUsed: null },
    { feature: 'Reports', activeUsers: 0.5, lastUsed: '2025-05-28' },
  ],
  lastTouchpoint: { at: '2025-06-02T16:00:00.000Z', channel: 'call', summary: 'Asked about Intercom.' },
  competitorMentions: [],
  quote: { plan: 'team', seats: 10, pricePerSeat: 310, subtotal: 3100, discounts: [], total: 3100 },
  talkingPoints: ['Renews in 4 days (15 Jun): confirm who signs and by when.'],
};

describe('the cheat sheet in a terminal', () => {
  it('shows the score with each factor, the gaps, the last touchpoint and the talking points', () => {
    expect(cheatSheetText(sheet).split('\n')).toEqual([
      'acc_0002  churn risk 45/100',
      '  usageTrend     1.00 × 0.30 = 30.0',
      '  daysToRenewal  1.00 × 0.15 = 15.0',
      'Paid for, unused: Live Chat (never used), Reports (last used 28 May)',
      'Last touchpoint: 2 Jun call: Asked about Intercom.',
      'Talking points:',
      '  - Renews in 4 days (15 Jun): confirm who signs and by when.',
    ]);
  });

  it('says when there has been no touchpoint', () => {
    expect(cheatSheetText({ ...sheet, lastTouchpoint: null })).toContain('Last touchpoint: none');
  });
});
