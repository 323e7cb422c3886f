import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface WebApp {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Output the web host printed so far (for assertions and failure reports). */
  output(): string;
}

/**
 * Starts `web-cli` exactly as `npm run web` does, on a free port with a fresh data folder; without the
 * first-run working day's tickets unless asked, so a spec's queue holds only its own conversations.
 */
export async function startWebApp(
  options: { sampleTickets?: boolean } = {},
): Promise<WebApp & { stop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assist-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/host/web-cli.ts',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      ...(options.sampleTickets ? [] : ['--no-sample-tickets']),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASSIST_LOG_LEVEL: 'warn' } },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const check = () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ webApp: WebApp; sampleTickets: boolean }>({
  /** Take the sandbox's tickets into the queue on start (the first-run working day); off unless a spec asks. */
  sampleTickets: [false, { option: true }],
  webApp: async ({ sampleTickets }, use) => {
    const app = await startWebApp({ sampleTickets });
    await use(app);
    await app.stop();
  },
});

export { expect } from '@playwright/test';
