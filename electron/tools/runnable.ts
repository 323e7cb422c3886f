import type { z } from 'zod';
import { isToolName, tools, type RiskClass, type ToolName } from '../../shared/tools';
import { fail, ok, type Result } from '../../shared/result';
import { logger } from '../log';
import type { Connector, ToolContext, ToolHandler } from './connector';
import type { ExternalTools } from './external-tools';

/** One tool as the executor runs it, whether built in (a connector serves it) or from an MCP server. */
export interface Runnable {
  name: string;
  risk: RiskClass;
  /** Validates and normalises the arguments. */
  parse(args: unknown): z.ZodSafeParseResult<unknown>;
  run(args: Record<string, unknown>, context: ToolContext): unknown;
  /** Checks what the system answered against the tool's output schema. */
  check(value: unknown): Result<unknown>;
  /** Built-in tools check record ownership for customers; another server's records are its own. */
  builtIn: boolean;
  /** Writes to the app's own database, in the same transaction as the idempotency record. */
  local: boolean;
  /** Extra attempts after a transient failure of a read (none for servers we know nothing about). */
  retries: number;
}

export type Resolution = { kind: 'found'; runnable: Runnable } | { kind: 'unknown' } | { kind: 'unserved' };

/** Finds what serves a tool name: a built-in tool and its connector, or an allowed external tool. */
export function resolveTool(
  name: string,
  routes: Partial<Record<ToolName, Connector>>,
  external: ExternalTools | undefined,
  readRetries: number,
): Resolution {
  if (isToolName(name)) {
    const connector = routes[name];
    const handler = connector?.handlers[name] as ToolHandler<ToolName> | undefined;
    if (!connector || !handler) return { kind: 'unserved' };
    const spec = tools[name];
    return {
      kind: 'found',
      runnable: {
        name,
        risk: spec.risk,
        parse: (args) => spec.input.safeParse(args),
        run: (args, context) => handler(args as never, context),
        check: (value) => checkOutput(name, value),
        builtIn: true,
        local: connector.local === true,
        retries: readRetries,
      },
    };
  }
  const tool = external?.find(name);
  if (!tool || !external) return { kind: 'unknown' };
  return {
    kind: 'found',
    runnable: {
      name,
      risk: tool.risk,
      parse: (args) => tool.input.safeParse(args),
      run: (args, context) => external.call(name, args, context.signal),
      check: ok,
      builtIn: false,
      local: false,
      retries: 0,
    },
  };
}

function checkOutput(tool: ToolName, value: unknown): Result<unknown> {
  const checked = tools[tool].output.safeParse(value);
  if (checked.success) return ok(checked.data);
  logger.error(
    { tool, issues: checked.error.issues },
    'connector returned output that breaks the tool schema',
  );
  return fail('internal', `${tool} returned data the app does not understand.`);
}
