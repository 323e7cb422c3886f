import { z } from 'zod';
import type { AccountSummary } from '../../../shared/cheatsheet';
import {
  lookback,
  planNamed,
  type AccountSignals,
  type RenewalSignals,
  type RenewalTouchpoint,
} from '../../../shared/renewal-signals';
import { fail, ok, type Result } from '../../../shared/result';
import { failure } from '../http/connector-error';
import type { SalesforceApi } from './client';
import { isoTime, queryResult } from './map';
import { query } from './requests';
import { isSalesforceId, soqlDateTime, soqlString } from './soql';

/**
 * Salesforce as the renewal desk's port. An account is an Account with an open Opportunity of Type
 * 'Renewal' (standard fields only, so any org answers):
 *
 * - The renewal date is the soonest such Opportunity's CloseDate. Seats are its
 *   TotalOpportunityQuantity (the sum of its line items' Quantity), else one seat; the price per seat
 *   is its Amount over the seats (so the quote's subtotal is the Amount). Orgs keep no seats-in-use
 *   count: every seat reads as used. The plan is the first plan name (starter, team, business,
 *   enterprise) in the Opportunity's Name, else starter. Amounts are in `currency` (USD unless given):
 *   CurrencyIsoCode exists only in multi-currency orgs and cannot be asked for everywhere.
 * - The contact is the Account's primary contact role (AccountContactRole.IsPrimary), else its
 *   earliest Contact: Salesforce Contact ids are the customer ids everywhere else.
 * - Touchpoints are the Tasks (by CreatedDate; TaskSubtype Call and Email are calls and emails, others
 *   notes) and Events (meetings, by StartDateTime) whose WhatId is the Account.
 * - No product usage, tickets or interactions: those are empty.
 */

const renewalWhere = "IsClosed = false AND Type = 'Renewal'";
const opportunityFields = ['Id', 'Name', 'CloseDate', 'Amount', 'TotalOpportunityQuantity'];
const contactSubqueries =
  '(SELECT ContactId, Contact.Name FROM AccountContactRoles WHERE IsPrimary = true LIMIT 1), ' +
  '(SELECT Id, Name FROM Contacts ORDER BY CreatedDate LIMIT 1)';
/** The newest Tasks and Events read for a sheet: more than any lookback holds in practice. */
const touchpointsPerKind = 100;
const maxAccounts = 2000;

const Opportunity = z.object({
  Id: z.string(),
  Name: z.string().nullable(),
  CloseDate: z.string(),
  Amount: z.number().nullable(),
  TotalOpportunityQuantity: z.number().nullable(),
});
type Opportunity = z.infer<typeof Opportunity>;

const RenewalOpportunity = Opportunity.extend({
  AccountId: z.string(),
  Account: z.object({ Name: z.string() }),
});

const ContactRole = z.object({
  ContactId: z.string(),
  Contact: z.object({ Name: z.string() }).nullable(),
});
const ContactRow = z.object({ Id: z.string(), Name: z.string() });

const AccountContacts = z.object({
  Id: z.string(),
  AccountContactRoles: queryResult(ContactRole).nullable(),
  Contacts: queryResult(ContactRow).nullable(),
});
type AccountContacts = z.infer<typeof AccountContacts>;

const AccountWithRenewal = AccountContacts.extend({
  Name: z.string(),
  Opportunities: queryResult(Opportunity).nullable(),
});

const Task = z.object({
  Id: z.string(),
  Subject: z.string().nullable(),
  Description: z.string().nullable(),
  TaskSubtype: z.string().nullable(),
  CreatedDate: z.string(),
});
const Event = z.object({
  Id: z.string(),
  Subject: z.string().nullable(),
  Description: z.string().nullable(),
  StartDateTime: z.string().nullable(),
  CreatedDate: z.string(),
});

const taskChannels: Record<string, string> = { Call: 'call', Email: 'email' };

/** The account's contact: its primary contact role, else its earliest Contact. */
function contactOf(account: AccountContacts): { id: string; name: string } | null {
  const role = account.AccountContactRoles?.records[0];
  if (role) return { id: role.ContactId, name: role.Contact?.Name ?? '' };
  const first = account.Contacts?.records[0];
  return first ? { id: first.Id, name: first.Name } : null;
}

function subscriptionOf(opportunity: Opportunity) {
  const quantity = opportunity.TotalOpportunityQuantity;
  const seats = quantity !== null && Number.isInteger(quantity) && quantity > 0 ? quantity : 1;
  const amount = opportunity.Amount !== null && opportunity.Amount >= 0 ? opportunity.Amount : 0;
  return {
    plan: planNamed(opportunity.Name) ?? 'starter',
    seats,
    seatsUsed: seats,
    pricePerSeat: Math.round((amount / seats) * 100) / 100,
    renewalDate: opportunity.CloseDate,
  };
}

const summaryOf = (subject: string | null, description: string | null) =>
  [subject, description]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(': ');

async function touchpointsOf(api: SalesforceApi, accountId: string, now: Date): Promise<RenewalTouchpoint[]> {
  const what = soqlString(accountId);
  const until = soqlDateTime(now.toISOString());
  const [tasks, events] = await Promise.all([
    query(
      api,
      `SELECT Id, Subject, Description, TaskSubtype, CreatedDate FROM Task WHERE WhatId = ${what} AND CreatedDate <= ${until} ORDER BY CreatedDate DESC LIMIT ${touchpointsPerKind}`,
      Task,
    ),
    query(
      api,
      `SELECT Id, Subject, Description, StartDateTime, CreatedDate FROM Event WHERE WhatId = ${what} AND StartDateTime <= ${until} ORDER BY StartDateTime DESC LIMIT ${touchpointsPerKind}`,
      Event,
    ),
  ]);
  const at = now.toISOString();
  return [
    ...tasks.map((task) => ({
      at: isoTime(task.CreatedDate),
      channel: taskChannels[task.TaskSubtype ?? ''] ?? 'note',
      summary: summaryOf(task.Subject, task.Description),
    })),
    ...events.map((event) => ({
      at: isoTime(event.StartDateTime ?? event.CreatedDate),
      channel: 'meeting',
      summary: summaryOf(event.Subject, event.Description),
    })),
  ]
    .filter((t) => t.at <= at && t.summary !== '')
    .sort((a, b) => b.at.localeCompare(a.at));
}

export function salesforceRenewalSignals(
  api: SalesforceApi,
  options: { currency?: string } = {},
): RenewalSignals {
  return {
    async accounts(limit = maxAccounts): Promise<AccountSummary[]> {
      const opportunities = await query(
        api,
        `SELECT ${opportunityFields.join(', ')}, AccountId, Account.Name FROM Opportunity WHERE ${renewalWhere} AND AccountId != null ORDER BY CloseDate, Id LIMIT ${Math.min(limit, maxAccounts)}`,
        RenewalOpportunity,
      );
      // An account renews once: its soonest open renewal (the opportunities come soonest first).
      const soonest = new Map<string, z.infer<typeof RenewalOpportunity>>();
      for (const opportunity of opportunities)
        if (!soonest.has(opportunity.AccountId)) soonest.set(opportunity.AccountId, opportunity);
      if (soonest.size === 0) return [];
      const ids = [...soonest.keys()];
      const contacts = await query(
        api,
        `SELECT Id, ${contactSubqueries} FROM Account WHERE Id IN (${ids.map(soqlString).join(', ')})`,
        AccountContacts,
      );
      const contactIds = new Map(contacts.map((account) => [account.Id, contactOf(account)?.id ?? '']));
      return ids.map((id) => {
        const opportunity = soonest.get(id)!;
        const { plan, seats, seatsUsed, renewalDate } = subscriptionOf(opportunity);
        return {
          id,
          name: opportunity.Account.Name,
          customerId: contactIds.get(id) ?? '',
          plan,
          seats,
          seatsUsed,
          renewalDate,
        };
      });
    },

    async signals(accountId, now): Promise<Result<AccountSignals>> {
      if (!isSalesforceId(accountId))
        return fail('not_found', `No account with id ${accountId}.`, 'accountId');
      try {
        const [[account], touchpoints] = await Promise.all([
          query(
            api,
            `SELECT Id, Name, (SELECT ${opportunityFields.join(', ')} FROM Opportunities WHERE ${renewalWhere} ORDER BY CloseDate LIMIT 1), ${contactSubqueries} FROM Account WHERE Id = ${soqlString(accountId)}`,
            AccountWithRenewal,
          ),
          touchpointsOf(api, accountId, now),
        ]);
        if (!account) return fail('not_found', `No account with id ${accountId}.`, 'accountId');
        const opportunity = account.Opportunities?.records[0];
        if (!opportunity)
          return fail('not_found', `Account ${accountId} has no open renewal opportunity.`, 'accountId');
        const contact = contactOf(account);
        const since = new Date(now.getTime() - lookback.mentionDays * 86_400_000).toISOString();
        return ok({
          account: { id: account.Id, customerId: contact?.id ?? '', name: account.Name },
          contactName: contact?.name ?? '',
          currency: options.currency ?? 'USD',
          subscription: subscriptionOf(opportunity),
          usageTracked: false,
          usage: [],
          lastActive: new Map(),
          touchpoints: touchpoints.filter((t) => t.at >= since),
          lastTouchpoint: touchpoints[0] ?? null,
          tickets: [],
          interactions: [],
        });
      } catch (error) {
        return failure(error);
      }
    },
  };
}
