import { randomBytes } from 'node:crypto';
import type { McpServerSettings } from '../../shared/domain';
import type { App } from '../app';
import { logger } from '../log';
import type { SecretStore } from '../services/secrets';
import { startMcpHttpServer, type McpHttpServer } from './http-server';

/** The keychain entry of the MCP server's bearer token; never in settings, logs or exports. */
export const mcpTokenSecret = 'mcp.token';

export interface McpHttpStatus {
  enabled: boolean;
  url: string | null;
  tokenSet: boolean;
  error: string | null;
}

/**
 * Settings → MCP server: runs the HTTP server while it is enabled and a token is set, and restarts it
 * when the port or the token changes. Every change is applied in order, one at a time.
 */
export class McpHttpControl {
  private running: { server: McpHttpServer; port: number; token: string } | null = null;
  private error: string | null = null;
  private closed = false;
  private applied: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: {
      app: () => App;
      secrets: SecretStore;
      settings: () => McpServerSettings;
      /** False where the host must not bind ports (CLIs, tests that do not ask). */
      allowed: boolean;
    },
  ) {}

  /** Brings the server in line with the settings and the token (after a change). */
  apply(): Promise<void> {
    this.applied = this.applied
      .then(() => this.reconcile())
      .catch((error: unknown) => logger.error({ err: error }, 'MCP HTTP server change failed'));
    return this.applied;
  }

  async status(): Promise<McpHttpStatus> {
    await this.applied;
    return {
      enabled: this.deps.settings().enabled,
      url: this.running?.server.url ?? null,
      tokenSet: this.token() !== null,
      error: this.error,
    };
  }

  /** A new random token: stored in the keychain, returned once, and the server restarted with it. */
  async rotateToken(): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    this.deps.secrets.setSecret(mcpTokenSecret, token);
    await this.apply();
    return token;
  }

  close(): Promise<void> {
    this.closed = true;
    return this.apply();
  }

  private token(): string | null {
    return this.deps.secrets.getSecret(mcpTokenSecret);
  }

  private async reconcile(): Promise<void> {
    const settings = this.deps.settings();
    const token = this.token();
    const wanted = !this.closed && this.deps.allowed && settings.enabled && token !== null;
    const current = this.running;
    if (current && (!wanted || current.port !== settings.port || current.token !== token)) {
      this.running = null;
      await current.server.close().catch((error: unknown) => {
        logger.warn({ err: error }, 'closing the MCP HTTP server failed');
      });
    }
    this.error = null;
    if (!wanted || this.running) return;
    try {
      const server = await startMcpHttpServer({ app: this.deps.app(), port: settings.port, token });
      this.running = { server, port: settings.port, token };
      logger.info({ url: server.url }, 'MCP server listening over HTTP');
    } catch (error) {
      const code = (error as { code?: string }).code;
      this.error =
        code === 'EADDRINUSE'
          ? `Port ${settings.port} is already in use on 127.0.0.1.`
          : `The MCP server could not start: ${error instanceof Error ? error.message : String(error)}`;
      logger.warn({ err: error, port: settings.port }, 'MCP HTTP server did not start');
    }
  }
}
