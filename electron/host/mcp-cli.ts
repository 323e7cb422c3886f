import '../mcp/quiet-stdout';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createApp } from '../app';
import { logger } from '../log';
import { createMcpServer } from '../mcp/server';
import { printError } from './cli-output';
import { runServerCommand, UsageError } from './mcp-server-commands';
import { confSettingsBackend } from './conf-settings';
import { defaultDataDir } from './data-dir';
import { fileSecretStore } from './file-secrets';

const usage = `Usage:
  npm run -s mcp -- serve --stdio [--data-dir DIR]
  npm run -s mcp -- add NAME --stdio "command args" [--env NAME=VALUE]… | --url URL [--header "Name: value"]…
  npm run -s mcp -- list [--json]
  npm run -s mcp -- allow NAME TOOL [--risk read|write]
  npm run -s mcp -- remove NAME
serve: the app's tools, knowledge base and prompts to an MCP client over stdin/stdout.
add/list/allow/remove: MCP servers whose tools the agent may use (nothing allowed until you allow it;
a tool is write, needing a rep's approval, unless --risk read). Every command takes --data-dir DIR.
See docs/MCP.md. Logs go to stderr (ASSIST_LOG_LEVEL=silent quiets them).`;

const serverCommands = ['add', 'list', 'allow', 'remove'] as const;
const isServerCommand = (command: string | undefined): command is (typeof serverCommands)[number] =>
  serverCommands.includes(command as never);

/** The app as an MCP server for a desktop MCP client, which starts this command and talks over stdio. */
async function main(argv: string[]): Promise<number> {
  // The command comes first; add, list, allow and remove take options of their own.
  if (isServerCommand(argv[0])) return runServerCommand(argv[0], argv);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stdio: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (printError(usage), 0);
  const [command, ...extra] = positionals;
  if (command !== 'serve') throw new UsageError(command ? `unknown command ${command}` : 'missing command');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  if (!values.stdio)
    throw new UsageError('serve takes --stdio here; over HTTP the app serves it (Settings → MCP server)');
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const app = createApp({
    dataDir,
    settings: confSettingsBackend(dataDir),
    secrets: fileSecretStore(dataDir),
    transport: 'direct',
  });
  const server = createMcpServer(app);
  const closed = new Promise<void>((resolve) => {
    let closing = false;
    const shutdown = () => {
      if (closing) return;
      closing = true;
      void server
        .close()
        .catch(() => undefined)
        .then(() => app.close())
        .then(resolve, (error: unknown) => {
          logger.error({ err: error }, 'closing the app failed');
          resolve();
        });
    };
    server.onclose = shutdown;
    process.stdin.on('end', shutdown);
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
  await server.connect(new StdioServerTransport());
  logger.info({ dataDir }, 'MCP server ready on stdio');
  await closed;
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    printError(`mcp: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
