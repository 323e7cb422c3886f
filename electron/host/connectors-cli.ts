import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  SystemName,
  ToolGroup,
  systems,
  type ConnectionsOverview,
  type ConnectionTest,
} from '../../shared/connections';
import type { MethodName } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { createApp } from '../app';
import { print, printError } from './cli-output';
import { confSettingsBackend } from './conf-settings';
import { defaultDataDir } from './data-dir';
import { fileSecretStore } from './file-secrets';

const usage = `Usage:
  npm run -s connectors -- list [--json]
  npm run -s connectors -- configure SYSTEM 'JSON'        e.g. zendesk '{"baseUrl":"https://acme.zendesk.com","email":"…","apiToken":"…"}'
  npm run -s connectors -- test SYSTEM [--json]
  npm run -s connectors -- map GROUP SYSTEM              groups: ${ToolGroup.options.join(', ')}; SYSTEM may be sandbox
  npm run -s connectors -- sync SYSTEM --once [--json]
  npm run -s connectors -- remove SYSTEM
Every command takes --data-dir DIR. Systems: ${SystemName.options.join(', ')}.`;

class UsageError extends Error {}

const systemArg = (value: string | undefined): SystemName => {
  const parsed = SystemName.safeParse(value);
  if (!parsed.success) throw new UsageError(value ? `unknown system ${value}` : 'missing system');
  return parsed.data;
};

function overviewText(overview: ConnectionsOverview): string {
  const lines = ['System       Serves          Configured  Available'];
  for (const s of overview.systems)
    lines.push(
      `${s.label.padEnd(12)} ${s.groups.join(', ').padEnd(15)} ${(s.configured ? 'yes' : 'no').padEnd(11)} ${s.configured ? (s.available ? 'yes' : `no: ${s.lastError ?? ''}`) : '-'}`,
    );
  lines.push('', 'Tool group   Served by');
  for (const [group, system] of Object.entries(overview.mapping)) lines.push(`${group.padEnd(12)} ${system}`);
  return lines.join('\n');
}

const testText = (test: ConnectionTest): string =>
  test.ok
    ? `${systems[test.system].label}: connected to ${test.account}`
    : `${systems[test.system].label}: ${test.message}`;

/** What each command needs: a call to the app, and a printer of JSON or of text. */
interface Cli {
  call: <T>(method: MethodName, params: unknown) => Promise<T>;
  show: (value: unknown, text: string) => void;
  once: boolean;
}

async function list({ call, show }: Cli, first: string | undefined): Promise<number> {
  if (first !== undefined) throw new UsageError(`list takes no arguments, got ${first}`);
  const overview = await call<ConnectionsOverview>('connections.list', {});
  show(overview, overviewText(overview));
  return 0;
}

async function configure(
  { call, show }: Cli,
  first: string | undefined,
  second: string | undefined,
): Promise<number> {
  const system = systemArg(first);
  let fields: unknown;
  try {
    fields = JSON.parse(second ?? '');
  } catch {
    throw new UsageError(`the settings must be a JSON object, e.g. '{"baseUrl":"https://…"}'`);
  }
  const status = await call<{ label: string; secretsSet: string[] }>('connections.configure', {
    system,
    fields,
  });
  show(
    status,
    `${status.label} configured (credentials kept in the secrets store: ${status.secretsSet.join(', ') || 'none'}).`,
  );
  return 0;
}

async function test({ call, show }: Cli, first: string | undefined): Promise<number> {
  const result = await call<ConnectionTest>('connections.test', { system: systemArg(first) });
  show(result, testText(result));
  return result.ok ? 0 : 1;
}

async function map(
  { call, show }: Cli,
  first: string | undefined,
  second: string | undefined,
): Promise<number> {
  const group = ToolGroup.safeParse(first);
  if (!group.success) throw new UsageError(first ? `unknown tool group ${first}` : 'missing tool group');
  const target = second === 'sandbox' ? 'sandbox' : systemArg(second);
  const overview = await call<ConnectionsOverview>('connections.map', {
    group: group.data,
    system: target,
  });
  show(overview, `${group.data} → ${target}`);
  return 0;
}

async function sync({ call, show, once }: Cli, first: string | undefined): Promise<number> {
  if (!once)
    throw new UsageError('sync runs one pass with --once; the app syncs in the background on its own');
  const report = await call('connections.sync', { system: systemArg(first) });
  show(report, JSON.stringify(report));
  return 0;
}

async function remove({ call, show }: Cli, first: string | undefined): Promise<number> {
  const overview = await call<ConnectionsOverview>('connections.remove', { system: systemArg(first) });
  show(overview, `${systems[systemArg(first)].label} removed; its tool groups are back on the sandbox.`);
  return 0;
}

function run(
  cli: Cli,
  command: string | undefined,
  first: string | undefined,
  second: string | undefined,
): Promise<number> {
  switch (command) {
    case 'list':
      return list(cli, first);
    case 'configure':
      return configure(cli, first, second);
    case 'test':
      return test(cli, first);
    case 'map':
      return map(cli, first, second);
    case 'sync':
      return sync(cli, first);
    case 'remove':
      return remove(cli, first);
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'missing command');
  }
}

/** Connections to the team's real systems from a terminal (also what scripts and tests use). */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      once: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (print(usage), 0);
  const [command, first, second, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const app = createApp({
    dataDir,
    settings: confSettingsBackend(dataDir),
    secrets: fileSecretStore(dataDir),
    transport: 'direct',
  });
  const cli: Cli = {
    call: async <T>(method: MethodName, params: unknown): Promise<T> => {
      const result = (await app.dispatch(method, params)) as Result<T>;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    show: (value, text) => print(values.json ? JSON.stringify(value, null, 2) : text),
    once: values.once,
  };
  try {
    return await run(cli, command, first, second);
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    printError(error instanceof UsageError ? `connectors: ${message}\n${usage}` : `connectors: ${message}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
