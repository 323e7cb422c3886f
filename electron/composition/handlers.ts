import pkg from '../../package.json' with { type: 'json' };
import { ok } from '../../shared/result';
import type { McpHttpControl } from '../mcp/http-control';
import { buildCheatSheet } from '../renewals/build-cheat-sheet';
import { enrichCheatSheet } from '../renewals/enrich-cheat-sheet';
import { chatClient } from '../agent/reasoners/openai-reasoner';
import { demoCustomers } from '../sandbox/first-run-day';
import { clearSampleData } from '../sandbox/sample-history';
import { redactSensitive } from '../security/redact-sensitive';
import type { SecretStore } from '../services/secrets';
import { schemaVersion } from '../store/database';
import type { AppConfig } from './app-config';
import type { AgentParts } from './build-agent';
import type { Inbound } from './build-inbound';
import type { Store } from './build-store';
import type { Systems } from './build-systems';
import type { Handlers } from './dispatcher';

/** Everything the contract's methods reach. */
export interface HandlerParts {
  config: AppConfig;
  store: Store;
  systems: Systems;
  agent: AgentParts;
  inbound: Inbound;
  secrets: SecretStore;
  mcpHttp: McpHttpControl;
  /** Starts an agent run that outlives the call. */
  inBackground(work: Promise<unknown>): void;
}

/** The handler of every contract method, grouped by the part of the app it speaks for. */
export const buildHandlers = (parts: HandlerParts): Handlers => ({
  ...conversationHandlers(parts),
  ...policyAndAuditHandlers(parts),
  ...settingsHandlers(parts),
  ...renewalHandlers(parts),
  ...connectionHandlers(parts),
  ...mcpHandlers(parts),
});

function conversationHandlers({ config, store, agent, inBackground }: HandlerParts) {
  const { conversations } = store;
  const service = agent.agent;
  return {
    'app.info': () =>
      ok({
        name: pkg.name,
        version: pkg.version,
        transport: config.transport,
        dataDir: config.dataDir,
        schemaVersion: schemaVersion(store.db),
      }),
    'conversations.list': (params) => ok({ items: conversations.list(params) }),
    'conversations.get': (params) => conversations.get(params.id),
    'conversations.postCustomerMessage': (params) => {
      const posted = conversations.postCustomerMessage(params);
      if (posted.ok)
        inBackground(service.handleCustomerMessage(posted.value.conversation.id, posted.value.message));
      return posted;
    },
    'agent.report': (params) => service.report(params.conversationId),
    'actions.approve': (params) => service.approve(params.actionId, params.args),
    'actions.reject': (params) => service.reject(params.actionId, params.reason),
    'conversations.takeOver': (params) => service.takeOver(params.conversationId),
    'conversations.sendRepMessage': (params) => service.sendRepMessage(params.conversationId, params.text),
    'conversations.handBack': (params) => service.handBack(params.conversationId),
    'outcomes.recordCsat': (params) =>
      agent.outcomes.recordCsat(params.conversationId, params.score, params.by),
    'outcomes.get': (params) => agent.outcomes.get(params.conversationId),
    'metrics.get': (params) => agent.outcomes.metricsReport(params),
    'sandbox.demoCustomers': () => ok({ customers: demoCustomers(store.db) }),
    'sandbox.clearSampleData': () => ok({ removed: clearSampleData(store.db) }),
  } satisfies Partial<Handlers>;
}

function policyAndAuditHandlers({ store, systems }: HandlerParts) {
  const { policy } = store;
  const { audit } = systems.tools;
  return {
    'policy.get': () => ok({ ...policy.read(), policy: policy.current() }),
    'policy.save': (params) => {
      const saved = policy.save(params.text);
      return ok(saved.ok ? { saved: true, problems: [] } : { saved: false, problems: saved.problems });
    },
    'audit.list': (params) => ok({ entries: audit.list(params) }),
    'audit.export': (params) => {
      const entries = audit.list({ ...params, limit: 1_000_000 });
      return ok({
        // An export leaves the app: no secrets, and personal data only as its kind ("[EMAIL]").
        jsonl:
          entries.map((entry) => JSON.stringify(redactSensitive(entry))).join('\n') +
          (entries.length ? '\n' : ''),
        count: entries.length,
      });
    },
  } satisfies Partial<Handlers>;
}

function settingsHandlers({ store, secrets }: HandlerParts) {
  const { settings } = store;
  return {
    'settings.get': () => ok(settings.current()),
    'settings.update': (patch) => {
      settings.save({ ...settings.current(), ...patch });
      return ok(settings.current());
    },
    'settings.apiKeyStatus': () => ok({ hasApiKey: secrets.getApiKey() !== null }),
    'settings.setApiKey': (params) => {
      secrets.setApiKey(params.apiKey);
      return ok({ hasApiKey: params.apiKey !== null });
    },
  } satisfies Partial<Handlers>;
}

function renewalHandlers({ store, systems, secrets, agent }: HandlerParts) {
  const { settings } = store;
  return {
    'tasks.delegate': (params) => agent.agent.delegate(params.accountId, params.task),
    'accounts.list': async () => ok({ accounts: await systems.renewals().accounts() }),
    'cheatsheet.get': async (params) => {
      const sheet = await buildCheatSheet(systems.renewals(), params.accountId, {
        now: store.now(),
        policy: store.policy.current(),
      });
      const reasoner = settings.current().reasoner;
      if (!sheet.ok || reasoner.kind === 'offline') return sheet;
      const client = () => chatClient(reasoner, secrets.getApiKey());
      return ok(await enrichCheatSheet(client, reasoner.model, sheet.value));
    },
  } satisfies Partial<Handlers>;
}

function connectionHandlers({ systems, inbound }: HandlerParts) {
  const { connections } = systems;
  return {
    'connections.list': () => ok(connections.overview()),
    'connections.configure': (params) => connections.configure(params.system, params.fields),
    'connections.remove': (params) => ok(connections.remove(params.system)),
    'connections.test': async (params) => ok(await connections.test(params.system)),
    'connections.map': (params) => connections.map(params.group, params.system),
    'connections.setSyncInterval': (params) => ok(connections.setSyncInterval(params.seconds)),
    'connections.sync': (params) => inbound.syncOnce(params.system),
  } satisfies Partial<Handlers>;
}

function mcpHandlers({ systems, mcpHttp }: HandlerParts) {
  const { mcpServers } = systems;
  return {
    'mcpServer.status': async () => ok(await mcpHttp.status()),
    'mcpServer.rotateToken': async () => ok({ token: await mcpHttp.rotateToken() }),
    'mcpServers.list': () => ok(mcpServers.overview()),
    'mcpServers.add': (params) => mcpServers.add(params),
    'mcpServers.remove': (params) => mcpServers.remove(params.name),
    'mcpServers.setTool': (params) =>
      mcpServers.setTool(params.server, params.tool, params.allowed, params.risk),
    'mcpServers.reconnect': (params) => mcpServers.reconnect(params.name),
  } satisfies Partial<Handlers>;
}
