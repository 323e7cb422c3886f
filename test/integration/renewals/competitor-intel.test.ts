import { afterEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { parsePolicy } from '../../../electron/policy/load-policy';
import { buildCheatSheet } from '../../../electron/renewals/build-cheat-sheet';
import type { Database } from '../../../electron/store/database';
import { sandboxRenewalSignals } from '../../../electron/tools/connectors/sandbox-renewal-signals';
import type { Policy } from '../../../shared/policy';
import { now, openSaasFixture, saasFixture } from './saas-fixture';

let db: Database | undefined;
afterEach(() => db?.close());

/** The fixture with one more touchpoint of acc_slipping, the day before the sheet is written. */
function openWith(summary?: string): Database {
  const data = saasFixture();
  if (summary !== undefined)
    data.touchpoints.push({
      accountId: 'acc_slipping',
      at: '2025-06-10T10:00:00.000Z',
      channel: 'call',
      summary,
    });
  db = openSaasFixture(data);
  return db;
}

async function sheetOf(database: Database, policy: Pick<Policy, 'renewals'> = defaultPolicy()) {
  const result = await buildCheatSheet(sandboxRenewalSignals(database), 'acc_slipping', { now, policy });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const factor = (sheet: Awaited<ReturnType<typeof sheetOf>>, name: string) =>
  sheet.churnRisk.factors.find((f) => f.name === name)!;

/** The shipped policy with its competitor list replaced by `lines` (YAML, indented for the list). */
function policyListing(...lines: string[]): Policy {
  const start = defaultPolicyText.indexOf('  competitors:\n');
  const end = defaultPolicyText.indexOf('\n# Personal data');
  const text = `${defaultPolicyText.slice(0, start)}  competitors:\n${lines.join('\n')}\n${defaultPolicyText.slice(end)}`;
  const parsed = parsePolicy(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.policy;
}

describe('competitive intel on the cheat sheet', () => {
  it('reads the issue’s touchpoint as a Freshworks mention with a negative tone', async () => {
    const sheet = await sheetOf(openWith('They’re evaluating Freshworks, pricing is hard to justify'));
    expect(sheet.competitorMentions[0]).toMatchObject({ competitor: 'Freshworks', possible: false });
    expect(factor(sheet, 'sentiment').value).toBeGreaterThan(0);
  });

  it('follows an edited list: another vendor is found, and a vendor taken off is only possible', async () => {
    const policy = policyListing('    - name: Freshworks', '      aliases: [Freshdesk]');
    const sheet = await sheetOf(openWith(), policy);
    expect(sheet.competitorMentions.map((m) => [m.competitor, m.possible])).toEqual([
      ['Zendesk', true],
      ['Zendesk', true],
      ['Freshworks', false],
    ]);
    expect(factor(sheet, 'competitorMentions').value).toBe(0.5);
    expect(factor(await sheetOf(openWith()), 'competitorMentions').value).toBe(1);
  });

  it('finds no listed vendor under a policy without a renewals section', async () => {
    const sheet = await sheetOf(openWith(), {});
    expect(sheet.competitorMentions.every((m) => m.possible)).toBe(true);
    expect(factor(sheet, 'competitorMentions').value).toBe(0);
  });

  it('flags a vendor off the list for the rep to confirm without raising the risk', async () => {
    const before = await sheetOf(openWith());
    db!.close();
    const sheet = await sheetOf(openWith('Got a quote from Tidio for 40 seats.'));
    expect(sheet.competitorMentions[0]).toMatchObject({ competitor: 'Tidio', possible: true });
    expect(sheet.churnRisk).toEqual(before.churnRisk);
    expect(sheet.talkingPoints).toContain(
      'Possible competitor Tidio, named on 10 Jun (call): confirm whether they are considering it.',
    );
  });

  it('never takes the contact’s name for a competitor', async () => {
    const sheet = await sheetOf(openWith('Omar offered to share the renewal paperwork with Finance.'));
    expect(sheet.competitorMentions.map((m) => m.competitor)).toEqual(['Zendesk', 'Zendesk', 'Freshworks']);
  });
});
