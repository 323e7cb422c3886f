import fs from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../shared/domain';
import { useIntentModel } from '../agent/nlu/default-intent-model';
import { parseIntentModel } from '../agent/nlu/intent-model';
import { logger } from '../log';
import { PolicyStore } from '../policy/policy-store';
import { seedSandboxOnFirstRun } from '../sandbox/seed-first-run';
import { ConversationService } from '../services/conversations';
import { EventBus } from '../services/event-bus';
import { loadSettings } from '../services/settings';
import { ConversationsRepo } from '../store/conversations-repo';
import { databaseFile, openDatabase } from '../store/database';
import type { AppConfig } from './app-config';

/** The settings in force, and the one way to change them: saved, then announced. */
export interface SettingsState {
  current(): Settings;
  save(next: Settings): void;
}

/** The data folder's contents: database (seeded on first run), settings, policy, conversations, events. */
export function buildStore(config: AppConfig) {
  const inMemory = config.dataDir === ':memory:';
  if (!inMemory) loadRetrainedIntentModel(path.join(config.dataDir, 'intent-model.json'));
  const db = openDatabase(inMemory ? ':memory:' : databaseFile(config.dataDir));
  const now = config.now ?? (() => new Date());
  if (config.seed !== false) seedSandboxOnFirstRun(db, { ...config.seed, asOf: now() });
  const bus = new EventBus();
  const conversationsRepo = new ConversationsRepo(db);
  let settings = loadSettings(config.settings);
  const settingsState: SettingsState = {
    current: () => settings,
    save: (next) => {
      settings = next;
      config.settings.write(settings);
      bus.emit('settings.changed', settings);
    },
  };
  return {
    db,
    now,
    bus,
    conversationsRepo,
    conversations: new ConversationService(conversationsRepo, bus, now),
    policy: new PolicyStore(inMemory ? null : path.join(config.dataDir, 'policy.yaml')),
    settings: settingsState,
  };
}

export type Store = ReturnType<typeof buildStore>;

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
