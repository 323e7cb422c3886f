import { z } from 'zod';
import { AppErrorSchema } from './result';
import { Action, AuditEntry, Escalation, RunReport, Step } from './agent';
import { ConversationStatus, ConversationSummary, Message, Settings } from './domain';
import { AccountSummary, CheatSheet } from './cheatsheet';
import { ConversationOutcome, MetricsReport } from './metrics';
import { Policy, PolicyProblem } from './policy';
import {
  ConnectionsOverview,
  ConnectionTest,
  SyncReport,
  SystemName,
  SystemStatus,
  ToolGroup,
} from './connections';
import { McpServerAdd, McpServerName, McpServersOverview, McpServerStatus, McpToolRisk } from './mcp-servers';

/**
 * The one API between the UI and the main side. Electron IPC, the web host's WebSocket and the
 * tests all speak it; every payload is parsed with these schemas on arrival.
 */
export const methods = {
  'app.info': {
    params: z.object({}).strict(),
    result: z.object({
      name: z.string(),
      version: z.string(),
      transport: z.enum(['electron', 'web', 'direct']),
      dataDir: z.string(),
      schemaVersion: z.number().int(),
    }),
  },
  'conversations.list': {
    params: z
      .object({
        status: ConversationStatus.optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    result: z.object({ items: z.array(ConversationSummary) }),
  },
  'conversations.get': {
    params: z.object({ id: z.string().min(1) }).strict(),
    result: z.object({ conversation: ConversationSummary, messages: z.array(Message) }),
  },
  'conversations.postCustomerMessage': {
    params: z
      .object({
        conversationId: z.string().min(1).optional(),
        customer: z.string().trim().min(1).max(200),
        text: z.string().trim().min(1).max(10_000),
      })
      .strict(),
    result: z.object({ conversation: ConversationSummary, message: Message }),
  },
  'agent.report': {
    params: z.object({ conversationId: z.string().min(1) }).strict(),
    result: RunReport,
  },
  'actions.approve': {
    params: z
      .object({ actionId: z.string().min(1), args: z.record(z.string(), z.unknown()).optional() })
      .strict(),
    result: Action,
  },
  'actions.reject': {
    params: z.object({ actionId: z.string().min(1), reason: z.string().trim().min(1).max(2000) }).strict(),
    result: Action,
  },
  'conversations.takeOver': {
    params: z.object({ conversationId: z.string().min(1) }).strict(),
    result: z.null(),
  },
  'conversations.sendRepMessage': {
    params: z
      .object({ conversationId: z.string().min(1), text: z.string().trim().min(1).max(10_000) })
      .strict(),
    result: z.null(),
  },
  'conversations.handBack': {
    params: z.object({ conversationId: z.string().min(1) }).strict(),
    result: z.null(),
  },
  'policy.get': {
    params: z.object({}).strict(),
    result: z.object({
      text: z.string(),
      source: z.enum(['default', 'file']),
      problems: z.array(PolicyProblem),
      policy: Policy,
    }),
  },
  'policy.save': {
    params: z.object({ text: z.string().max(200_000) }).strict(),
    result: z.object({ saved: z.boolean(), problems: z.array(PolicyProblem) }),
  },
  'audit.list': {
    params: z
      .object({
        conversationId: z.string().min(1).optional(),
        search: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    result: z.object({ entries: z.array(AuditEntry) }),
  },
  'audit.export': {
    params: z.object({ search: z.string().max(200).optional() }).strict(),
    /** One JSON object per line, oldest first. */
    result: z.object({ jsonl: z.string(), count: z.number().int() }),
  },
  'settings.apiKeyStatus': {
    params: z.object({}).strict(),
    result: z.object({ hasApiKey: z.boolean() }),
  },
  'settings.setApiKey': {
    /** null removes the key. The key is never sent back. */
    params: z.object({ apiKey: z.string().trim().min(1).max(500).nullable() }).strict(),
    result: z.object({ hasApiKey: z.boolean() }),
  },
  'outcomes.recordCsat': {
    params: z
      .object({
        conversationId: z.string().min(1),
        score: z.number().int().min(1).max(5),
        by: z.enum(['customer', 'rep']),
      })
      .strict(),
    result: ConversationOutcome,
  },
  'outcomes.get': {
    params: z.object({ conversationId: z.string().min(1) }).strict(),
    result: ConversationOutcome,
  },
  'metrics.get': {
    params: z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() }).strict(),
    result: MetricsReport,
  },
  'tasks.delegate': {
    params: z.object({ accountId: z.string().min(1), task: z.string().trim().min(1).max(2000) }).strict(),
    result: RunReport,
  },
  'accounts.list': {
    params: z.object({}).strict(),
    result: z.object({ accounts: z.array(AccountSummary) }),
  },
  'cheatsheet.get': {
    params: z.object({ accountId: z.string().min(1) }).strict(),
    result: CheatSheet,
  },
  'settings.get': {
    params: z.object({}).strict(),
    result: Settings,
  },
  'settings.update': {
    params: Settings.omit({ connections: true, mcpServers: true }).partial().strict(),
    result: Settings,
  },
  'connections.list': {
    params: z.object({}).strict(),
    result: ConnectionsOverview,
  },
  /** Credentials go to the keychain; fields left out keep their saved values. */
  'connections.configure': {
    params: z
      .object({ system: SystemName, fields: z.record(z.string().max(100), z.string().max(10_000)) })
      .strict(),
    result: SystemStatus,
  },
  'connections.remove': {
    params: z.object({ system: SystemName }).strict(),
    result: ConnectionsOverview,
  },
  'connections.test': {
    params: z.object({ system: SystemName }).strict(),
    result: ConnectionTest,
  },
  'connections.map': {
    params: z.object({ group: ToolGroup, system: z.union([SystemName, z.literal('sandbox')]) }).strict(),
    result: ConnectionsOverview,
  },
  'connections.setSyncInterval': {
    params: z.object({ seconds: z.number().int().min(15).max(3600) }).strict(),
    result: ConnectionsOverview,
  },
  /** One pass of inbound sync for a helpdesk that serves the tickets group. */
  'connections.sync': {
    params: z.object({ system: SystemName }).strict(),
    result: SyncReport,
  },
  /** A few sandbox customers worth playing, with what makes each interesting. */
  'sandbox.demoCustomers': {
    params: z.object({}).strict(),
    result: z.object({
      customers: z.array(z.object({ email: z.string(), name: z.string(), why: z.string(), try: z.string() })),
    }),
  },
  /** Settings → Sample data: deletes the first-run history of sample conversations and all that hangs off them. */
  'sandbox.clearSampleData': {
    params: z.object({}).strict(),
    result: z.object({ removed: z.number().int().min(0) }),
  },
  /** Settings → MCP server: whether it is on, where it listens (null while stopped) and whether a token is set. */
  'mcpServer.status': {
    params: z.object({}).strict(),
    result: z.object({
      enabled: z.boolean(),
      url: z.string().nullable(),
      tokenSet: z.boolean(),
      /** Why it is on but not serving (the port is taken, …); null otherwise. */
      error: z.string().nullable(),
    }),
  },
  /** A new bearer token for the MCP server, returned only in this answer (kept in the keychain). */
  'mcpServer.rotateToken': {
    params: z.object({}).strict(),
    result: z.object({ token: z.string() }),
  },
  /** Settings → MCP servers: the servers whose tools the agent may use, their state and tools. */
  'mcpServers.list': {
    params: z.object({}).strict(),
    result: McpServersOverview,
  },
  /** Adds or replaces a server (credentials go to the keychain), connects and lists its tools. */
  'mcpServers.add': {
    params: McpServerAdd,
    result: McpServerStatus,
  },
  'mcpServers.remove': {
    params: z.object({ name: McpServerName }).strict(),
    result: McpServersOverview,
  },
  /** The rep's decision on one tool: allowed or not, and read-only or write (needs approval). */
  'mcpServers.setTool': {
    params: z
      .object({
        server: McpServerName,
        tool: z.string().min(1).max(128),
        allowed: z.boolean(),
        risk: McpToolRisk,
      })
      .strict(),
    result: McpServerStatus,
  },
  'mcpServers.reconnect': {
    params: z.object({ name: McpServerName }).strict(),
    result: McpServerStatus,
  },
} as const;

/** Events the main side pushes to every connected UI. */
export const events = {
  /** A scheduled call starts soon: the rep gets its cheat sheet. */
  'call.upcoming': z.object({
    eventId: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    startsAt: z.string(),
    cheatSheet: CheatSheet,
  }),
  'conversation.updated': ConversationSummary,
  'message.added': Message,
  'settings.changed': Settings,
  'agent.step': Step,
  'action.updated': Action,
  'escalation.raised': Escalation.extend({ conversationId: z.string() }),
  /** A connected system stopped answering (after repeated failures) or answers again. */
  'system.availability': z.object({
    system: SystemName,
    available: z.boolean(),
    lastError: z.string().nullable(),
  }),
  /** A reply as the model streams it, before it is sent. */
  'agent.draft': z.object({ conversationId: z.string(), text: z.string() }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type Params<M extends MethodName> = z.input<Methods[M]['params']>;
export type ResultOf<M extends MethodName> = z.infer<Methods[M]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.hasOwn(methods, name);

/** A request on a message transport (WebSocket); IPC carries `method` and `params` alone. */
export const RequestEnvelope = z.object({
  id: z.union([z.string().min(1).max(100), z.number().int()]),
  method: z.string().min(1).max(100),
  params: z.unknown().optional(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelope>;

export const CallResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorSchema }),
]);

export const ResponseEnvelope = z.object({
  type: z.literal('response'),
  id: z.union([z.string(), z.number(), z.null()]),
  result: CallResult,
});
export type ResponseEnvelope = z.infer<typeof ResponseEnvelope>;

export const EventEnvelope = z.object({
  type: z.literal('event'),
  event: z.string(),
  payload: z.unknown(),
});
export type EventEnvelope = z.infer<typeof EventEnvelope>;

/** What `window.assist` offers the renderer, whatever the transport. */
export interface AssistApi {
  call<M extends MethodName>(
    method: M,
    params: Params<M>,
  ): Promise<{ ok: true; value: ResultOf<M> } | { ok: false; error: z.infer<typeof AppErrorSchema> }>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
