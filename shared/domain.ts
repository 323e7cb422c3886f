import { z } from 'zod';
import { ConnectionsSettings, defaultConnections } from './connections';
import { McpServersSettings } from './mcp-servers';

/** Where a conversation stands, from the rep's point of view (queue order follows this list). */
export const ConversationStatus = z.enum([
  'needs_approval',
  'escalated',
  'with_rep',
  'agent_handling',
  'resolved',
]);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const Channel = z.enum(['chat', 'email', 'task', 'mcp']);
export type Channel = z.infer<typeof Channel>;

/** How each channel is named to a rep (`mcp`: a call of an MCP client that waits for approval). */
export const channelLabels: Record<Channel, string> = {
  chat: 'Chat',
  email: 'Email',
  task: 'Delegated task',
  mcp: 'MCP client',
};

export const MessageRole = z.enum(['customer', 'agent', 'rep']);
export type MessageRole = z.infer<typeof MessageRole>;

const IsoTime = z.iso.datetime({ offset: true });

export const ConversationSummary = z.object({
  id: z.string(),
  customer: z.string(),
  channel: Channel,
  status: ConversationStatus,
  intent: z.string().nullable(),
  sentiment: z.number().min(-1).max(1).nullable(),
  lastMessage: z.string().nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const Message = z.object({
  id: z.string(),
  conversationId: z.string(),
  role: MessageRole,
  text: z.string(),
  at: IsoTime,
});
export type Message = z.infer<typeof Message>;

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

/** Which model reasons: the embedded offline engine, or a Chat Completions endpoint. */
export const ReasonerKind = z.enum(['offline', 'openai', 'azure', 'compatible']);
export type ReasonerKind = z.infer<typeof ReasonerKind>;

export const ReasonerSettings = z.object({
  kind: ReasonerKind,
  model: z.string().trim().min(1).max(200),
  /** For OpenAI-compatible servers (Ollama, vLLM, llama.cpp server, LM Studio) and proxies. */
  baseUrl: z.url({ protocol: /^https?$/ }).nullable(),
  azureEndpoint: z.url({ protocol: /^https$/ }).nullable(),
  azureDeployment: z.string().trim().min(1).max(200).nullable(),
  azureApiVersion: z.string().trim().min(1).max(50),
  timeoutMs: z.number().int().min(1000).max(300_000),
});
export type ReasonerSettings = z.infer<typeof ReasonerSettings>;

/** Settings → MCP server: the tools over Streamable HTTP on 127.0.0.1 (the token is in the keychain). */
export const McpServerSettings = z.object({
  enabled: z.boolean(),
  port: z.number().int().min(1024).max(65535),
});
export type McpServerSettings = z.infer<typeof McpServerSettings>;

export const Settings = z.object({
  theme: Theme,
  reasoner: ReasonerSettings,
  /** Real systems and which tools they serve; changed only through the connections methods. */
  connections: ConnectionsSettings,
  mcpServer: McpServerSettings,
  /** MCP servers whose tools the agent may use; changed only through the mcpServers methods. */
  mcpServers: McpServersSettings,
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  theme: 'system',
  reasoner: {
    kind: 'offline',
    model: 'gpt-4.1-mini',
    baseUrl: null,
    azureEndpoint: null,
    azureDeployment: null,
    azureApiVersion: '2024-10-21',
    timeoutMs: 30_000,
  },
  connections: defaultConnections,
  mcpServer: { enabled: false, port: 7391 },
  mcpServers: [],
};
