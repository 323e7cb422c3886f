import path from 'node:path';
import { parseArgs } from 'node:util';
import type { MethodName } from '../../shared/contract';
import { credentialPairs, splitCommandLine } from '../../shared/mcp-command-line';
import type { McpServersOverview, McpServerStatus, McpTransport } from '../../shared/mcp-servers';
import type { Result } from '../../shared/result';
import { createApp } from '../app';
import { print } from './cli-output';
import { confSettingsBackend } from './conf-settings';
import { defaultDataDir } from './data-dir';
import { fileSecretStore } from './file-secrets';

/** A mistake in the command line itself: the usage follows the message. */
export class UsageError extends Error {}

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stdio: { type: 'string' },
      url: { type: 'string' },
      env: { type: 'string', multiple: true, default: [] },
      header: { type: 'string', multiple: true, default: [] },
      risk: { type: 'string' },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
    },
  });
  return {
    positionals: positionals.slice(1),
    options: { ...values, dataDir: path.resolve(values['data-dir'] ?? defaultDataDir()) },
  };
}

/** `--stdio "cmd args"`: the command line a shell would run, split the way a shell splits it. */
function stdioTransport(line: string, envNames: string[]): McpTransport {
  const split = splitCommandLine(line);
  if (!split.ok) throw new UsageError(`--stdio: ${split.problem}`);
  return { kind: 'stdio', command: split.command, args: split.args, envNames };
}

/** `NAME=value` pairs (--env) or `Name: value` pairs (--header), as credentials for the keychain. */
function pairs(list: string[], separator: '=' | ':', flag: string): Record<string, string> {
  const parsed = credentialPairs(list, separator);
  if (!parsed.ok)
    throw new UsageError(`${flag} takes NAME${separator}VALUE, not ${JSON.stringify(parsed.entry)}`);
  return parsed.pairs;
}

function statusText(server: McpServerStatus): string {
  const where =
    server.transport.kind === 'stdio'
      ? [server.transport.command, ...server.transport.args].join(' ')
      : server.transport.url;
  const lines = [`${server.name}  ${server.state}${server.problem ? `: ${server.problem}` : ''}  (${where})`];
  for (const tool of server.tools)
    lines.push(
      `  ${tool.catalogName.padEnd(40)} ${tool.allowed ? `allowed, ${tool.risk === 'read' ? 'read-only' : 'write (needs approval)'}` : 'not allowed'}`,
    );
  if (server.tools.length === 0) lines.push('  (no tools listed)');
  return lines.join('\n');
}

/** The servers as they answer now: a command-line session connects to each to list its tools. */
async function listConnected(
  call: (method: MethodName, params: unknown) => Promise<Result<unknown>>,
): Promise<Result<unknown>> {
  const listed = await call('mcpServers.list', {});
  if (!listed.ok) return listed;
  const { servers } = listed.value as McpServersOverview;
  await Promise.all(servers.map((server) => call('mcpServers.reconnect', { name: server.name })));
  return call('mcpServers.list', {});
}

const overviewText = (overview: McpServersOverview): string =>
  overview.servers.length === 0
    ? 'No MCP servers. Add one: npm run -s mcp -- add NAME --stdio "command args" | --url URL'
    : overview.servers.map(statusText).join('\n\n');

/** `add`, `list`, `allow` and `remove`: the MCP servers whose tools the agent may use. */
export async function runServerCommand(
  command: 'add' | 'list' | 'allow' | 'remove',
  argv: string[],
): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { positionals, options } = parsed;
  const app = createApp({
    dataDir: options.dataDir,
    settings: confSettingsBackend(options.dataDir),
    secrets: fileSecretStore(options.dataDir),
    transport: 'direct',
  });
  const call = (method: MethodName, params: unknown) => app.dispatch(method, params);
  const show = (result: Result<unknown>, text: (value: never) => string): number => {
    if (!result.ok) throw new Error(result.error.message);
    print(options.json ? JSON.stringify(result.value, null, 2) : text(result.value as never));
    return 0;
  };
  try {
    const [name, tool, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
    switch (command) {
      case 'list':
        if (name) throw new UsageError(`unexpected argument ${name}`);
        return show(await listConnected(call), overviewText);
      case 'add': {
        if (!name || tool) throw new UsageError('add takes one NAME');
        if (Boolean(options.stdio) === Boolean(options.url))
          throw new UsageError('add takes --stdio "command args" or --url URL');
        const env = pairs(options.env, '=', '--env');
        const headers = pairs(options.header, ':', '--header');
        const transport: McpTransport = options.stdio
          ? stdioTransport(options.stdio, Object.keys(env))
          : { kind: 'http', url: options.url!, headerNames: Object.keys(headers) };
        return show(
          await call('mcpServers.add', { name, transport, secrets: { ...env, ...headers } }),
          statusText,
        );
      }
      case 'allow': {
        if (!name || !tool) throw new UsageError('allow takes NAME TOOL');
        const risk = options.risk ?? 'write';
        if (risk !== 'read' && risk !== 'write') throw new UsageError('--risk is read or write');
        return show(
          await call('mcpServers.setTool', { server: name, tool, allowed: true, risk }),
          statusText,
        );
      }
      case 'remove':
        if (!name || tool) throw new UsageError('remove takes one NAME');
        return show(await call('mcpServers.remove', { name }), overviewText);
    }
  } finally {
    await app.close();
  }
}
