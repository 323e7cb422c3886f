import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../app';
import { confSettingsBackend } from './conf-settings';
import { fileSecretStore } from './file-secrets';
import { defaultDataDir } from './data-dir';
import { print, printError } from './cli-output';
import { startWebHost } from './web-server';

const usage =
  'Usage: npm run web [-- --port N] [--host 127.0.0.1|::1] [--data-dir DIR] [--no-sample-tickets]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string' },
      // Leaves the queue empty on a fresh data folder (tests that count their own conversations).
      'no-sample-tickets': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(usage);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, got ${values.port}`);
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const app = createApp({
    dataDir,
    settings: confSettingsBackend(dataDir),
    secrets: fileSecretStore(dataDir),
    transport: 'web',
    pollInbound: true,
    sampleTickets: !values['no-sample-tickets'],
  });
  const staticDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  const host = await startWebHost({ app, staticDir, host: values.host, port }).catch(
    async (error: unknown) => {
      await app.close();
      throw error;
    },
  );
  print(`Agent Assist (web mode) is running. Open:\n  ${host.url}\nData: ${dataDir}\nPress Ctrl+C to stop.`);
  const stop = async () => {
    await host.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  printError(`web mode: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
});
