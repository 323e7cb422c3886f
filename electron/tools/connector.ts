import type { ToolInput, ToolName, ToolOutput } from '../../shared/tools';
import type { RecordKind } from './record-refs';

/** What a connector gets besides the validated input. */
export interface ToolContext {
  /** Present for writes and money: pass it on to APIs that support idempotency (Stripe, Shopify…). */
  idempotencyKey: string | undefined;
  /** Aborted when the call times out. */
  signal: AbortSignal;
  now(): Date;
}

export type ToolHandler<T extends ToolName> = (
  input: ToolInput<T>,
  context: ToolContext,
) => ToolOutput<T> | Promise<ToolOutput<T>>;

/** A store credit as the goodwill limits count it. */
export interface CreditRecord {
  at: string;
  orderId: string | null;
  amount: number;
  currency: string;
}

/** A contact with a customer as the CRM recorded it. */
export interface InteractionRecord {
  id: string;
  at: string;
  channel: string;
  topic: string;
  summary: string;
}

/** A ticket of a customer that is still open or pending. */
export interface OpenTicketRecord {
  id: string;
  subject: string;
  status: string;
  tags: string[];
  orderId: string | null;
  createdAt: string;
}

/**
 * What the executor asks a system about its records, below every reasoner: who owns a record (for the
 * ownership check of customer conversations), which credits a customer received (for the policy's
 * goodwill limits, counted from the records and not from a conversation), and a customer's recent
 * contacts and open tickets (for repeat contacts).
 */
export interface RecordsPort {
  /** The id of the customer who owns the record, or null when there is no such record. */
  ownerOf(kind: RecordKind, id: string): string | null | Promise<string | null>;
  /** Credits issued to a customer at or after `since` (ISO time). */
  creditsSince(customerId: string, since: string): CreditRecord[] | Promise<CreditRecord[]>;
  /** A CRM's interactions with a customer at or after `since` (ISO time), newest first. */
  interactionsSince?(customerId: string, since: string): InteractionRecord[] | Promise<InteractionRecord[]>;
  /** A ticket system's open and pending tickets of a customer, newest first. */
  openTickets?(customerId: string): OpenTicketRecord[] | Promise<OpenTicketRecord[]>;
}

/**
 * A system of record behind some of the tools: the sandbox implements them all; Zendesk, HubSpot,
 * Shopify, Stripe or a carrier API implement the ones they own. The agent never sees which.
 * Handlers throw ToolError for expected failures (missing record, refused state change, outage).
 */
export interface Connector {
  readonly name: string;
  readonly handlers: { readonly [T in ToolName]?: ToolHandler<T> };
  /** Ownership and credit history of its records; without it, customer conversations cannot use it. */
  readonly records?: RecordsPort;
  /**
   * Its handlers write synchronously to the app's own database, so a write and the record that it
   * happened (the idempotency key's result) commit in one transaction.
   */
  readonly local?: boolean;
}
