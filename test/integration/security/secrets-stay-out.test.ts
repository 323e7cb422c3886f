import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../../shared/agent';
import { defaultSettings } from '../../../shared/domain';
import { createApp, type App } from '../../../electron/app';
import { confSettingsBackend } from '../../../electron/host/conf-settings';
import { fileSecretStore } from '../../../electron/host/file-secrets';
import {
  startChatCompletionsServer,
  type ChatCompletionsServer,
} from '../../fixtures/chat-completions-server';

const run = promisify(execFile);

// Not shaped like any known key: only the secret store's registration can find it.
const apiKey = `acme-${randomBytes(18).toString('hex')}`;
let dataDir: string;
let server: ChatCompletionsServer;
let email: string;

/** Every file under a folder, with its bytes. */
function filesUnder(dir: string): { file: string; bytes: Buffer }[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return entry.isFile() ? [{ file, bytes: fs.readFileSync(file) }] : [];
  });
}

/** The agent CLI as its own process, logging at info level to stderr. */
async function agentCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'electron/host/agent-cli.ts', ...args, '--data-dir', dataDir],
      { env: { ...process.env, ASSIST_LOG_LEVEL: 'info', OPENAI_API_KEY: '' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The app of the data folder with its file settings and secret store, as web mode builds it. */
const webApp = (): App =>
  createApp({
    dataDir,
    settings: confSettingsBackend(dataDir),
    secrets: fileSecretStore(dataDir),
    transport: 'direct',
    seed: { size: 60 },
  });

const reasonerFailure = (steps: RunReport['steps']) =>
  steps.find((step) => step.summary === 'The reasoner failed')?.data.error;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-secrets-'));
  // Each run: the model looks the customer up, then the server refuses the key and echoes it back.
  const run = [
    { call: 'crm__findCustomer', arguments: { email: '[EMAIL_1]' } },
    { status: 401, echoAuthorization: true as const },
  ];
  server = await startChatCompletionsServer([...run, ...run]);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('an API key echoed back by a model server', () => {
  let app: App;
  let report: RunReport;
  let auditText: string;
  let exported: string;

  beforeAll(async () => {
    app = webApp();
    email = (app.db.prepare('SELECT email FROM sb_customers ORDER BY id LIMIT 1').get() as { email: string })
      .email;
    await app.dispatch('settings.update', {
      reasoner: { ...defaultSettings.reasoner, kind: 'compatible', baseUrl: server.baseUrl, model: 'local' },
    });
    await app.dispatch('settings.setApiKey', { apiKey });
    const posted = (await app.dispatch('conversations.postCustomerMessage', {
      customer: email,
      text: `I am ${email}; where is my order?`,
    })) as { ok: true; value: { conversation: { id: string } } };
    await app.idle();
    report = (
      (await app.dispatch('agent.report', { conversationId: posted.value.conversation.id })) as {
        ok: true;
        value: RunReport;
      }
    ).value;
    auditText = JSON.stringify(await app.dispatch('audit.list', {}));
    exported = ((await app.dispatch('audit.export', {})) as { ok: true; value: { jsonl: string } }).value
      .jsonl;
    await app.close();
  });

  it('was sent to the server and came back in its error', () => {
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(reasonerFailure(report.steps)).toMatch(/Incorrect API key provided: \[REDACTED\]/);
    expect(report.escalation?.reasons).toEqual(['tool_failure']);
  });

  it('is in no step, audit entry or export of the app', () => {
    expect(JSON.stringify(report)).not.toContain(apiKey);
    expect(auditText).toContain('crm.findCustomer');
    expect(auditText).not.toContain(apiKey);
    expect(exported).toContain('crm.findCustomer');
    expect(exported).not.toContain(apiKey);
  });

  it('is in no output of the agent CLI, which reads it from the secret store', async () => {
    const chat = await agentCli('chat', '--customer', email, '--message', 'Where is my order?', '--json');
    expect(chat.code).toBe(0);
    const printed = JSON.parse(chat.stdout) as RunReport;
    expect(reasonerFailure(printed.steps)).toMatch(/Incorrect API key provided: \[REDACTED\]/);
    const shown = await agentCli('show', printed.conversationId, '--json');
    for (const output of [chat.stdout, chat.stderr, shown.stdout, shown.stderr])
      expect(output).not.toContain(apiKey);
  });

  it('is in no file of the data folder but the secrets file', () => {
    const files = filesUnder(dataDir);
    const names = files.map(({ file }) => path.basename(file));
    expect(names).toEqual(expect.arrayContaining(['assist.db', 'settings.json', 'secrets.json']));
    const holding = files
      .filter(({ bytes }) => bytes.includes(apiKey))
      .map(({ file }) => path.basename(file));
    expect(holding).toEqual(['secrets.json']);
  });
});
