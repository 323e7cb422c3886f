import type { ToolInput } from '../../../shared/tools';
import type { ToolHandler } from '../../tools/connector';
import { ToolError } from '../../tools/tool-error';
import type { HttpClient } from '../http/http-client';
import { AccountDetails, customerOf, interactionOfNote, noteOf } from './map';
import { createNote, getContact, notesOfContact, searchContacts, type Filter } from './requests';

const matchLimit = 20;
const notesRead = 20;
const recentInteractions = 5;

/**
 * The search for crm.findCustomer: every given field must match (as in the sandbox); a one-word name
 * may be a first or a last name, so it makes two alternative groups.
 */
function contactFilterGroups(query: ToolInput<'crm.findCustomer'>): Filter[][] {
  const base: Filter[] = [];
  const eq = (propertyName: string, value: string | undefined) => {
    if (value !== undefined) base.push({ propertyName, operator: 'EQ', value });
  };
  eq('hs_object_id', query.customerId);
  eq('email', query.email);
  // HubSpot's digits-only, country-code-free copy of `phone`; the last ten digits, as the sandbox compares.
  eq('hs_searchable_calculated_phone_number', query.phone?.replace(/\D/g, '').slice(-10));
  eq('zip', query.zip);
  const words = query.name?.split(/\s+/).filter(Boolean) ?? [];
  const token = (propertyName: string, value: string): Filter => ({
    propertyName,
    operator: 'CONTAINS_TOKEN',
    value,
  });
  if (words.length === 0) return [base];
  if (words.length === 1)
    return [
      [...base, token('firstname', words[0]!)],
      [...base, token('lastname', words[0]!)],
    ];
  return [[...base, token('firstname', words[0]!), token('lastname', words.at(-1)!)]];
}

const noCustomer = (id: string) => new ToolError('not_found', `No customer with id ${id} in HubSpot.`);

export interface HubspotTools {
  'crm.findCustomer': ToolHandler<'crm.findCustomer'>;
  'crm.getCustomer': ToolHandler<'crm.getCustomer'>;
  'crm.logInteraction': ToolHandler<'crm.logInteraction'>;
}

export function hubspotTools(client: HttpClient): HubspotTools {
  // The portal's currency, read once: HubSpot keeps no balance, so a customer's balance is 0 in it.
  let currency: Promise<string> | undefined;
  const portalCurrency = (signal: AbortSignal) => {
    if (!currency) {
      currency = client
        .request({ method: 'GET', path: '/account-info/v3/details', schema: AccountDetails, signal })
        .then((details) => details.companyCurrency);
      currency.catch(() => (currency = undefined));
    }
    return currency;
  };

  return {
    'crm.findCustomer': async (query, { signal }) => {
      if (query.customerId !== undefined && !/^\d+$/.test(query.customerId)) return { customers: [] };
      if (query.phone !== undefined && query.phone.replace(/\D/g, '').length < 7)
        throw new ToolError('bad_request', 'phone: expected at least 7 digits', 'phone');
      const contacts = await searchContacts(client, contactFilterGroups(query), matchLimit, signal);
      return { customers: contacts.map(customerOf) };
    },

    'crm.getCustomer': async ({ customerId }, { signal }) => {
      const contact = await getContact(client, customerId, signal);
      if (!contact) throw noCustomer(customerId);
      const [notes, balanceCurrency] = await Promise.all([
        notesOfContact(client, contact.id, { limit: notesRead }, signal),
        portalCurrency(signal),
      ]);
      const read = notes.map((note) => ({ note, interaction: interactionOfNote(note, contact.id) }));
      return {
        customer: customerOf(contact),
        recentInteractions: read.flatMap(({ interaction }) => interaction ?? []).slice(0, recentInteractions),
        notes: read.filter(({ interaction }) => !interaction).map(({ note }) => noteOf(note)),
        balance: { amount: 0, currency: balanceCurrency },
      };
    },

    'crm.logInteraction': async (input, { signal, now }) => {
      const contact = await getContact(client, input.customerId, signal);
      if (!contact) throw noCustomer(input.customerId);
      const at = now().toISOString();
      const note = await createNote(client, input, at, signal);
      const { customerId, channel, topic, summary, outcome, csat } = input;
      return {
        interaction: { id: note.id, customerId, channel, at, topic, summary, outcome, csat: csat ?? null },
      };
    },
  };
}
