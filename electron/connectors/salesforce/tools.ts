import type { ToolInput } from '../../../shared/tools';
import type { ToolHandler } from '../../tools/connector';
import { ToolError } from '../../tools/tool-error';
import type { SalesforceApi } from './client';
import { customerOf, interactionOfTask, notesOf } from './map';
import { contactEmail, contactWithTasks, createTask, findContacts } from './requests';
import { isSalesforceId, soqlContains, soqlString } from './soql';

const matchLimit = 20;

/** The conditions of crm.findCustomer: every given field must match, as in the sandbox. */
function contactConditions(query: ToolInput<'crm.findCustomer'>): string[] {
  const where: string[] = [];
  if (query.customerId !== undefined) where.push(`Id = ${soqlString(query.customerId)}`);
  if (query.email !== undefined) where.push(`Email = ${soqlString(query.email)}`);
  for (const word of query.name?.split(/\s+/).filter(Boolean) ?? [])
    where.push(`Name LIKE ${soqlContains(word)}`);
  if (query.zip !== undefined) where.push(`MailingPostalCode = ${soqlString(query.zip)}`);
  return where;
}

const noCustomer = (id: string) => new ToolError('not_found', `No customer with id ${id} in Salesforce.`);

export interface SalesforceTools {
  'crm.findCustomer': ToolHandler<'crm.findCustomer'>;
  'crm.getCustomer': ToolHandler<'crm.getCustomer'>;
  'crm.logInteraction': ToolHandler<'crm.logInteraction'>;
}

export function salesforceTools(api: SalesforceApi): SalesforceTools {
  return {
    'crm.findCustomer': async (query, { signal }) => {
      if (query.customerId !== undefined && !isSalesforceId(query.customerId)) return { customers: [] };
      // The last ten digits, as the sandbox compares phones: a country code typed or not still matches.
      const digits = query.phone?.replace(/\D/g, '').slice(-10);
      if (digits !== undefined && digits.length < 7)
        throw new ToolError('bad_request', 'phone: expected at least 7 digits', 'phone');
      const contacts = await findContacts(api, contactConditions(query), digits, matchLimit, signal);
      return { customers: contacts.map(customerOf) };
    },

    'crm.getCustomer': async ({ customerId }, { signal }) => {
      const contact = await contactWithTasks(api, customerId, signal);
      if (!contact) throw noCustomer(customerId);
      return {
        customer: customerOf(contact),
        recentInteractions: (contact.Tasks?.records ?? []).map((task) => interactionOfTask(task, contact.Id)),
        notes: notesOf(contact),
        // Salesforce keeps no store-credit balance; the payments system does.
        balance: { amount: 0, currency: 'USD' },
      };
    },

    'crm.logInteraction': async (input, { signal, now }) => {
      if ((await contactEmail(api, input.customerId, signal)) === null) throw noCustomer(input.customerId);
      const at = now();
      const id = await createTask(api, input, at.toISOString().slice(0, 10), signal);
      const { customerId, channel, topic, summary, outcome, csat } = input;
      return {
        interaction: {
          id,
          customerId,
          channel,
          at: at.toISOString(),
          topic,
          summary,
          outcome,
          csat: csat ?? null,
        },
      };
    },
  };
}
