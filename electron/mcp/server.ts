import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
} from '@modelcontextprotocol/sdk/types.js';
import pkg from '../../package.json' with { type: 'json' };
import { tools } from '../../shared/tools';
import type { App } from '../app';
import { logger } from '../log';
import { McpRequestsRepo } from './requests-repo';
import { serveKnowledgeBase, servePrompts } from './resources-and-prompts';
import { mcpTools } from './tool-catalog';
import { mcpToolCalls } from './tool-calls';
import { actionsGetToolName, fromMcpToolName } from './tool-names';
import { refusal } from './tool-results';

/** Arguments larger than this (as JSON) are refused before anything reads them: no tool takes more. */
export const maxArgumentChars = 100_000;

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
  const server = new Server(
    { name: pkg.name, version: pkg.version },
    {
      capabilities: { tools: {}, resources: {}, prompts: {} },
      instructions:
        "Agent-assist's tool catalog. Reads answer at once; writes and money follow the team's policy and may wait for a rep's approval: poll actions_get with the action id. Send an idempotencyKey with writes you may retry.",
    },
  );
  const calls = mcpToolCalls(app, new McpRequestsRepo(app.db), () =>
    clientLabel(server.getClientVersion()?.name),
  );

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
      if (!tool) return calls.actionsGet(args);
      return tools[tool].risk === 'read' ? await calls.read(tool, args) : await calls.write(tool, args);
    } catch (error) {
      logger.error({ err: error, tool: name }, 'MCP tool call failed');
      return refusal({ code: 'internal', message: `${name} failed inside the app.` });
    }
  });
  serveKnowledgeBase(server, app);
  servePrompts(server, app);
  return server;
}
