import { randomUUID } from 'node:crypto';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { Action } from '../../shared/agent';
import { fromZodError } from '../../shared/result';
import { tools, type ToolName, type ToolOutput } from '../../shared/tools';
import type { App } from '../app';
import { logger } from '../log';
import { evaluateToolPolicy, type VerifiedFacts } from '../policy/evaluate-tool';
import { stableJson } from '../tools/stable-json';
import { queueForApproval } from './queue';
import type { McpRequestsRepo } from './requests-repo';
import { actionAnswer, outcome, refusal } from './tool-results';

const IdempotencyKey = z.string().trim().min(1).max(200);
const ActionsGetInput = z.object({ actionId: z.string().trim().min(1).max(100) }).strict();
const replayRule = 'replay of an earlier MCP call';

/** One validated write of a client: its arguments, and the key it may be retried with. */
interface WriteRequest {
  tool: ToolName;
  args: Record<string, unknown>;
  key: string | undefined;
  fingerprint: string;
  /** The executor's own key: the client's, namespaced, or a fresh one for a call without. */
  executorKey: string;
  client: string;
}

/**
 * The calls of an MCP client, run as a trusted operator (a rep without a customer scope): reads at
 * once, writes and money through the policy (allowed ones run, the rest wait in the queue for a rep),
 * and `actions_get` for what a client queued.
 */
export function mcpToolCalls(app: App, requests: McpRequestsRepo, client: () => string) {
  const ctx = app.agentContext;
  const executor = app.tools.executor;
  const run = async (tool: ToolName, args: unknown, effect: 'rep' | 'allow', rule: string, key?: string) =>
    outcome(
      await executor.execute({
        tool,
        args,
        actor: 'rep',
        principal: { kind: 'rep' },
        decision: { effect, rule },
        ...(key === undefined ? {} : { idempotencyKey: key }),
      }),
    );
  const read = (tool: ToolName, args: unknown) => run(tool, args, 'rep', `MCP client ${client()}`);

  /** What the policy may rely on, from the system of record (never from the client): the order's status. */
  const verifiedFacts = async (args: Record<string, unknown>): Promise<VerifiedFacts> => {
    if (typeof args.orderId !== 'string') return {};
    const found = await executor.execute({
      tool: 'orders.get',
      args: { orderId: args.orderId },
      actor: 'rep',
      principal: { kind: 'rep' },
      decision: { effect: 'rep', rule: `policy facts for MCP client ${client()}` },
    });
    return found.ok ? { orderStatus: (found.value as ToolOutput<'orders.get'>).order.status } : {};
  };

  const write = async (tool: ToolName, raw: Record<string, unknown>): Promise<CallToolResult> => {
    const request = writeRequest(tool, raw, client());
    if (request === 'invalid') return read(tool, omitKey(raw)); // the executor answers and audits it
    if ('content' in request) return request;
    const runNow = (rule: string) => run(tool, request.args, 'allow', rule, request.executorKey);
    const keyed = keyedRequests(app, requests, request);
    const before = keyed.earlier();
    if (before === 'ran') return runNow(replayRule);
    if (before) return before;
    const verdict = evaluateToolPolicy(
      app.policy.current(),
      tool,
      request.args,
      await verifiedFacts(request.args),
    );
    if (verdict.effect === 'deny') {
      logger.info({ tool, rule: verdict.rule, client: request.client }, 'MCP call refused by the policy');
      return refusal({
        code: 'forbidden',
        message: `The policy does not allow this ${tool} (rule ${verdict.rule}); nothing was done.`,
      });
    }
    if (verdict.effect === 'auto') {
      const held = requests.atomically(() => keyed.earlier() ?? keyed.claim(null));
      if (held && held !== 'ran') return held;
      return runNow(held === 'ran' ? replayRule : verdict.rule);
    }
    // Needs approval: queued for a rep, in one transaction with the key, so a retry finds the action.
    const queued = requests.atomically((): Action | CallToolResult | 'ran' => {
      const found = keyed.earlier();
      if (found) return found;
      const action = queueForApproval(ctx, {
        client: request.client,
        tool,
        args: request.args,
        rule: verdict.rule,
      });
      keyed.claim(action.id);
      return action;
    });
    if (queued === 'ran') return runNow(replayRule);
    return 'content' in queued ? queued : actionAnswer(queued);
  };

  return { read, write, actionsGet: (raw: unknown) => actionsGet(app, raw) };
}

/** The status of an action an MCP client queued; the agent's own actions stay in the app. */
function actionsGet(app: App, raw: unknown): CallToolResult {
  const ctx = app.agentContext;
  const parsed = ActionsGetInput.safeParse(raw);
  if (!parsed.success) return refusal(fromZodError(parsed.error, 'args'));
  const action = ctx.actions.get(parsed.data.actionId);
  if (!action || ctx.conversations.get(action.conversationId)?.channel !== 'mcp')
    return refusal({
      code: 'not_found',
      message: `No MCP action with id ${parsed.data.actionId}.`,
      field: 'actionId',
    });
  return actionAnswer(action);
}

const omitKey = ({ idempotencyKey: _key, ...args }: Record<string, unknown>) => args;

/** A write's key and arguments checked; 'invalid' arguments go on to the executor, which says why. */
function writeRequest(
  tool: ToolName,
  raw: Record<string, unknown>,
  client: string,
): WriteRequest | CallToolResult | 'invalid' {
  let key: string | undefined;
  if (raw.idempotencyKey !== undefined) {
    const checked = IdempotencyKey.safeParse(raw.idempotencyKey);
    if (!checked.success) return refusal(fromZodError(checked.error, 'idempotencyKey'));
    key = checked.data;
  }
  const parsed = tools[tool].input.safeParse(omitKey(raw));
  if (!parsed.success) return 'invalid';
  const args = parsed.data as Record<string, unknown>;
  return {
    tool,
    args,
    key,
    fingerprint: stableJson(args),
    executorKey: key === undefined ? randomUUID() : `mcp:${key}`,
    client,
  };
}

/** What a client's idempotency key already stands for, and how a new request claims it. */
function keyedRequests(app: App, requests: McpRequestsRepo, request: WriteRequest) {
  const { key, tool, fingerprint, executorKey } = request;
  const ctx = app.agentContext;
  return {
    /**
     * A conflict, the action queued for the key, 'ran' when the call ran at once (the executor replays
     * its result), or nothing (a new key, or a call that failed without effect: it is decided afresh).
     */
    earlier(): CallToolResult | 'ran' | undefined {
      const found = key === undefined ? undefined : requests.get(key);
      if (!found) return undefined;
      if (found.tool !== tool || found.fingerprint !== fingerprint)
        return refusal({
          code: 'conflict',
          message: `Idempotency key ${key} was already used for a different ${found.tool} call.`,
          field: 'idempotencyKey',
        });
      if (found.actionId === null) return requests.executorHolds(executorKey) ? 'ran' : undefined;
      const action = ctx.actions.get(found.actionId);
      return action
        ? actionAnswer(action)
        : refusal({ code: 'not_found', message: `The action of idempotency key ${key} no longer exists.` });
    },
    claim(actionId: string | null): undefined {
      if (key !== undefined)
        requests.claim({
          key,
          client: request.client,
          tool,
          fingerprint,
          actionId,
          createdAt: ctx.now().toISOString(),
        });
      return undefined;
    },
  };
}
