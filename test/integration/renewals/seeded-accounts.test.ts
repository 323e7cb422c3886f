import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { buildCheatSheet } from '../../../electron/renewals/build-cheat-sheet';
import { seedSandbox } from '../../../electron/sandbox/data/sandbox-files';
import { openDatabase, type Database } from '../../../electron/store/database';
import { sandboxRenewalSignals } from '../../../electron/tools/connectors/sandbox-renewal-signals';
import { CheatSheet } from '../../../shared/cheatsheet';

const asOf = new Date('2025-06-11T00:00:00.000Z');
const now = new Date('2025-06-11T15:00:00.000Z');
const policy = defaultPolicy();
let db: Database;
let sheets: CheatSheet[];
beforeAll(async () => {
  db = openDatabase(':memory:');
  seedSandbox(db, { size: 300, asOf });
  const ids = db.prepare('SELECT id FROM sb_accounts ORDER BY id').pluck().all() as string[];
  const signals = sandboxRenewalSignals(db);
  sheets = [];
  for (const id of ids) {
    const result = await buildCheatSheet(signals, id, { now, policy });
    if (!result.ok) throw new Error(result.error.message);
    sheets.push(result.value);
  }
});
afterAll(() => db.close());

describe('cheat sheets of the seeded sandbox', () => {
  it('can be written for every seeded account, in the documented shape', () => {
    expect(sheets).toHaveLength(60);
    expect(sheets.every((sheet) => CheatSheet.safeParse(sheet).success)).toBe(true);
  });

  it('show both healthy accounts and accounts at risk', () => {
    const scores = sheets.map((s) => s.churnRisk.score);
    expect(scores.filter((score) => score <= 30).length).toBeGreaterThan(30);
    expect(scores.filter((score) => score >= 60).length).toBeGreaterThanOrEqual(8);
  });

  it('offer the retention discount exactly to the accounts at risk', () => {
    const offered = (s: CheatSheet) => s.quote.discounts.some((d) => d.ruleId === 'at-risk-retention-offer');
    expect(sheets.every((s) => offered(s) === s.churnRisk.score >= 60)).toBe(true);
  });

  it('name real vendors of the policy’s list, by their vendor name whichever product was named', () => {
    const mentions = sheets.flatMap((s) => s.competitorMentions);
    const vendors = new Set(policy.renewals!.competitors.map((c) => c.name));
    expect(mentions.length).toBeGreaterThan(10);
    expect(mentions.filter((m) => m.possible || !vendors.has(m.competitor))).toEqual([]);
    expect(new Set(mentions.map((m) => m.competitor))).toEqual(
      new Set([
        'Zendesk',
        'Freshworks',
        'Intercom',
        'HubSpot',
        'Salesforce',
        'Gorgias',
        'Help Scout',
        'Zoho Desk',
      ]),
    );
  });

  it('find features paid for and unused in some accounts', () => {
    expect(sheets.filter((s) => s.usageGaps.length > 0).length).toBeGreaterThan(5);
  });
});
