import { z } from 'zod';
import type { ToolName } from './tools';

/** The real systems a team can connect; anything not mapped to one stays on the embedded sandbox. */
export const SystemName = z.enum([
  'zendesk',
  'freshdesk',
  'hubspot',
  'salesforce',
  'shopify',
  'stripe',
  'easypost',
  'shipengine',
]);
export type SystemName = z.infer<typeof SystemName>;

/** Where inbound tickets come from: a real helpdesk, or the embedded sandbox (the first-run working day). */
export const InboundSystem = z.union([SystemName, z.literal('sandbox')]);
export type InboundSystem = z.infer<typeof InboundSystem>;

/** Groups of tools that one system serves together. */
export const ToolGroup = z.enum(['tickets', 'crm', 'orders', 'payments', 'shipping', 'kb']);
export type ToolGroup = z.infer<typeof ToolGroup>;

export const toolsOfGroup: Readonly<Record<ToolGroup, readonly ToolName[]>> = {
  tickets: ['tickets.create', 'tickets.comment', 'tickets.update'],
  crm: ['crm.findCustomer', 'crm.getCustomer', 'crm.logInteraction'],
  orders: [
    'orders.get',
    'orders.list',
    'orders.cancel',
    'orders.updateAddress',
    'orders.return',
    'orders.exchange',
    'catalog.get',
  ],
  payments: ['payments.issueCredit', 'payments.refund'],
  shipping: ['shipping.track'],
  kb: ['kb.search'],
};

/** One setting of a system, as Settings → Connections asks for it. */
export interface SystemField {
  key: string;
  label: string;
  /** Kept in the OS keychain (or the owner-only secrets file), never in settings.json. */
  secret: boolean;
  required: boolean;
  placeholder?: string;
}

export interface SystemSpec {
  name: SystemName;
  label: string;
  /** The groups it can serve. */
  groups: readonly ToolGroup[];
  /** Whether its tickets flow into the queue (`connectors sync`). */
  inbound: boolean;
  /** Where its API lives unless `baseUrl` says otherwise; null where it depends on the account. */
  defaultBaseUrl: string | null;
  fields: readonly SystemField[];
}

const baseUrl = (placeholder: string, required: boolean): SystemField => ({
  key: 'baseUrl',
  label: 'Base URL',
  secret: false,
  required,
  placeholder,
});

export const systems: Readonly<Record<SystemName, SystemSpec>> = {
  zendesk: {
    name: 'zendesk',
    label: 'Zendesk',
    groups: ['tickets', 'kb'],
    inbound: true,
    defaultBaseUrl: null,
    fields: [
      baseUrl('https://yourcompany.zendesk.com or yourcompany', true),
      { key: 'email', label: 'Agent email', secret: false, required: true },
      { key: 'apiToken', label: 'API token', secret: true, required: true },
    ],
  },
  freshdesk: {
    name: 'freshdesk',
    label: 'Freshdesk',
    groups: ['tickets', 'kb'],
    inbound: true,
    defaultBaseUrl: null,
    fields: [
      baseUrl('https://yourcompany.freshdesk.com or yourcompany', true),
      { key: 'apiKey', label: 'API key', secret: true, required: true },
    ],
  },
  hubspot: {
    name: 'hubspot',
    label: 'HubSpot',
    groups: ['crm'],
    inbound: false,
    defaultBaseUrl: 'https://api.hubapi.com',
    fields: [
      baseUrl('https://api.hubapi.com', false),
      { key: 'accessToken', label: 'Private app access token', secret: true, required: true },
    ],
  },
  salesforce: {
    name: 'salesforce',
    label: 'Salesforce',
    groups: ['crm'],
    inbound: false,
    defaultBaseUrl: null,
    fields: [
      baseUrl('https://yourcompany.my.salesforce.com', true),
      { key: 'accessToken', label: 'Access token', secret: true, required: true },
      { key: 'apiVersion', label: 'API version', secret: false, required: false, placeholder: '62.0' },
    ],
  },
  shopify: {
    name: 'shopify',
    label: 'Shopify',
    groups: ['orders'],
    inbound: false,
    defaultBaseUrl: null,
    fields: [
      baseUrl('https://yourshop.myshopify.com or yourshop', true),
      { key: 'accessToken', label: 'Admin API access token', secret: true, required: true },
      { key: 'apiVersion', label: 'API version', secret: false, required: false, placeholder: '2025-07' },
    ],
  },
  stripe: {
    name: 'stripe',
    label: 'Stripe',
    groups: ['payments'],
    inbound: false,
    defaultBaseUrl: 'https://api.stripe.com',
    fields: [
      baseUrl('https://api.stripe.com', false),
      { key: 'secretKey', label: 'Secret or restricted key', secret: true, required: true },
      {
        key: 'orderIdMetadataKey',
        label: 'Metadata key holding the order id',
        secret: false,
        required: false,
        placeholder: 'order_id',
      },
    ],
  },
  easypost: {
    name: 'easypost',
    label: 'EasyPost',
    groups: ['shipping'],
    inbound: false,
    defaultBaseUrl: 'https://api.easypost.com',
    fields: [
      baseUrl('https://api.easypost.com', false),
      { key: 'apiKey', label: 'API key', secret: true, required: true },
    ],
  },
  shipengine: {
    name: 'shipengine',
    label: 'ShipEngine',
    groups: ['shipping'],
    inbound: false,
    defaultBaseUrl: 'https://api.shipengine.com',
    fields: [
      baseUrl('https://api.shipengine.com', false),
      { key: 'apiKey', label: 'API key', secret: true, required: true },
    ],
  },
};

/** What settings.json keeps of a configured system: its non-secret fields only. */
export const SystemSettings = z.object({
  fields: z.record(z.string(), z.string()),
  configuredAt: z.iso.datetime({ offset: true }),
});
export type SystemSettings = z.infer<typeof SystemSettings>;

export const ConnectionsSettings = z.object({
  systems: z.partialRecord(SystemName, SystemSettings),
  /** Which system serves each group; a group not listed stays on the sandbox. */
  mapping: z.partialRecord(ToolGroup, SystemName),
  /** How often the app pulls new tickets from the inbound systems. */
  syncIntervalSeconds: z.number().int().min(15).max(3600),
});
export type ConnectionsSettings = z.infer<typeof ConnectionsSettings>;

export const defaultConnections: ConnectionsSettings = { systems: {}, mapping: {}, syncIntervalSeconds: 60 };

/** Why a connection test failed, in words a rep can act on. */
export const ConnectionProblem = z.enum([
  'not_configured',
  'token_rejected',
  'scope_missing',
  'host_not_found',
  'timed_out',
  'unreachable',
  'unexpected_response',
]);
export type ConnectionProblem = z.infer<typeof ConnectionProblem>;

export const ConnectionTest = z.object({
  system: SystemName,
  ok: z.boolean(),
  /** The account reached ("Acme Support (acme.zendesk.com)"), when ok. */
  account: z.string().nullable(),
  problem: ConnectionProblem.nullable(),
  /** The scope the token lacks, when the problem is `scope_missing`. */
  scope: z.string().nullable(),
  message: z.string(),
});
export type ConnectionTest = z.infer<typeof ConnectionTest>;

/** One system as `connectors list` and Settings → Connections show it. */
export const SystemStatus = z.object({
  name: SystemName,
  label: z.string(),
  groups: z.array(ToolGroup),
  inbound: z.boolean(),
  configured: z.boolean(),
  /** Non-secret settings; secrets only say whether they are set. */
  fields: z.record(z.string(), z.string()),
  secretsSet: z.array(z.string()),
  /** Marked after repeated failures; cleared by the next call that succeeds. */
  available: z.boolean(),
  lastError: z.string().nullable(),
});
export type SystemStatus = z.infer<typeof SystemStatus>;

export const ConnectionsOverview = z.object({
  systems: z.array(SystemStatus),
  mapping: z.record(ToolGroup, z.union([SystemName, z.literal('sandbox')])),
  syncIntervalSeconds: z.number().int(),
});
export type ConnectionsOverview = z.infer<typeof ConnectionsOverview>;

/** What one pass of inbound sync did. */
export const SyncReport = z.object({
  system: InboundSystem,
  fetched: z.number().int().min(0),
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  processed: z.number().int().min(0),
  repliesPosted: z.number().int().min(0),
  notesPosted: z.number().int().min(0),
  cursor: z.string().nullable(),
});
export type SyncReport = z.infer<typeof SyncReport>;
