import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, McpError, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import pkg from '../../../package.json' with { type: 'json' };
import type { McpServerConfig } from '../../../shared/mcp-servers';
import { logger } from '../../log';
import { ToolError } from '../../tools/tool-error';

/** Starting a server (`npx` may download it first) gets longer than one call. */
const startTimeoutMs = 30_000;

/** How many lines of a stdio server's stderr are kept to explain why it stopped. */
const stderrLines = 5;

/** Credentials for a server, by the names its settings list (environment variables or headers). */
export type ServerSecrets = Record<string, string>;

/**
 * One live connection to an MCP server, over stdio (the app starts the command) or Streamable HTTP.
 * It knows the tools the server listed, and becomes unavailable when the server exits, breaks the
 * protocol or stops answering; a new connection is the way back.
 */
export class ServerConnection {
  private readonly client = new Client({ name: pkg.name, version: pkg.version });
  private readonly stderr: string[] = [];
  private listed: Tool[] = [];
  private closing = false;
  /** Why the connection is unusable, once it is. */
  problem: string | null = null;

  private constructor(
    readonly config: McpServerConfig,
    private readonly transport: Transport,
  ) {}

  /** Connects and lists the server's tools; throws a ToolError saying why when it cannot. */
  static async open(config: McpServerConfig, secrets: ServerSecrets): Promise<ServerConnection> {
    const connection = new ServerConnection(config, transportFor(config, secrets));
    await connection.start();
    return connection;
  }

  get tools(): readonly Tool[] {
    return this.listed;
  }

  get usable(): boolean {
    return this.problem === null;
  }

  private async start(): Promise<void> {
    const { config, transport } = this;
    if (transport instanceof StdioClientTransport)
      transport.stderr?.on('data', (chunk: Buffer) => this.keepStderr(chunk.toString('utf8')));
    this.client.onclose = () => {
      if (!this.closing) this.fail(this.exitProblem());
    };
    this.client.onerror = (error) => logger.warn({ err: error, server: config.name }, 'MCP server error');
    try {
      const timeout = Math.max(config.timeoutMs, startTimeoutMs);
      await this.client.connect(transport, { timeout });
      this.listed = (await this.client.listTools(undefined, { timeout })).tools;
    } catch (error) {
      const problem = this.problem ?? `${config.name} could not be reached: ${describe(error)}`;
      await this.close();
      throw new ToolError('unavailable', problem, undefined, systemName(config.name));
    }
  }

  /** Calls one of the server's tools with the settings' timeout; a server that does not answer is let go. */
  async call(tool: string, args: Record<string, unknown>, signal?: AbortSignal): Promise<CallToolResult> {
    const system = systemName(this.config.name);
    if (this.problem) throw new ToolError('unavailable', this.problem, undefined, system);
    try {
      return (await this.client.callTool({ name: tool, arguments: args }, undefined, {
        timeout: this.config.timeoutMs,
        ...(signal ? { signal } : {}),
      })) as CallToolResult;
    } catch (error) {
      if (error instanceof McpError && error.code === ErrorCode.RequestTimeout) {
        const seconds = this.config.timeoutMs / 1000;
        this.fail(`${this.config.name} did not answer ${tool} within ${seconds} s.`);
        void this.close();
        throw new ToolError('timeout', this.problem!, undefined, system);
      }
      if (this.problem) throw new ToolError('unavailable', this.problem, undefined, system);
      if (error instanceof McpError)
        throw new ToolError('bad_request', `${this.config.name} refused ${tool}: ${error.message}`);
      throw new ToolError('unavailable', `${this.config.name} failed: ${describe(error)}`, undefined, system);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.client.close().catch(() => undefined);
  }

  private fail(problem: string): void {
    if (this.problem) return;
    this.problem = problem;
    logger.warn({ server: this.config.name, problem }, 'MCP server unavailable');
  }

  private keepStderr(text: string): void {
    for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
      this.stderr.push(line.slice(0, 300));
      if (this.stderr.length > stderrLines) this.stderr.shift();
    }
  }

  private exitProblem(): string {
    const last = this.stderr.at(-1);
    return `${this.config.name} stopped${last ? ` (it said: ${last})` : ''}.`;
  }
}

/** The name outages report, as the briefing and Settings show it. */
export const systemName = (server: string): string => `MCP server ${server}`;

function transportFor(config: McpServerConfig, secrets: ServerSecrets): Transport {
  const { transport } = config;
  if (transport.kind === 'stdio') {
    const env: Record<string, string> = { ...getDefaultEnvironment() };
    for (const name of transport.envNames) if (secrets[name] !== undefined) env[name] = secrets[name];
    return new StdioClientTransport({
      command: transport.command,
      args: transport.args,
      env,
      stderr: 'pipe',
    });
  }
  const headers: Record<string, string> = {};
  for (const name of transport.headerNames) if (secrets[name] !== undefined) headers[name] = secrets[name];
  return new StreamableHTTPClientTransport(new URL(transport.url), { requestInit: { headers } });
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
