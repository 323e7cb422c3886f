import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  exportSandboxFile,
  importSandboxFile,
  seedSandbox,
} from '../../../electron/sandbox/data/sandbox-files';
import { countSandbox, readSandbox, resetSandbox } from '../../../electron/sandbox/data/sandbox-store';
import type { SandboxData } from '../../../electron/sandbox/format';
import { openDatabase, type Database } from '../../../electron/store/database';
import { openSaasFixture, saasFixture, weeksAgo } from './saas-fixture';

let dir: string;
let db: Database;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saas-io-'));
  db = openSaasFixture();
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);
function writeJson(value: unknown): string {
  fs.writeFileSync(file('in.json'), JSON.stringify(value));
  return file('in.json');
}
/** The fixture with one change, as an import would read it. */
function fixtureWith(change: (data: SandboxData) => void): SandboxData {
  const data = saasFixture();
  change(data);
  return data;
}
const importError = (data: unknown) => {
  const result = importSandboxFile(db, writeJson(data));
  return result.ok ? 'imported' : result.error;
};

describe('importing and exporting the SaaS side', () => {
  it('export then import gives back the same accounts, subscriptions, usage and touchpoints', () => {
    seedSandbox(db, { size: 40, asOf: new Date('2025-06-11T00:00:00Z') });
    const before = readSandbox(db);
    expect(before.accounts.length).toBe(8);
    exportSandboxFile(db, file('out.json'));
    const other = openDatabase(':memory:');
    expect(importSandboxFile(other, file('out.json')).ok).toBe(true);
    expect(readSandbox(other)).toEqual(before);
    other.close();
  });

  it('writes the four lists into the exported file', () => {
    exportSandboxFile(db, file('out.json'));
    const written = JSON.parse(fs.readFileSync(file('out.json'), 'utf8')) as Record<string, unknown[]>;
    expect(
      ['accounts', 'subscriptions', 'usage', 'touchpoints'].map((list) => written[list]?.length),
    ).toEqual([3, 2, 338, 7]);
  });

  it('counts the records of each new list', () => {
    expect(countSandbox(db)).toMatchObject({ accounts: 3, subscriptions: 2, usage: 338, touchpoints: 7 });
  });

  it('reset empties the SaaS tables too', () => {
    resetSandbox(db);
    expect(countSandbox(db)).toMatchObject({ accounts: 0, subscriptions: 0, usage: 0, touchpoints: 0 });
  });
});

describe('a bad SaaS record is named by list, index and field, and changes nothing', () => {
  it('an account of an unknown customer', () => {
    const data = fixtureWith((d) => (d.accounts[1]!.customerId = 'cus_9999'));
    expect(importError(data)).toMatchObject({
      field: 'accounts[1].customerId',
      message: 'accounts[1].customerId: unknown customer "cus_9999"',
    });
  });

  it('a duplicate account id', () => {
    const data = fixtureWith((d) => (d.accounts[2]!.id = 'acc_calm'));
    expect(importError(data)).toMatchObject({ field: 'accounts[2].id' });
  });

  it('a subscription of an unknown account', () => {
    const data = fixtureWith((d) => (d.subscriptions[0]!.accountId = 'acc_gone'));
    expect(importError(data)).toMatchObject({
      field: 'subscriptions[0].accountId',
      message: 'subscriptions[0].accountId: unknown account "acc_gone"',
    });
  });

  it('a second subscription for one account', () => {
    const data = fixtureWith((d) => d.subscriptions.push({ ...d.subscriptions[0]! }));
    expect(importError(data)).toMatchObject({
      field: 'subscriptions[2].accountId',
      message:
        'subscriptions[2].accountId: duplicate subscription of account "acc_calm" (first used by subscriptions[0])',
    });
  });

  it('more seats used than bought', () => {
    const data = fixtureWith((d) => (d.subscriptions[1]!.seatsUsed = 41));
    expect(importError(data)).toMatchObject({
      field: 'subscriptions[1].seatsUsed',
      message: 'subscriptions[1].seatsUsed: expected at most seats (40)',
    });
  });

  it('a plan the product does not sell', () => {
    const data = fixtureWith((d) => ((d.subscriptions[0] as { plan: string }).plan = 'platinum'));
    expect(importError(data)).toMatchObject({
      field: 'subscriptions[0].plan',
      message: 'subscriptions[0].plan: expected one of starter, team, business, enterprise',
    });
  });

  it('a price per seat with fractions of a cent', () => {
    const data = fixtureWith((d) => (d.subscriptions[0]!.pricePerSeat = 12.345));
    expect(importError(data)).toMatchObject({ field: 'subscriptions[0].pricePerSeat' });
  });

  it('a renewal date that is not a date', () => {
    const data = fixtureWith((d) => (d.subscriptions[0]!.renewalDate = 'next spring'));
    expect(importError(data)).toMatchObject({ field: 'subscriptions[0].renewalDate' });
  });

  it('an unknown feature', () => {
    const data = fixtureWith((d) => ((d.usage[3] as { feature: string }).feature = 'Teleportation'));
    expect(importError(data)).toMatchObject({ field: 'usage[3].feature' });
  });

  it('a negative count of active users', () => {
    const data = fixtureWith((d) => (d.usage[0]!.activeUsers = -1));
    expect(importError(data)).toMatchObject({
      field: 'usage[0].activeUsers',
      message: 'usage[0].activeUsers: expected a whole number of zero or more',
    });
  });

  it('two counts for the same account, feature and week', () => {
    const data = fixtureWith((d) => d.usage.push({ ...d.usage[5]! }));
    const index = saasFixture().usage.length;
    expect(importError(data)).toMatchObject({
      field: `usage[${index}].date`,
      message: `usage[${index}].date: duplicate usage count for "Shared Inbox of acc_calm on ${weeksAgo(21)}" (first used by usage[5])`,
    });
  });

  it('a touchpoint on an unknown channel', () => {
    const data = fixtureWith((d) => ((d.touchpoints[0] as { channel: string }).channel = 'pigeon'));
    expect(importError(data)).toMatchObject({
      field: 'touchpoints[0].channel',
      message: 'touchpoints[0].channel: expected one of call, email, meeting, note',
    });
  });

  it('a touchpoint of an unknown account', () => {
    const data = fixtureWith((d) => (d.touchpoints[4]!.accountId = 'acc_gone'));
    expect(importError(data)).toMatchObject({ field: 'touchpoints[4].accountId' });
  });

  it('a misspelt field', () => {
    const data = fixtureWith((d) => Object.assign(d.accounts[0]!, { customerID: 'cus_0001' }));
    expect(importError(data)).toMatchObject({
      field: 'accounts[0].customerID',
      message: 'accounts[0].customerID: unknown field',
    });
  });

  it('leaves the database exactly as it was', () => {
    const before = readSandbox(db);
    importError(fixtureWith((d) => (d.subscriptions[1]!.seatsUsed = 41)));
    expect(readSandbox(db)).toEqual(before);
  });
});
