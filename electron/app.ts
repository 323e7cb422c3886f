import { CallReminders } from './renewals/call-reminders';
import { seedSampleHistoryOnFirstRun } from './sandbox/sample-history';
import { memorySecretStore } from './services/secrets';
import { McpHttpControl } from './mcp/http-control';
import type { App, AppConfig } from './composition/app-config';
import { backgroundWork } from './composition/background-work';
import { buildAgent } from './composition/build-agent';
import { buildInbound } from './composition/build-inbound';
import { buildStore } from './composition/build-store';
import { buildSystems } from './composition/build-systems';
import { createDispatcher } from './composition/dispatcher';
import { buildHandlers } from './composition/handlers';

export type { App, AppConfig } from './composition/app-config';

/**
 * The composition root: builds every service once, from small builders (store, systems, agent,
 * inbound, handlers); Electron, the web host, CLIs and tests use it.
 */
export function createApp(config: AppConfig): App {
  const store = buildStore(config);
  const { db, bus, now, policy, settings } = store;
  const secrets = config.secrets ?? memorySecretStore();
  const mcpHttp = new McpHttpControl({
    app: () => app,
    secrets,
    settings: () => settings.current().mcpServer,
    allowed: config.mcpHttp ?? config.transport !== 'direct',
  });
  const systems = buildSystems(config, store, secrets);
  const agent = buildAgent(config, store, systems, secrets);
  const inbound = buildInbound(config, store, systems, agent);
  const background = backgroundWork();
  background.run(agent.agent.resumeInterrupted());
  // The first-run working day starts at once rather than after a polling interval, on a fresh folder
  // with a month of sample history behind it for the metrics view.
  if (config.pollInbound && config.sampleTickets) {
    const seed = config.seed === false ? undefined : config.seed?.seed;
    seedSampleHistoryOnFirstRun(db, { seed, now: now() });
    background.run(inbound.inboundRound());
  }
  const reminders = new CallReminders(systems.renewals, bus, () => policy.current(), now);
  reminders.start();
  const dispatcher = createDispatcher(
    buildHandlers({ config, store, systems, agent, inbound, secrets, mcpHttp, inBackground: background.run }),
  );

  const app: App = {
    bus,
    db,
    conversations: store.conversations,
    agent: agent.agent,
    tools: systems.tools,
    policy,
    agentContext: agent.context,
    renewals: systems.renewals,
    dispatch: dispatcher.dispatch,
    idle: background.idle,
    async close() {
      const draining = dispatcher.close();
      reminders.stop();
      await mcpHttp.close();
      await systems.mcpServers.close();
      await inbound.poller.stop();
      await draining;
      await background.idle();
      db.close();
    },
  };
  // Settings → MCP server follows every settings change (on, off, another port).
  bus.subscribe((event) => {
    if (event === 'settings.changed') void mcpHttp.apply();
  });
  void mcpHttp.apply();
  return app;
}
