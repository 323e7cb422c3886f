import { Connections } from '../connectors/connections';
import { ExternalCallsRepo } from '../connectors/external-calls-repo';
import { SystemHealth } from '../connectors/http/system-health';
import { registry } from '../connectors/registry';
import { McpServers } from '../mcp/client/mcp-servers';
import { renewalQuoter } from '../renewals/build-cheat-sheet';
import type { RenewalSignals } from '../renewals/renewal-signals';
import type { SecretStore } from '../services/secrets';
import { sandboxRenewalSignals } from '../tools/connectors/sandbox-renewal-signals';
import { createToolBridge } from '../tools/tool-bridge';
import type { AppConfig } from './app-config';
import type { Store } from './build-store';

/**
 * The systems behind the tools: the team's connections (with their health), the MCP servers whose
 * tools the agent may use, the renewal desk's source, and the tool bridge over all of them.
 */
export function buildSystems(config: AppConfig, store: Store, secrets: SecretStore) {
  const { db, bus, now, policy, settings } = store;
  const health = new SystemHealth();
  health.onChange((system, available) =>
    bus.emit('system.availability', { system, available, lastError: health.lastError(system) }),
  );
  const connections = new Connections({
    registry: config.systems?.registry ?? registry,
    settings: () => settings.current().connections,
    save: (next) => settings.save({ ...settings.current(), connections: next }),
    secrets,
    health,
    calls: new ExternalCallsRepo(db, now),
    now,
    ...(config.systems?.fetch ? { fetch: config.systems.fetch } : {}),
    ...(config.systems?.sleep ? { sleep: config.systems.sleep } : {}),
    ...(config.systems?.timeoutMs ? { timeoutMs: config.systems.timeoutMs } : {}),
  });
  const mcpServers = new McpServers({
    settings: () => settings.current().mcpServers,
    save: (next) => settings.save({ ...settings.current(), mcpServers: next }),
    secrets,
  });
  // The desktop app and web mode connect at start; CLIs and tests connect when a tool is first needed.
  if (config.transport !== 'direct') void mcpServers.start();
  const sandboxRenewals = sandboxRenewalSignals(db);
  const renewals = (): RenewalSignals => connections.renewalSignals() ?? sandboxRenewals;
  const tools = createToolBridge(db, {
    now,
    policy: () => policy.current(),
    renewalQuote: renewalQuoter(renewals, () => policy.current()),
    overrides: config.connectors ?? ((route) => connections.routes(route)),
    external: mcpServers,
  });
  return { connections, mcpServers, renewals, tools };
}

export type Systems = ReturnType<typeof buildSystems>;
