import type { z } from 'zod';
import type { McpToolRisk } from '../../shared/mcp-servers';

/**
 * Tools that come from outside the built-in catalog (another MCP server's), offered under their
 * catalog names and run by the same executor as the built-in ones.
 */
export interface ExternalTool {
  /** The catalog name, `mcp.<server>.<tool>`. */
  name: string;
  description: string;
  /** read runs on its own; write waits for a rep, whatever the policy says of the built-in tools. */
  risk: McpToolRisk;
  /** The server's input JSON Schema, as a model fills it in. */
  inputSchema: Record<string, unknown>;
  /** The same schema, compiled, to validate arguments before anything is sent. */
  input: z.ZodType;
}

/** What an external tool answers: untrusted text, already capped. */
export interface ExternalResult {
  text: string;
  omittedBytes: number;
}

export interface ExternalTools {
  /** An allowed tool by its catalog name; undefined when it is not one (or not allowed). */
  find(name: string): ExternalTool | undefined;
  /** The allowed tools of the servers that answer: what the reasoner is offered. */
  available(): ExternalTool[];
  /** Runs a tool; throws a ToolError when its server is down, too slow, or refuses. */
  call(name: string, args: Record<string, unknown>, signal: AbortSignal): Promise<ExternalResult>;
}
