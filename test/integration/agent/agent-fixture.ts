import type { RunReport } from '../../../shared/agent';
import { createApp, type AppConfig, type App } from '../../../electron/app';
import { memorySettingsBackend } from '../../../electron/services/settings';

/** The day every scenario runs on; the seeded sandbox is generated relative to it. */
export const today = new Date('2026-11-27T15:00:00Z');

/** An app on an in-memory database with a small seeded sandbox and a fixed clock. */
export function scenarioApp(overrides: Partial<AppConfig> = {}): App {
  return createApp({
    dataDir: ':memory:',
    settings: memorySettingsBackend(),
    transport: 'direct',
    seed: { size: 150 },
    now: () => today,
    ...overrides,
  });
}

/** The customer side writes; the agent runs; the run report comes back. */
export async function say(
  app: App,
  customer: string,
  text: string,
  conversationId?: string,
): Promise<RunReport> {
  const posted = app.conversations.postCustomerMessage({ customer, text, conversationId });
  if (!posted.ok) throw new Error(posted.error.message);
  return app.agent.handleCustomerMessage(posted.value.conversation.id, posted.value.message);
}

/** One row of a query on the sandbox, or a clear failure when the seed lacks such a record. */
export function one<T>(app: App, sql: string, ...params: unknown[]): T {
  const row = app.db.prepare(sql).get(...params) as T | undefined;
  if (!row) throw new Error(`the seeded sandbox has no record for: ${sql}`);
  return row;
}

export const toolsCalled = (report: RunReport) => report.actions.map((a) => `${a.tool}:${a.status}`);

/** The one-time code last emailed to an address (what the owner of that mailbox would read). */
export function codeEmailedTo(app: App, email: string): string {
  const body = app.db
    .prepare('SELECT body FROM sb_outbox WHERE to_address = ? COLLATE NOCASE ORDER BY rowid DESC LIMIT 1')
    .pluck()
    .get(email) as string | undefined;
  const code = body && /\b(\d{6})\b/.exec(body)?.[1];
  if (!code) throw new Error(`no one-time code was emailed to ${email}`);
  return code;
}
