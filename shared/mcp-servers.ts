import { z } from 'zod';

/**
 * MCP servers whose tools the agent may use (Settings → MCP servers). Settings keep the server's
 * command or URL and the rep's allowlist; environment values and headers are credentials and live in
 * the keychain, so only their names are here.
 */

/** A server's name is part of its tools' catalog names (`mcp.<server>.<tool>`), so it stays simple. */
export const McpServerName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'use lowercase letters, digits and dashes, starting with a letter');
export type McpServerName = z.infer<typeof McpServerName>;

const EnvName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'not an environment variable name');
const HeaderName = z.string().regex(/^[A-Za-z0-9-]+$/, 'not an HTTP header name');

export const McpTransport = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('stdio'),
    command: z.string().trim().min(1).max(1000),
    args: z.array(z.string().max(1000)).max(100),
    /** Variables set from the keychain when the server starts. */
    envNames: z.array(EnvName).max(50),
  }),
  z.object({
    kind: z.literal('http'),
    url: z.url({ protocol: /^https?$/ }),
    /** Headers sent from the keychain with every request. */
    headerNames: z.array(HeaderName).max(50),
  }),
]);
export type McpTransport = z.infer<typeof McpTransport>;

/** What a tool may do: read-only runs on its own; write (the default) waits for a rep's approval. */
export const McpToolRisk = z.enum(['read', 'write']);
export type McpToolRisk = z.infer<typeof McpToolRisk>;

export const McpToolSetting = z.object({ allowed: z.boolean(), risk: McpToolRisk });
export type McpToolSetting = z.infer<typeof McpToolSetting>;

export const McpServerConfig = z.object({
  name: McpServerName,
  transport: McpTransport,
  /** The rep's decision per tool; a tool not listed is not allowed. */
  tools: z.record(z.string().max(128), McpToolSetting),
  timeoutMs: z.number().int().min(1000).max(120_000),
  maxResultBytes: z.number().int().min(1024).max(1_048_576),
});
export type McpServerConfig = z.infer<typeof McpServerConfig>;

export const mcpServerDefaults = { timeoutMs: 10_000, maxResultBytes: 16_384 } as const;

export const McpServersSettings = z.array(McpServerConfig).max(50);
export type McpServersSettings = z.infer<typeof McpServersSettings>;

/** `mcp.<server>.<tool>`: the name the policy, the audit log and the reasoner use for a server's tool. */
export const mcpToolName = (server: string, tool: string): string => `mcp.${server}.${tool}`;

/** The server and tool a catalog name stands for, or undefined when it is not an MCP tool's name. */
export function parseMcpToolName(name: string): { server: string; tool: string } | undefined {
  const match = /^mcp\.([a-z][a-z0-9-]{0,31})\.(.+)$/.exec(name);
  return match ? { server: match[1]!, tool: match[2]! } : undefined;
}

export const McpServerState = z.enum(['connected', 'unavailable', 'disconnected']);

/** One tool a server offers, with the rep's decision on it. */
export const McpToolStatus = z.object({
  name: z.string(),
  catalogName: z.string(),
  description: z.string(),
  allowed: z.boolean(),
  risk: McpToolRisk,
});
export type McpToolStatus = z.infer<typeof McpToolStatus>;

export const McpServerStatus = z.object({
  name: McpServerName,
  transport: McpTransport,
  state: McpServerState,
  /** Why the server is unavailable, in words a rep can act on. */
  problem: z.string().nullable(),
  tools: z.array(McpToolStatus),
  /** Credential names that have a value in the keychain (the values never leave the main side). */
  secretsSet: z.array(z.string()),
});
export type McpServerStatus = z.infer<typeof McpServerStatus>;

export const McpServersOverview = z.object({ servers: z.array(McpServerStatus) });
export type McpServersOverview = z.infer<typeof McpServersOverview>;

/** Adding a server: its command or URL, and the credential values that go to the keychain. */
export const McpServerAdd = z
  .object({
    name: McpServerName,
    transport: McpTransport,
    secrets: z.record(z.string().max(100), z.string().max(10_000)).optional(),
  })
  .strict();
export type McpServerAdd = z.infer<typeof McpServerAdd>;
