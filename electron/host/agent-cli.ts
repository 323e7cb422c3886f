import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RunReport } from '../../shared/agent';
import type { Result } from '../../shared/result';
import { createApp, type App } from '../app';
import { offlineReasoner } from '../agent/reasoners/offline-reasoner';
import { createOpenAiReasoner } from '../agent/reasoners/openai-reasoner';
import type { Reasoner } from '../agent/reasoners/reasoner';
import { registerSecret } from '../security/secret-registry';
import type { SecretStore } from '../services/secrets';
import { loadSettings, type SettingsBackend } from '../services/settings';
import { buildCheatSheet } from '../renewals/build-cheat-sheet';
import { cheatSheetText } from '../renewals/cheat-sheet-text';
import { confSettingsBackend } from './conf-settings';
import { print, printError } from './cli-output';
import { fileSecretStore } from './file-secrets';
import { defaultDataDir } from './data-dir';

const usage = `Usage:
  npm run -s agent -- chat --customer EMAIL_OR_ID --message TEXT [--conversation ID] [--reasoner offline|openai] [--json]
  npm run -s agent -- approve ACTION_ID [--args JSON] [--json]
  npm run -s agent -- reject ACTION_ID --reason TEXT [--json]
  npm run -s agent -- show CONVERSATION_ID [--json]
  npm run -s agent -- cheatsheet --account ACCOUNT_ID [--json]
  npm run -s agent -- delegate --account ACCOUNT_ID --task TEXT [--json]
Every command takes --data-dir DIR.`;

class UsageError extends Error {}

const options = {
  customer: { type: 'string' },
  message: { type: 'string' },
  conversation: { type: 'string' },
  reasoner: { type: 'string' },
  args: { type: 'string' },
  reason: { type: 'string' },
  account: { type: 'string' },
  task: { type: 'string' },
  json: { type: 'boolean', default: false },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

/** The agent from a terminal: chat as a customer, approve or reject actions, show a conversation. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  if (values.help) return (void print(usage), 0);
  const [command, id, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  if (values.reasoner !== undefined && values.reasoner !== 'offline' && values.reasoner !== 'openai') {
    throw new UsageError(`--reasoner must be offline or openai, got ${values.reasoner}`);
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const settings = confSettingsBackend(dataDir);
  const secrets = fileSecretStore(dataDir);
  const reasoner =
    values.reasoner === undefined ? undefined : chosenReasoner(values.reasoner, settings, secrets);
  const app = createApp({
    dataDir,
    settings,
    secrets,
    transport: 'direct',
    ...(reasoner ? { reasoner } : {}),
  });
  try {
    switch (command) {
      case 'chat':
        return await chat(app, values);
      case 'approve':
      case 'reject':
        return await decide(app, command, required(id, 'ACTION_ID'), values);
      case 'cheatsheet':
        return await cheatSheet(app, required(values.account, '--account'), values.json);
      case 'delegate': {
        const report = await app.agent.delegate(
          required(values.account, '--account'),
          required(values.task, '--task'),
        );
        if (!report.ok) return failWith(report);
        printReport(report.value, values.json);
        return 0;
      }
      case 'show':
        return show(app, required(id, 'CONVERSATION_ID'), values.json);
      default:
        throw new UsageError(command ? `unknown command ${command}` : 'missing command');
    }
  } finally {
    await app.close();
  }
}

async function chat(app: App, values: Values): Promise<number> {
  const customer = required(values.customer, '--customer');
  const message = required(values.message, '--message');
  const posted = app.conversations.postCustomerMessage({
    conversationId: values.conversation,
    customer,
    text: message,
  });
  if (!posted.ok) return failWith(posted);
  const report = await app.agent.handleCustomerMessage(posted.value.conversation.id, posted.value.message);
  printReport(report, values.json);
  return 0;
}

async function decide(
  app: App,
  command: 'approve' | 'reject',
  actionId: string,
  values: Values,
): Promise<number> {
  let outcome: Result<{ conversationId: string }>;
  if (command === 'approve') {
    let args: Record<string, unknown> | undefined;
    if (values.args !== undefined) {
      try {
        args = JSON.parse(values.args) as Record<string, unknown>;
      } catch {
        throw new UsageError('--args must be a JSON object, e.g. \'{"amount":10}\'');
      }
    }
    outcome = await app.agent.approve(actionId, args);
  } else {
    outcome = await app.agent.reject(actionId, required(values.reason, '--reason'));
  }
  if (!outcome.ok) return failWith(outcome);
  const report = app.agent.report(outcome.value.conversationId);
  if (!report.ok) return failWith(report);
  printReport(report.value, values.json);
  return 0;
}

async function cheatSheet(app: App, accountId: string, json: boolean): Promise<number> {
  const sheet = await buildCheatSheet(app.renewals(), accountId, {
    now: new Date(),
    policy: app.policy.current(),
  });
  if (!sheet.ok) return failWith(sheet);
  print(json ? JSON.stringify(sheet.value, null, 2) : cheatSheetText(sheet.value));
  return 0;
}

function show(app: App, conversationId: string, json: boolean): number {
  const report = app.agent.report(conversationId);
  if (!report.ok) return failWith(report);
  const messages = app.conversations.get(conversationId);
  const transcript = messages.ok
    ? messages.value.messages.map(({ role, text, at }) => ({ role, text, at }))
    : [];
  if (json) print(JSON.stringify({ ...report.value, messages: transcript }, null, 2));
  else {
    for (const m of transcript) print(`${m.at.slice(11, 19)} ${m.role.padEnd(8)} ${m.text}`);
    printReport(report.value, false);
  }
  return 0;
}

function printReport(report: RunReport, json: boolean): void {
  if (json) return print(JSON.stringify(report, null, 2));
  print(`conversation ${report.conversationId}  customer ${report.customerId ?? 'unknown'}`);
  print(
    `intent ${report.intent ?? 'unknown'} (${report.confidence === null ? '?' : Math.round(report.confidence * 100)}%)  outcome ${report.outcome}`,
  );
  for (const action of report.actions) print(`  ${action.status.padEnd(16)} ${action.tool}  ${action.id}`);
  if (report.escalation)
    print(`escalated: ${report.escalation.reasons.join(', ')}\n  ${report.escalation.briefing.summary}`);
  if (report.reply) print(`agent: ${report.reply}`);
}

/** `--reasoner` for this run: offline, or the configured model endpoint (OpenAI by default). */
function chosenReasoner(kind: string, settings: SettingsBackend, secrets: SecretStore): Reasoner {
  if (kind === 'offline') return offlineReasoner;
  const configured = loadSettings(settings).reasoner;
  const endpoint = configured.kind === 'offline' ? { ...configured, kind: 'openai' as const } : configured;
  try {
    const fromEnvironment = process.env.OPENAI_API_KEY ?? null;
    registerSecret(fromEnvironment);
    return createOpenAiReasoner(endpoint, secrets.getApiKey() ?? fromEnvironment);
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (or set OPENAI_API_KEY)`);
  }
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${name} is required`);
  return value;
}

function failWith(result: { ok: false; error: { code: string; message: string } }): number {
  printError(`agent: ${result.error.message}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    printError(`agent: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  },
);
