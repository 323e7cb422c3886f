import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { isMethodName, methods, type MethodName, type ResultOf } from '../shared/contract';
import type { ReasonerSettings, Settings } from '../shared/domain';
import { fail, fromZodError, ok, type AppError, type Result } from '../shared/result';
import type { ToolName } from '../shared/tools';
import type { AgentContext } from './agent/agent-context';
import { AgentService } from './agent/agent-service';
import { nluPerceiver } from './agent/nlu-perceiver';
import { useIntentModel } from './agent/nlu/default-intent-model';
import { parseIntentModel } from './agent/nlu/intent-model';
import type { Perceiver } from './agent/perceive';
import { offlineReasoner } from './agent/reasoners/offline-reasoner';
import { chatClient, createOpenAiReasoner } from './agent/reasoners/openai-reasoner';
import type { Reasoner } from './agent/reasoners/reasoner';
import { IdentityChecksRepo } from './agent/identity/identity-checks-repo';
import { ActionsRepo } from './agent/store/actions-repo';
import { EscalationsRepo } from './agent/store/escalations-repo';
import { StateRepo } from './agent/store/state-repo';
import { StepsRepo } from './agent/store/steps-repo';
import { logger } from './log';
import { CustomerMemoryRepo } from './memory/customer-memory';
import { OutcomesService } from './outcomes/outcomes-service';
import { PolicyStore } from './policy/policy-store';
import { CallReminders } from './renewals/call-reminders';
import { buildCheatSheet, renewalQuoter } from './renewals/build-cheat-sheet';
import type { RenewalSignals } from './renewals/renewal-signals';
import { enrichCheatSheet } from './renewals/enrich-cheat-sheet';
import { demoCustomers, firstRunTickets } from './sandbox/first-run-day';
import { clearSampleData, seedSampleHistoryOnFirstRun } from './sandbox/sample-history';
import { seedSandboxOnFirstRun } from './sandbox/seed-first-run';
import { redactSensitive } from './security/redact-sensitive';
import { ConversationService } from './services/conversations';
import { EventBus } from './services/event-bus';
import { KeyedLock } from './services/keyed-lock';
import { memorySecretStore, type SecretStore } from './services/secrets';
import { loadSettings, type SettingsBackend } from './services/settings';
import { ConversationsRepo } from './store/conversations-repo';
import { databaseFile, openDatabase, schemaVersion, type Database } from './store/database';
import type { Connector } from './tools/connector';
import { sandboxRenewalSignals } from './tools/connectors/sandbox-renewal-signals';
import { sandboxTicketSource } from './tools/connectors/sandbox-ticket-source';
import { createToolBridge, type ToolBridge } from './tools/tool-bridge';
import { systems, type InboundSystem, type SyncReport } from '../shared/connections';
import { Connections, type Registry } from './connectors/connections';
import { ExternalCallsRepo } from './connectors/external-calls-repo';
import { ConnectorError } from './connectors/http/connector-error';
import { SystemHealth } from './connectors/http/system-health';
import { InboundPoller } from './connectors/inbound/inbound-poller';
import { SyncStore } from './connectors/inbound/sync-store';
import { TicketSync } from './connectors/inbound/ticket-sync';
import type { TicketSource } from './connectors/inbound/ticket-source';
import { registry } from './connectors/registry';
import { settleMcpRequests } from './mcp/queue';
import { McpServers } from './mcp/client/mcp-servers';
import { McpHttpControl } from './mcp/http-control';

export interface AppConfig {
  /** Folder for the database, settings and policy; ':memory:' keeps everything in memory (tests). */
  dataDir: string;
  settings: SettingsBackend;
  transport: 'electron' | 'web' | 'direct';
  now?: () => Date;
  /** First-run seeding of the sandbox; `false` leaves it empty (tests that load their own data). */
  seed?: false | { size?: number; seed?: number };
  /**
   * Fixed connectors for some tools (tests); without them the team's connections (Settings →
   * Connections) decide, and the sandbox serves the rest.
   */
  connectors?: Partial<Record<ToolName, Connector>>;
  /** The real systems the app can connect to, and how it reaches them (tests: a mock fetch, no waits). */
  systems?: {
    registry?: Registry;
    fetch?: typeof fetch;
    sleep?: (ms: number) => Promise<void>;
    timeoutMs?: number;
  };
  /** Pull the helpdesks in the background (the desktop app and web mode; never the CLIs and tests). */
  pollInbound?: boolean;
  /**
   * With `pollInbound`, while no helpdesk serves the tickets group: take a handful of the sandbox's open
   * tickets into the queue through the same inbound sync (the first-run working day).
   */
  sampleTickets?: boolean;
  /** Where the model API key is kept (safeStorage in Electron, a 0600 file in web mode). */
  secrets?: SecretStore;
  /**
   * Serve MCP over HTTP while Settings → MCP server is on; by default only the desktop app and web
   * mode do (transport 'electron' or 'web'), so CLIs and tests bind no port unless they ask.
   */
  mcpHttp?: boolean;
  /** Replaces the configured reasoner (tests, evals). */
  reasoner?: Reasoner;
  perceiver?: Perceiver;
}

type Handlers = {
  [M in MethodName]: (
    params: z.infer<(typeof methods)[M]['params']>,
  ) => Result<ResultOf<M>> | Promise<Result<ResultOf<M>>>;
};

export interface App {
  readonly bus: EventBus;
  readonly db: Database;
  readonly conversations: ConversationService;
  readonly agent: AgentService;
  readonly tools: ToolBridge;
  readonly policy: PolicyStore;
  /** The agent's repositories, events and clock (the MCP server queues its clients' requests with them). */
  readonly agentContext: AgentContext;
  /** Where the renewal desk reads accounts: the CRM mapped to the crm group, else the sandbox. */
  renewals(): RenewalSignals;
  /** Validates an untrusted call and runs it; never throws. */
  dispatch(method: unknown, params: unknown): Promise<Result<unknown>>;
  /** Resolves when background agent runs started by calls have finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The composition root: builds every service once; Electron, the web host, CLIs and tests use it. */
export function createApp(config: AppConfig): App {
  const inMemory = config.dataDir === ':memory:';
  if (!inMemory) loadRetrainedIntentModel(path.join(config.dataDir, 'intent-model.json'));
  const db = openDatabase(inMemory ? ':memory:' : databaseFile(config.dataDir));
  const now = config.now ?? (() => new Date());
  if (config.seed !== false) seedSandboxOnFirstRun(db, { ...config.seed, asOf: now() });
  const bus = new EventBus();
  const conversationsRepo = new ConversationsRepo(db);
  const conversations = new ConversationService(conversationsRepo, bus, now);
  const policy = new PolicyStore(inMemory ? null : path.join(config.dataDir, 'policy.yaml'));
  let settings: Settings = loadSettings(config.settings);
  const saveSettings = (next: Settings) => {
    settings = next;
    config.settings.write(settings);
    bus.emit('settings.changed', settings);
  };
  const secrets = config.secrets ?? memorySecretStore();
  const mcpHttp = new McpHttpControl({
    app: () => app,
    secrets,
    settings: () => settings.mcpServer,
    allowed: config.mcpHttp ?? config.transport !== 'direct',
  });
  const health = new SystemHealth();
  health.onChange((system, available) =>
    bus.emit('system.availability', { system, available, lastError: health.lastError(system) }),
  );
  const connections = new Connections({
    registry: config.systems?.registry ?? registry,
    settings: () => settings.connections,
    save: (next) => saveSettings({ ...settings, connections: next }),
    secrets,
    health,
    calls: new ExternalCallsRepo(db, now),
    now,
    ...(config.systems?.fetch ? { fetch: config.systems.fetch } : {}),
    ...(config.systems?.sleep ? { sleep: config.systems.sleep } : {}),
    ...(config.systems?.timeoutMs ? { timeoutMs: config.systems.timeoutMs } : {}),
  });
  const mcpServers = new McpServers({
    settings: () => settings.mcpServers,
    save: (next) => saveSettings({ ...settings, mcpServers: next }),
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
  const outcomes = new OutcomesService(db, now);
  const syncStore = new SyncStore(db);
  const context: AgentContext = {
    conversations: conversationsRepo,
    states: new StateRepo(db),
    steps: new StepsRepo(db),
    actions: new ActionsRepo(db),
    escalations: new EscalationsRepo(db),
    identityChecks: new IdentityChecksRepo(db),
    audit: tools.audit,
    memory: new CustomerMemoryRepo(db),
    outcomes,
    executor: tools.executor,
    bus,
    policy: () => policy.current(),
    reasoner: () => config.reasoner ?? reasonerFor(settings.reasoner),
    perceive: config.perceiver ?? nluPerceiver,
    now,
    moneyLock: new KeyedLock(),
    sourceTicket: (conversationId) => {
      const taken = syncStore.ticketOf(conversationId);
      return taken?.system === 'sandbox' ? taken.ticketId : null;
    },
  };
  const agent = new AgentService(context);
  settleMcpRequests(context);
  const syncing = new KeyedLock();
  // The first-run working day: the same handful of sandbox tickets on every round (those taken in).
  const sandboxTickets = sandboxTicketSource(db, {
    clock: now,
    only: () => {
      const taken = syncStore.tickets('sandbox').map((linked) => linked.ticketId);
      return taken.length > 0 ? taken : firstRunTickets(db, now);
    },
  });
  const ticketSource = (system: InboundSystem): Result<TicketSource> => {
    if (system === 'sandbox') return ok(sandboxTickets);
    const open = connections.open(system);
    if (open?.tickets) return ok(open.tickets);
    return fail(
      'bad_request',
      open
        ? `${systems[system].label} is not a helpdesk: it has no tickets to sync.`
        : `${systems[system].label} is not configured.`,
      'system',
    );
  };
  const syncOnce = async (system: InboundSystem): Promise<Result<SyncReport>> => {
    const source = ticketSource(system);
    if (!source.ok) return source;
    const sync = new TicketSync(system, source.value, {
      db,
      store: syncStore,
      conversations,
      handleCustomerMessage: (id, message) => agent.handleCustomerMessage(id, message),
      messages: (id) => conversationsRepo.messages(id),
      escalations: (id) => context.escalations.all(id),
      actions: (id) => context.actions.byConversation(id),
      now,
    });
    try {
      return ok(await syncing.run(system, () => sync.once()));
    } catch (error) {
      if (error instanceof ConnectorError)
        return fail(error.kind === 'timed_out' ? 'timeout' : 'unavailable', error.message, 'system');
      throw error;
    }
  };
  const inboundRound = async () => {
    const desks = connections.ticketSources().map((desk): InboundSystem => desk.system);
    for (const system of desks.length === 0 && config.sampleTickets ? ['sandbox' as const] : desks) {
      const report = await syncOnce(system);
      if (!report.ok) logger.warn({ system, err: report.error }, 'inbound sync failed');
    }
  };
  const poller = new InboundPoller(inboundRound, () => settings.connections.syncIntervalSeconds * 1000);
  if (config.pollInbound) poller.start();
  // Built once per configuration, so a settings or key change takes effect on the next step.
  let cachedReasoner: { key: string; reasoner: Reasoner } | undefined;
  const reasonerFor = (chosen: ReasonerSettings): Reasoner => {
    if (chosen.kind === 'offline') return offlineReasoner;
    const apiKey = secrets.getApiKey();
    const key = JSON.stringify([chosen, apiKey]);
    if (cachedReasoner?.key !== key)
      cachedReasoner = {
        key,
        reasoner: createOpenAiReasoner(chosen, apiKey, chatClient(chosen, apiKey), () =>
          mcpServers.available(),
        ),
      };
    return cachedReasoner.reasoner;
  };
  const background = new Set<Promise<unknown>>();
  let inFlight = 0;
  let closed = false;
  let drained: (() => void) | undefined;

  /** Agent runs outlive the call that started them; the UI follows them through events. */
  const inBackground = (work: Promise<unknown>) => {
    const tracked = work
      .catch((error: unknown) => logger.error({ err: error }, 'agent run failed'))
      .finally(() => background.delete(tracked));
    background.add(tracked);
  };
  inBackground(agent.resumeInterrupted());
  // The first-run working day starts at once rather than after a polling interval, on a fresh folder
  // with a month of sample history behind it for the metrics view.
  if (config.pollInbound && config.sampleTickets) {
    const seed = config.seed === false ? undefined : config.seed?.seed;
    seedSampleHistoryOnFirstRun(db, { seed, now: now() });
    inBackground(inboundRound());
  }
  const reminders = new CallReminders(renewals, bus, () => policy.current(), now);
  reminders.start();

  const handlers: Handlers = {
    'app.info': () =>
      ok({
        name: pkg.name,
        version: pkg.version,
        transport: config.transport,
        dataDir: config.dataDir,
        schemaVersion: schemaVersion(db),
      }),
    'conversations.list': (params) => ok({ items: conversations.list(params) }),
    'conversations.get': (params) => conversations.get(params.id),
    'conversations.postCustomerMessage': (params) => {
      const posted = conversations.postCustomerMessage(params);
      if (posted.ok)
        inBackground(agent.handleCustomerMessage(posted.value.conversation.id, posted.value.message));
      return posted;
    },
    'agent.report': (params) => agent.report(params.conversationId),
    'actions.approve': (params) => agent.approve(params.actionId, params.args),
    'actions.reject': (params) => agent.reject(params.actionId, params.reason),
    'conversations.takeOver': (params) => agent.takeOver(params.conversationId),
    'conversations.sendRepMessage': (params) => agent.sendRepMessage(params.conversationId, params.text),
    'conversations.handBack': (params) => agent.handBack(params.conversationId),
    'policy.get': () => ok({ ...policy.read(), policy: policy.current() }),
    'policy.save': (params) => {
      const saved = policy.save(params.text);
      return ok(saved.ok ? { saved: true, problems: [] } : { saved: false, problems: saved.problems });
    },
    'audit.list': (params) => ok({ entries: tools.audit.list(params) }),
    'audit.export': (params) => {
      const entries = tools.audit.list({ ...params, limit: 1_000_000 });
      return ok({
        // An export leaves the app: no secrets, and personal data only as its kind ("[EMAIL]").
        jsonl:
          entries.map((entry) => JSON.stringify(redactSensitive(entry))).join('\n') +
          (entries.length ? '\n' : ''),
        count: entries.length,
      });
    },
    'settings.apiKeyStatus': () => ok({ hasApiKey: secrets.getApiKey() !== null }),
    'settings.setApiKey': (params) => {
      secrets.setApiKey(params.apiKey);
      return ok({ hasApiKey: params.apiKey !== null });
    },
    'outcomes.recordCsat': (params) => outcomes.recordCsat(params.conversationId, params.score, params.by),
    'outcomes.get': (params) => outcomes.get(params.conversationId),
    'metrics.get': (params) => outcomes.metricsReport(params),
    'tasks.delegate': (params) => agent.delegate(params.accountId, params.task),
    'accounts.list': async () => ok({ accounts: await renewals().accounts() }),
    'cheatsheet.get': async (params) => {
      const sheet = await buildCheatSheet(renewals(), params.accountId, {
        now: now(),
        policy: policy.current(),
      });
      if (!sheet.ok || settings.reasoner.kind === 'offline') return sheet;
      const client = () => chatClient(settings.reasoner, secrets.getApiKey());
      return ok(await enrichCheatSheet(client, settings.reasoner.model, sheet.value));
    },
    'settings.get': () => ok(settings),
    'settings.update': (patch) => {
      saveSettings({ ...settings, ...patch });
      return ok(settings);
    },
    'connections.list': () => ok(connections.overview()),
    'connections.configure': (params) => connections.configure(params.system, params.fields),
    'connections.remove': (params) => ok(connections.remove(params.system)),
    'connections.test': async (params) => ok(await connections.test(params.system)),
    'connections.map': (params) => connections.map(params.group, params.system),
    'connections.setSyncInterval': (params) => ok(connections.setSyncInterval(params.seconds)),
    'connections.sync': (params) => syncOnce(params.system),
    'sandbox.demoCustomers': () => ok({ customers: demoCustomers(db) }),
    'sandbox.clearSampleData': () => ok({ removed: clearSampleData(db) }),
    'mcpServer.status': async () => ok(await mcpHttp.status()),
    'mcpServer.rotateToken': async () => ok({ token: await mcpHttp.rotateToken() }),
    'mcpServers.list': () => ok(mcpServers.overview()),
    'mcpServers.add': (params) => mcpServers.add(params),
    'mcpServers.remove': (params) => mcpServers.remove(params.name),
    'mcpServers.setTool': (params) =>
      mcpServers.setTool(params.server, params.tool, params.allowed, params.risk),
    'mcpServers.reconnect': (params) => mcpServers.reconnect(params.name),
  };

  async function dispatch(method: unknown, params: unknown): Promise<Result<unknown>> {
    if (closed) return fail('internal', 'The app is shutting down.');
    if (!isMethodName(method)) {
      return fail('unknown_method', `Unknown method ${JSON.stringify(method)}.`, 'method');
    }
    const parsed = methods[method].params.safeParse(params ?? {});
    if (!parsed.success) return { ok: false, error: fromZodError(parsed.error, 'params') };
    inFlight += 1;
    try {
      const handler = handlers[method] as (p: unknown) => Result<unknown> | Promise<Result<unknown>>;
      const outcome = await handler(parsed.data);
      if (!outcome.ok) return outcome;
      // Our own answers are checked too, so a bug surfaces here rather than as a broken UI.
      const checked = methods[method].result.safeParse(outcome.value);
      if (!checked.success)
        throw new Error(`result of ${method} breaks the contract: ${checked.error.message}`);
      return ok(checked.data);
    } catch (error) {
      logger.error({ err: error, method }, 'call failed');
      return { ok: false, error: internalError(error) };
    } finally {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    }
  }

  const idle = async () => {
    while (background.size > 0) await Promise.all(background);
  };

  const app: App = {
    bus,
    db,
    conversations,
    agent,
    tools,
    policy,
    agentContext: context,
    renewals,
    dispatch,
    idle,
    async close() {
      closed = true;
      reminders.stop();
      await mcpHttp.close();
      await mcpServers.close();
      await poller.stop();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      await idle();
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

/** A model retrained from reps' corrections (`npm run eval -- --retrain-from`) replaces the shipped one. */
function loadRetrainedIntentModel(file: string): void {
  if (!fs.existsSync(file)) return;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return void logger.warn({ err: error }, 'intent-model.json is not JSON; using the shipped model');
  }
  const model = parseIntentModel(json);
  if (model.ok) useIntentModel(model.value);
  else logger.warn({ err: model.error }, 'intent-model.json is not a valid model; using the shipped one');
}

const internalError = (error: unknown): AppError => ({
  code: 'internal',
  message: `Something went wrong on the main side: ${error instanceof Error ? error.message : String(error)}`,
});
