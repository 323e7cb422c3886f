import { randomUUID } from 'node:crypto';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type CallToolResult,
  type GetPromptResult,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import pkg from '../../package.json' with { type: 'json' };
import type { Action } from '../../shared/agent';
import type { CheatSheet } from '../../shared/cheatsheet';
import { fromZodError, type AppError, type Result } from '../../shared/result';
import { toolNames, tools, type ToolName, type ToolOutput } from '../../shared/tools';
import type { App } from '../app';
import { briefingNote } from '../connectors/inbound/sync-notes';
import { logger } from '../log';
import { evaluateToolPolicy, type VerifiedFacts } from '../policy/evaluate-tool';
import { inputJsonSchema } from '../tools/function-schemas';
import { stableJson } from '../tools/stable-json';
import { annotationsFor } from './annotations';
import { kbArticleId, kbArticleTemplate, kbArticleUri, KnowledgeBaseResources } from './knowledge-base';
import { cheatSheetText } from './prompts';
import { queueForApproval } from './queue';
import { McpRequestsRepo } from './requests-repo';
import { actionsGetToolName, fromMcpToolName, toMcpToolName } from './tool-names';

/** Arguments larger than this (as JSON) are refused before anything reads them: no tool takes more. */
export const maxArgumentChars = 100_000;

const IdempotencyKey = z.string().trim().min(1).max(200);
const ActionsGetInput = z.object({ actionId: z.string().trim().min(1).max(100) }).strict();
const CheatSheetArgs = z.object({ accountId: z.string().trim().min(1).max(100) });
const BriefingArgs = z.object({ conversationId: z.string().trim().min(1).max(100) });

const idempotencyKeySchema = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  description:
    "Optional. The same key with the same tool and arguments returns the first call's action or result and never acts twice (use a new UUID per intended change; keys are global to the app). Without a key, every call is a new one.",
};

const writeNote =
  " Changes data: the app's policy decides whether it runs at once, waits for a rep's approval (then poll actions_get with the action id) or is refused.";

/** The catalog as MCP tools: the contract's input schema, description and risk annotations. */
export function mcpTools(): Tool[] {
  const catalog = toolNames.map((tool): Tool => {
    const schema = inputJsonSchema(tool);
    const write = tools[tool].risk !== 'read';
    const inputSchema = write
      ? {
          ...schema,
          properties: {
            ...(schema.properties as Record<string, unknown> | undefined),
            idempotencyKey: idempotencyKeySchema,
          },
        }
      : schema;
    return {
      name: toMcpToolName(tool),
      description: tools[tool].description + (write ? writeNote : ''),
      inputSchema: inputSchema as Tool['inputSchema'],
      annotations: annotationsFor(tool),
    };
  });
  return [
    ...catalog,
    {
      name: actionsGetToolName,
      description:
        "The status of an action that waited for a rep's approval: pending_approval, approved, executed (with its result), rejected (with the reason) or failed (with the error).",
      inputSchema: {
        type: 'object',
        properties: { actionId: { type: 'string', minLength: 1, maxLength: 100 } },
        required: ['actionId'],
        additionalProperties: false,
      },
      annotations: { title: 'actions.get', readOnlyHint: true, destructiveHint: false, idempotentHint: true },
    },
  ];
}

const answer = (value: Record<string, unknown>, text = JSON.stringify(value, null, 2)): CallToolResult => ({
  content: [{ type: 'text', text }],
  structuredContent: value,
});

const refusal = (error: AppError): CallToolResult => ({
  isError: true,
  content: [{ type: 'text', text: `${error.code}: ${error.message}` }],
  structuredContent: { error },
});

const outcome = (result: Result<unknown>): CallToolResult =>
  result.ok ? answer(result.value as Record<string, unknown>) : refusal(result.error);

/** A client's name as the queue shows it: printable, trimmed, short. */
function clientLabel(name: string | undefined): string {
  const clean = (name ?? '')
    .replace(/[\p{C}]+/gu, ' ')
    .trim()
    .slice(0, 80);
  return clean === '' ? 'MCP client' : clean;
}

/**
 * The app as an MCP server: every catalog tool through the same ToolExecutor as the agent (validation,
 * record scope, audit, idempotency), writes and money through the policy (allowed ones run at once,
 * the rest wait in the queue for a rep), the knowledge base as resources, and the pre-call cheat sheet
 * and the escalation briefing as prompts. An MCP client acts as a trusted operator: a rep without a
 * customer scope (the transport authenticates it). See docs/MCP.md.
 */
export function createMcpServer(app: App): Server {
  const ctx = app.agentContext;
  const requests = new McpRequestsRepo(app.db);
  const kb = new KnowledgeBaseResources(app);
  const server = new Server(
    { name: pkg.name, version: pkg.version },
    {
      capabilities: { tools: {}, resources: {}, prompts: {} },
      instructions:
        "Agent-assist's tool catalog. Reads answer at once; writes and money follow the team's policy and may wait for a rep's approval: poll actions_get with the action id. Send an idempotencyKey with writes you may retry.",
    },
  );
  const client = () => clientLabel(server.getClientVersion()?.name);

  const read = async (tool: ToolName, args: unknown): Promise<CallToolResult> =>
    outcome(
      await app.tools.executor.execute({
        tool,
        args,
        actor: 'rep',
        principal: { kind: 'rep' },
        decision: { effect: 'rep', rule: `MCP client ${client()}` },
      }),
    );

  /** What the policy may rely on, from the system of record (never from the client): the order's status. */
  const verifiedFacts = async (args: Record<string, unknown>): Promise<VerifiedFacts> => {
    if (typeof args.orderId !== 'string') return {};
    const found = await app.tools.executor.execute({
      tool: 'orders.get',
      args: { orderId: args.orderId },
      actor: 'rep',
      principal: { kind: 'rep' },
      decision: { effect: 'rep', rule: `policy facts for MCP client ${client()}` },
    });
    return found.ok ? { orderStatus: (found.value as ToolOutput<'orders.get'>).order.status } : {};
  };

  const actionAnswer = (action: Action): CallToolResult => {
    const status = {
      actionId: action.id,
      tool: toMcpToolName(action.tool as ToolName),
      status: action.status,
      rule: action.rule,
      result: action.result,
      error: action.error,
      rejectReason: action.rejectReason,
      decidedBy: action.decidedBy,
      decidedAt: action.decidedAt,
      executedAt: action.executedAt,
    };
    switch (action.status) {
      case 'pending_approval':
      case 'approved':
        return answer(
          status,
          `${action.tool} waits for a rep's approval (policy rule ${action.rule}); nothing was done yet. Action id: ${action.id}. Poll ${actionsGetToolName} with {"actionId": "${action.id}"} for its outcome.`,
        );
      case 'executed':
        return answer(status);
      case 'rejected':
        return {
          ...answer(status, `A rep rejected ${action.tool}: ${action.rejectReason ?? ''}`),
          isError: true,
        };
      default:
        return {
          ...answer(status, `${action.tool} ${action.status}: ${action.error?.message ?? ''}`),
          isError: true,
        };
    }
  };

  const write = async (tool: ToolName, raw: Record<string, unknown>): Promise<CallToolResult> => {
    const { idempotencyKey: rawKey, ...args } = raw;
    let key: string | undefined;
    if (rawKey !== undefined) {
      const checked = IdempotencyKey.safeParse(rawKey);
      if (!checked.success) return refusal(fromZodError(checked.error, 'idempotencyKey'));
      key = checked.data;
    }
    const parsed = tools[tool].input.safeParse(args);
    // The executor answers (and audits) the invalid call; nothing runs.
    if (!parsed.success) return read(tool, args);
    const valid = parsed.data as Record<string, unknown>;
    const fingerprint = stableJson(valid);
    const executorKey = key === undefined ? randomUUID() : `mcp:${key}`;
    const label = client();
    const runNow = async (rule: string) =>
      outcome(
        await app.tools.executor.execute({
          tool,
          args: valid,
          actor: 'rep',
          principal: { kind: 'rep' },
          decision: { effect: 'allow', rule },
          idempotencyKey: executorKey,
        }),
      );
    /**
     * What the key already stands for: a conflict, the action queued for it, 'ran' when the call ran
     * at once (the executor replays its result), or nothing (a new key, or a call that failed without
     * effect: it is decided afresh).
     */
    const earlier = (): CallToolResult | 'ran' | undefined => {
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
    };
    const claim = (actionId: string | null) => {
      if (key !== undefined)
        requests.claim({
          key,
          client: label,
          tool,
          fingerprint,
          actionId,
          createdAt: ctx.now().toISOString(),
        });
    };

    const before = earlier();
    if (before === 'ran') return runNow('replay of an earlier MCP call');
    if (before) return before;
    const verdict = evaluateToolPolicy(app.policy.current(), tool, valid, await verifiedFacts(valid));
    if (verdict.effect === 'deny') {
      logger.info({ tool, rule: verdict.rule, client: label }, 'MCP call refused by the policy');
      return refusal({
        code: 'forbidden',
        message: `The policy does not allow this ${tool} (rule ${verdict.rule}); nothing was done.`,
      });
    }
    if (verdict.effect === 'auto') {
      const held = requests.atomically(() => earlier() ?? claim(null));
      if (held && held !== 'ran') return held;
      return runNow(held === 'ran' ? 'replay of an earlier MCP call' : verdict.rule);
    }
    // Needs approval: queued for a rep, in one transaction with the key, so a retry finds the action.
    const queued = requests.atomically((): Action | CallToolResult | 'ran' => {
      const found = earlier();
      if (found) return found;
      const action = queueForApproval(ctx, { client: label, tool, args: valid, rule: verdict.rule });
      claim(action.id);
      return action;
    });
    if (queued === 'ran') return runNow('replay of an earlier MCP call');
    return 'content' in queued ? queued : actionAnswer(queued);
  };

  const actionsGet = (raw: unknown): CallToolResult => {
    const parsed = ActionsGetInput.safeParse(raw);
    if (!parsed.success) return refusal(fromZodError(parsed.error, 'args'));
    const action = ctx.actions.get(parsed.data.actionId);
    // Only the actions MCP clients asked for: the agent's own stay in the app.
    if (!action || ctx.conversations.get(action.conversationId)?.channel !== 'mcp')
      return refusal({
        code: 'not_found',
        message: `No MCP action with id ${parsed.data.actionId}.`,
        field: 'actionId',
      });
    return actionAnswer(action);
  };

  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: mcpTools() }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name } = request.params;
    const args: Record<string, unknown> = request.params.arguments ?? {};
    const tool = fromMcpToolName(name);
    if (!tool && name !== actionsGetToolName)
      throw new McpError(ErrorCode.InvalidParams, `Unknown tool ${JSON.stringify(name.slice(0, 200))}.`);
    const size = JSON.stringify(args).length;
    if (size > maxArgumentChars)
      return refusal({
        code: 'bad_request',
        message: `The arguments are ${size} characters of JSON; at most ${maxArgumentChars} are accepted.`,
        field: 'args',
      });
    try {
      if (!tool) return actionsGet(args);
      return tools[tool].risk === 'read' ? await read(tool, args) : await write(tool, args);
    } catch (error) {
      logger.error({ err: error, tool: name }, 'MCP tool call failed');
      return refusal({ code: 'internal', message: `${name} failed inside the app.` });
    }
  });

  server.setRequestHandler(ListResourcesRequestSchema, () => ({
    resources: kb.list().map((article) => ({
      uri: kbArticleUri(article.id),
      name: article.id,
      title: article.title,
      mimeType: 'text/markdown',
    })),
  }));

  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({
    resourceTemplates: [
      {
        uriTemplate: kbArticleTemplate,
        name: 'kb-article',
        title: 'Knowledge-base article',
        description: 'An article of the knowledge base by id (find ids with the kb_search tool).',
        mimeType: 'text/markdown',
      },
    ],
  }));

  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    const { uri } = request.params;
    const id = kbArticleId(uri);
    if (id === undefined)
      throw new McpError(
        ErrorCode.InvalidParams,
        `Unknown resource ${uri.slice(0, 200)}; expected ${kbArticleTemplate}.`,
      );
    const article = await kb.read(id);
    if (!article) throw new McpError(ErrorCode.InvalidParams, `No knowledge-base article with id ${id}.`);
    return { contents: [{ uri, mimeType: 'text/markdown', text: article.text }] };
  });

  server.setRequestHandler(ListPromptsRequestSchema, () => ({
    prompts: [
      {
        name: 'cheat_sheet',
        title: 'Pre-call cheat sheet',
        description:
          "An account's churn risk, unused features, last touchpoint, competitor mentions, renewal quote and talking points.",
        arguments: [{ name: 'accountId', description: 'The SaaS account id', required: true }],
      },
      {
        name: 'escalation_briefing',
        title: 'Escalation briefing',
        description:
          "The briefing of a conversation's open escalation: why, the summary, history and what is pending.",
        arguments: [{ name: 'conversationId', description: 'The escalated conversation', required: true }],
      },
    ],
  }));

  server.setRequestHandler(GetPromptRequestSchema, async (request): Promise<GetPromptResult> => {
    const { name } = request.params;
    const raw = request.params.arguments ?? {};
    const say = (description: string, text: string): GetPromptResult => ({
      description,
      messages: [{ role: 'user', content: { type: 'text', text } }],
    });
    if (name === 'cheat_sheet') {
      const parsed = CheatSheetArgs.safeParse(raw);
      if (!parsed.success) throw new McpError(ErrorCode.InvalidParams, fromZodError(parsed.error).message);
      const sheet = (await app.dispatch('cheatsheet.get', parsed.data)) as Result<CheatSheet>;
      if (!sheet.ok) throw new McpError(ErrorCode.InvalidParams, sheet.error.message);
      return say(
        `Pre-call cheat sheet for account ${parsed.data.accountId}`,
        `Prepare me for a renewal call with this account.\n\n${cheatSheetText(sheet.value)}`,
      );
    }
    if (name === 'escalation_briefing') {
      const parsed = BriefingArgs.safeParse(raw);
      if (!parsed.success) throw new McpError(ErrorCode.InvalidParams, fromZodError(parsed.error).message);
      const { conversationId } = parsed.data;
      const conversation = ctx.conversations.get(conversationId);
      const escalation = conversation && ctx.escalations.open(conversationId);
      if (!escalation)
        throw new McpError(
          ErrorCode.InvalidParams,
          conversation
            ? `Conversation ${conversationId} has no open escalation.`
            : `No conversation with id ${conversationId}.`,
        );
      return say(
        `Escalation briefing for ${conversation.customer}`,
        `Help me take over this escalated conversation with ${conversation.customer}.\n\n${briefingNote(escalation)}`,
      );
    }
    throw new McpError(ErrorCode.InvalidParams, `Unknown prompt ${JSON.stringify(name.slice(0, 200))}.`);
  });

  return server;
}
