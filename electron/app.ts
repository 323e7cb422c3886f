import type { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { isMethodName, methods, type MethodName, type ResultOf } from '../shared/contract';
import type { Settings } from '../shared/domain';
import { fail, fromZodError, ok, type AppError, type Result } from '../shared/result';
import { ConversationService } from './services/conversations';
import { EventBus } from './services/event-bus';
import { loadSettings, type SettingsBackend } from './services/settings';
import { ConversationsRepo } from './store/conversations-repo';
import { databaseFile, openDatabase, schemaVersion, type Database } from './store/database';
import { logger } from './log';

export interface AppConfig {
  /** Folder for the database and settings; ':memory:' keeps everything in memory (tests). */
  dataDir: string;
  settings: SettingsBackend;
  transport: 'electron' | 'web' | 'direct';
  now?: () => Date;
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
  /** Validates an untrusted call and runs it; never throws. */
  dispatch(method: unknown, params: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/** The composition root: builds every service once; Electron, the web host, CLIs and tests use it. */
export function createApp(config: AppConfig): App {
  const db = openDatabase(config.dataDir === ':memory:' ? ':memory:' : databaseFile(config.dataDir));
  const bus = new EventBus();
  const conversations = new ConversationService(new ConversationsRepo(db), bus, config.now);
  let settings: Settings = loadSettings(config.settings);
  let inFlight = 0;
  let closed = false;
  let drained: (() => void) | undefined;

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
    'conversations.postCustomerMessage': (params) => conversations.postCustomerMessage(params),
    'settings.get': () => ok(settings),
    'settings.update': (patch) => {
      settings = { ...settings, ...patch };
      config.settings.write(settings);
      bus.emit('settings.changed', settings);
      return ok(settings);
    },
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

  return {
    bus,
    db,
    conversations,
    dispatch,
    async close() {
      closed = true;
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      db.close();
    },
  };
}

const internalError = (error: unknown): AppError => ({
  code: 'internal',
  message: `Something went wrong on the main side: ${error instanceof Error ? error.message : String(error)}`,
});
