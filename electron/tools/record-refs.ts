import type { ToolName } from '../../shared/tools';

/** Kinds of records a tool call can name, each owned by one customer. */
export type RecordKind = 'customer' | 'email' | 'order' | 'shipment' | 'ticket' | 'account';

/** One record a call names, and the argument that names it. */
export interface RecordRef {
  kind: RecordKind;
  id: string;
  field: string;
}

// Every tool names its records with these arguments; a new tool that names a record another way must
// be added here, or a customer conversation could reach it unchecked.
const kindOfField: Readonly<Record<string, RecordKind>> = {
  customerId: 'customer',
  orderId: 'order',
  trackingNumber: 'shipment',
  ticketId: 'ticket',
  accountId: 'account',
};

/** Where an email is written to: a customer's own address, never someone else's. */
const recipientFields: Partial<Record<ToolName, string>> = { 'email.send': 'to' };

/** The records a call names through its (validated) arguments. */
export function recordRefs(tool: ToolName, args: Record<string, unknown>): RecordRef[] {
  const refs: RecordRef[] = [];
  for (const [field, value] of Object.entries(args)) {
    const kind = kindOfField[field];
    if (kind && typeof value === 'string') refs.push({ kind, id: value, field });
  }
  const recipient = recipientFields[tool];
  const to = recipient === undefined ? undefined : args[recipient];
  if (recipient !== undefined && typeof to === 'string')
    refs.push({ kind: 'email', id: to, field: recipient });
  return refs;
}

/** The message a caller gets for a record it may not reach: the same as for one that does not exist. */
export function notFoundMessage(ref: RecordRef): string {
  switch (ref.kind) {
    case 'shipment':
      return `No shipment with tracking number ${ref.id}.`;
    case 'email':
      return `No customer with email ${ref.id}.`;
    default:
      return `No ${ref.kind} with id ${ref.id}.`;
  }
}

/** The tool whose connector answers who owns a record of each kind. */
export const ownerRoute: Readonly<Record<RecordKind, ToolName>> = {
  customer: 'crm.getCustomer',
  email: 'crm.findCustomer',
  order: 'orders.get',
  shipment: 'shipping.track',
  ticket: 'tickets.update',
  account: 'accounts.get',
};
