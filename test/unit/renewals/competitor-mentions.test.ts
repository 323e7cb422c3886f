import { describe, expect, it } from 'vitest';
import { findCompetitorMentions } from '../../../electron/renewals/competitor-mentions';
import type { Touchpoint } from '../../../electron/sandbox/format';

const touchpoint = (summary: string, at = '2025-06-01T10:00:00.000Z'): Touchpoint => ({
  accountId: 'acc_1',
  at,
  channel: 'call',
  summary,
});

describe('competitor mentions', () => {
  it('finds a rival named in any case and spacing', () => {
    const found = findCompetitorMentions([touchpoint('They trialled NORTHWIND  desk last week.')]);
    expect(found).toEqual([
      {
        at: '2025-06-01T10:00:00.000Z',
        channel: 'call',
        summary: 'They trialled NORTHWIND  desk last week.',
        competitor: 'Northwind Desk',
      },
    ]);
  });

  it('lists each rival a touchpoint names, in touchpoint order', () => {
    const found = findCompetitorMentions([
      touchpoint('Weighing Helpline Pro against Lanternly.', '2025-06-02T10:00:00.000Z'),
      touchpoint('Asked about Northwind Desk pricing.', '2025-05-02T10:00:00.000Z'),
    ]);
    expect(found.map((m) => m.competitor)).toEqual(['Helpline Pro', 'Lanternly', 'Northwind Desk']);
  });

  it('ignores a name inside a longer word and touchpoints that name no rival', () => {
    expect(
      findCompetitorMentions([touchpoint('Lanternlys are lovely.'), touchpoint('Quarterly check-in.')]),
    ).toEqual([]);
  });
});
