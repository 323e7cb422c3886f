import { replaceSandbox } from '../../../electron/sandbox/data/sandbox-store';
import type { Customer, SandboxData, Ticket, Touchpoint, UsagePoint } from '../../../electron/sandbox/format';
import type { Feature } from '../../../shared/saas-catalog';
import { openDatabase, type Database } from '../../../electron/store/database';

/** The moment the cheat sheets are written for: a Wednesday afternoon. */
export const now = new Date('2025-06-11T15:00:00.000Z');

/** The day `weeks` weeks before today. */
export const weeksAgo = (weeks: number): string =>
  new Date(Date.UTC(2025, 5, 11) - weeks * 7 * 86_400_000).toISOString().slice(0, 10);

/** 26 weekly counts of one feature; `users(weeks)` is the count `weeks` weeks ago. */
export function weekly(accountId: string, feature: Feature, users: (weeks: number) => number): UsagePoint[] {
  return Array.from({ length: 26 }, (_, i) => 26 - i).map((weeks) => ({
    accountId,
    feature,
    date: weeksAgo(weeks),
    activeUsers: users(weeks),
  }));
}

const customer = (id: string, name: string): Customer => ({
  id,
  name,
  email: `${name.toLowerCase().replace(' ', '.')}@example.com`,
  phone: null,
  tier: 'silver',
  lifetimeValue: 1200,
  currency: 'USD',
  address: null,
  paymentMethods: [],
  createdAt: '2023-02-01T10:00:00.000Z',
});

const touchpoint = (accountId: string, at: string, channel: Touchpoint['channel'], summary: string) => ({
  accountId,
  at,
  channel,
  summary,
});

const ticket: Ticket = {
  id: 'tkt_00001',
  customerId: 'cus_0002',
  orderId: null,
  subject: 'Reports export times out',
  status: 'open',
  priority: 'high',
  tags: ['saas'],
  assignee: null,
  createdAt: '2025-06-09T10:00:00.000Z',
  updatedAt: '2025-06-09T10:00:00.000Z',
  comments: [],
};

/**
 * Two accounts written out by hand. acc_calm (business, 36 of 40 seats, renews in December) uses
 * its features steadily, never took up Custom Roles and says nice things. acc_slipping (team, 34 of 40
 * seats, renews in 10 days) lost most of its users since March and keeps mentioning rivals.
 */
export function saasFixture(): SandboxData {
  const steady = (users: number) => () => users;
  // Full use until 12 weeks ago, then a steady slide to `floor` of it by last week.
  const sliding = (users: number, floor: number) => (weeks: number) =>
    weeks >= 12 ? users : Math.round(users * (floor + ((1 - floor) * (weeks - 1)) / 11));
  return {
    customers: [
      customer('cus_0001', 'Ana Silva'),
      customer('cus_0002', 'Omar Haddad'),
      customer('cus_0003', 'Mei Chen'),
    ],
    notes: [],
    interactions: [],
    products: [],
    orders: [],
    returns: [],
    shipments: [],
    credits: [],
    refunds: [],
    tickets: [ticket],
    kbArticles: [],
    outbox: [],
    calendar: [],
    accounts: [
      { id: 'acc_calm', customerId: 'cus_0001', name: 'Copperleaf Studio' },
      { id: 'acc_slipping', customerId: 'cus_0002', name: 'Harbor Logistics' },
      { id: 'acc_unsigned', customerId: 'cus_0002', name: 'Harbor Labs' },
    ],
    subscriptions: [
      {
        accountId: 'acc_calm',
        plan: 'business',
        seats: 40,
        seatsUsed: 36,
        pricePerSeat: 540,
        renewalDate: '2025-12-01',
      },
      {
        accountId: 'acc_slipping',
        plan: 'team',
        seats: 40,
        seatsUsed: 34,
        pricePerSeat: 300,
        renewalDate: '2025-06-21',
      },
    ],
    usage: [
      ...weekly('acc_calm', 'Shared Inbox', steady(34)),
      ...weekly('acc_calm', 'Knowledge Base', steady(20)),
      ...weekly('acc_calm', 'Reports', steady(12)),
      ...weekly('acc_calm', 'Live Chat', steady(25)),
      ...weekly('acc_calm', 'Automations', steady(8)),
      ...weekly('acc_calm', 'Integrations', steady(5)),
      ...weekly('acc_calm', 'Satisfaction Surveys', (weeks) => (weeks > 20 ? 3 : 0)),
      ...weekly('acc_calm', 'Custom Roles', steady(0)),
      ...weekly('acc_slipping', 'Shared Inbox', sliding(30, 0.4)),
      ...weekly('acc_slipping', 'Knowledge Base', sliding(10, 0.5)),
      ...weekly('acc_slipping', 'Reports', sliding(20, 0.2)),
      ...weekly('acc_slipping', 'Live Chat', steady(0)),
      ...weekly('acc_slipping', 'Automations', sliding(6, 0.5)),
    ],
    touchpoints: [
      touchpoint(
        'acc_calm',
        '2025-04-02T15:00:00.000Z',
        'meeting',
        'Quarterly review: the team is very happy with Live Chat.',
      ),
      touchpoint(
        'acc_calm',
        '2025-05-28T15:00:00.000Z',
        'email',
        'Great call: they thanked us for the quick fix.',
      ),
      touchpoint(
        'acc_slipping',
        '2025-03-05T15:00:00.000Z',
        'call',
        'Onboarding session for two new agents.',
      ),
      touchpoint(
        'acc_slipping',
        '2025-05-06T15:00:00.000Z',
        'email',
        'Asked for a feature comparison with Freshdesk.',
      ),
      touchpoint(
        'acc_slipping',
        '2025-05-20T15:00:00.000Z',
        'call',
        'Procurement is comparing us with Zendesk on price.',
      ),
      touchpoint(
        'acc_slipping',
        '2025-06-03T15:00:00.000Z',
        'call',
        'Said Zendesk offered three months free to switch.',
      ),
      touchpoint('acc_slipping', '2025-06-20T15:00:00.000Z', 'note', 'Signed with Intercom.'),
    ],
  };
}

/** A migrated in-memory database holding the fixture. */
export function openSaasFixture(data: SandboxData = saasFixture()): Database {
  const db = openDatabase(':memory:');
  replaceSandbox(db, data);
  return db;
}
