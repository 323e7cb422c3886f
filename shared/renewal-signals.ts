import { plans, type AccountSummary, type Plan } from './cheatsheet';
import type { Result } from './result';
import type { ToolOutput } from './tools';

/**
 * The renewal-signals port: what the cheat sheets, the renewal quote and the call reminders read about
 * accounts, whichever system keeps them. The sandbox implements it over its own tables; HubSpot and
 * Salesforce over their APIs. Plain data only, so a CRM can fill every field (or leave usage empty).
 */

/** How far back the cheat sheet looks: usage, contacts and competitor talk older than this are history. */
export const lookback = { usageDays: 84, contactDays: 90, mentionDays: 180, ticketDays: 30 } as const;

/** A business customer; `customerId` is its contact in the CRM (the customer id every tool knows). */
export interface RenewalAccount {
  id: string;
  customerId: string;
  name: string;
}

/** What the account pays for and when it renews. */
export interface RenewalSubscription {
  plan: Plan;
  seats: number;
  seatsUsed: number;
  /** Per seat per year, in the contact customer's currency. */
  pricePerSeat: number;
  /** YYYY-MM-DD. */
  renewalDate: string;
}

/** Weekly active users of one feature, oldest week first. */
export interface UsageSeries {
  feature: string;
  points: { date: string; activeUsers: number }[];
}

/** A contact with the account: a call, email, meeting or note, in a sentence or two. */
export interface RenewalTouchpoint {
  /** ISO date-time. */
  at: string;
  /** call, email, meeting or note. */
  channel: string;
  summary: string;
}

export type RenewalTicketStatus = 'open' | 'pending' | 'solved' | 'closed';

/** A support ticket of the contact customer. */
export interface RenewalTicket {
  status: RenewalTicketStatus;
  createdAt: string;
}

/** A logged support contact with the contact customer. */
export interface RenewalInteraction {
  at: string;
  summary: string;
}

/** Everything the cheat sheet knows about an account as of `now`; nothing dated after it. */
export interface AccountSignals {
  account: RenewalAccount;
  /** The contact customer's name. */
  contactName: string;
  /** The currency the subscription is priced in. */
  currency: string;
  subscription: RenewalSubscription;
  /**
   * Whether the system counts product usage at all. A CRM does not: its usage is empty and the sheet
   * lists no usage gaps (rather than every feature as unused).
   */
  usageTracked: boolean;
  /** Per feature, oldest week first, within the usage lookback. */
  usage: UsageSeries[];
  /** The last week each feature had any active user, however long ago. */
  lastActive: ReadonlyMap<string, string>;
  /** Newest first, within the competitor-mention lookback. */
  touchpoints: RenewalTouchpoint[];
  /** The latest touchpoint, however old. */
  lastTouchpoint: RenewalTouchpoint | null;
  /** The contact customer's tickets (none where the system keeps no tickets). */
  tickets: RenewalTicket[];
  /** The contact customer's interactions within the contact lookback, newest first. */
  interactions: RenewalInteraction[];
}

/** A scheduled call with an account's contact. */
export interface UpcomingCall {
  eventId: string;
  accountId: string;
  accountName: string;
  startsAt: string;
}

export interface RenewalSignals {
  /** The renewal desk's book of accounts, soonest renewal first. */
  accounts(limit?: number): Promise<AccountSummary[]>;
  /** An account's signals as of `now`; not_found (field accountId) for an unknown account or one with nothing to renew. */
  signals(accountId: string, now: Date): Promise<Result<AccountSignals>>;
  /** Calls with an account's contact starting after `from` and up to `to`, soonest first (systems with a calendar). */
  upcomingCalls?(from: Date, to: Date): Promise<UpcomingCall[]>;
}

/** What the `renewals.quote` tool answers, computed where the cheat sheet is (injected into the tools). */
export type RenewalQuoter = (accountId: string, now: Date) => Promise<Result<ToolOutput<'renewals.quote'>>>;

/** The plan a CRM's text names ("Business", "Acme – Enterprise renewal"), highest first; null when none. */
export function planNamed(text: string | null | undefined): Plan | null {
  const words = new Set((text ?? '').toLowerCase().split(/[^a-z]+/));
  return [...plans].reverse().find((plan) => words.has(plan)) ?? null;
}
