import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isToolName, toolNames, tools } from '../../shared/tools';
import { inputJsonSchema } from '../tools/function-schemas';
import { createApp } from '../app';
import { defaultDataDir } from './data-dir';
import { print, printError } from './cli-output';
import { confSettingsBackend } from './conf-settings';
import { fileSecretStore } from './file-secrets';

const usage = `Usage:
  npm run tools -- list [--json]
  npm run tools -- call NAME 'JSON' [--key IDEMPOTENCY_KEY] [--json] [--data-dir DIR]`;

class UsageError extends Error {}

/**
 * The tool bridge from a terminal: list the tools, or call one as a rep (audited like any call), served
 * by the system each tool is mapped to.
 */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      key: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (print(usage), 0);
  const [command, name, rawArgs, ...extra] = positionals;
  if (command === 'list') {
    if (name !== undefined) throw new UsageError(`list takes no arguments, got ${name}`);
    const list = toolNames.map((tool) => ({
      name: tool,
      risk: tools[tool].risk,
      description: tools[tool].description,
      input: inputJsonSchema(tool),
    }));
    if (values.json) print(JSON.stringify(list, null, 2));
    else for (const t of list) print(`${t.name.padEnd(22)} ${t.risk.padEnd(6)} ${t.description}`);
    return 0;
  }
  if (command !== 'call') throw new UsageError(command ? `unknown command ${command}` : 'missing command');
  if (!name || !isToolName(name))
    throw new UsageError(name ? `unknown tool ${name}; run: npm run tools -- list` : 'missing tool name');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  let args: unknown;
  try {
    args = JSON.parse(rawArgs ?? '{}');
  } catch {
    throw new UsageError(`the arguments must be JSON, e.g. '{"orderId":"#W1000001"}'`);
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  // The app's own bridge: a tool mapped to a connected system (Settings → Connections) goes there.
  const app = createApp({
    dataDir,
    settings: confSettingsBackend(dataDir),
    secrets: fileSecretStore(dataDir),
    transport: 'direct',
  });
  try {
    const { executor } = app.tools;
    const key = tools[name].risk === 'read' ? undefined : (values.key ?? randomUUID());
    const result = await executor.execute({
      tool: name,
      args,
      actor: 'rep',
      principal: { kind: 'rep' },
      decision: { effect: 'rep', rule: 'called by a rep from the command line' },
      ...(key ? { idempotencyKey: key } : {}),
    });
    if (values.json) print(JSON.stringify(result, null, 2));
    else if (result.ok) print(JSON.stringify(result.value, null, 2));
    else
      printError(
        `${name} failed (${result.error.code}${result.error.field ? `, ${result.error.field}` : ''}): ${result.error.message}`,
      );
    return result.ok ? 0 : 1;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    printError(`tools: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  },
);
