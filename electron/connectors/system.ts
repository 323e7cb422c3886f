import type { ConnectionTest, SystemName, ToolGroup } from '../../shared/connections';
import type { RenewalSignals } from '../../shared/renewal-signals';
import type { CreditRecord, InteractionRecord, ToolHandler } from '../tools/connector';
import type { ToolName } from '../../shared/tools';
import type { CallRecord } from './http/http-client';
import type { SystemHealth } from './http/system-health';
import type { TicketSource } from './inbound/ticket-source';

/**
 * Who a customer is across systems. The CRM (or the sandbox) owns customer ids; the other systems know
 * customers by their verified email. Orders, payments and tickets from a real system carry the CRM's id
 * of their owner, so the executor's ownership rules apply to every connector exactly as to the sandbox.
 */
export interface CustomerDirectory {
  /** The CRM id of the customer with this email, or null when none. */
  idForEmail(email: string): Promise<string | null>;
  /** The email of a CRM customer, or null when there is no such customer. */
  emailForId(customerId: string): Promise<string | null>;
}

/** What a connector's records say about ownership, in the systems' own terms. */
export interface ExternalRecords {
  /** The email of the customer who owns the record, or null when there is no such record. */
  ownerEmailOf(kind: 'order' | 'shipment' | 'ticket', id: string): Promise<string | null>;
}

/** What every system gets from the app. */
export interface SystemDeps {
  customers: CustomerDirectory;
  health: SystemHealth;
  onCall: (record: CallRecord) => void;
  now: () => Date;
  timeoutMs?: number;
  /** Tests: a fetch that goes to an in-process mock. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** A configured system, ready to serve its tools. */
export interface OpenSystem {
  /** Reaches the account with the stored credentials and says which account, or why not. */
  test(): Promise<ConnectionTest>;
  /** Handlers for the tools of the groups it serves (vendor shapes never leave the connector's folder). */
  handlers: { readonly [T in ToolName]?: ToolHandler<T> };
  /** Ownership of its records, for customer conversations. */
  records?: ExternalRecords;
  /** Inbound systems: where tickets come from and replies go back to. */
  tickets?: TicketSource;
  /** Payment systems: credits a customer received, for the policy's goodwill limits. */
  creditsSince?(customerId: string, since: string): Promise<CreditRecord[]>;
  /** CRMs: which customer an email belongs to, and back (the ids every other system's records carry). */
  directory?: CustomerDirectory;
  /** CRMs: a customer's logged contacts, for repeat-contact escalation. */
  interactionsSince?(customerId: string, since: string): Promise<InteractionRecord[]>;
  /** CRMs: accounts, renewals and touchpoints for the renewal desk's cheat sheets. */
  renewals?: RenewalSignals;
}

/**
 * One real system: its settings (non-secret fields and secrets together, validated by `config`) and
 * how to open it. Each lives in `connectors/<system>/` with its client, mapping, tools and fixtures.
 */
export interface SystemConnector<C = Record<string, string>> {
  name: SystemName;
  groups: readonly ToolGroup[];
  /** Validates a configuration; errors name the field. */
  parseConfig(fields: Record<string, string>): { ok: true; value: C } | { ok: false; problems: string[] };
  open(config: C, deps: SystemDeps): OpenSystem;
}
