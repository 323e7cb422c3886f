import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type GetPromptResult,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { CheatSheet } from '../../shared/cheatsheet';
import { fromZodError, type Result } from '../../shared/result';
import type { App } from '../app';
import { briefingNote } from '../connectors/inbound/sync-notes';
import { kbArticleId, kbArticleTemplate, kbArticleUri, KnowledgeBaseResources } from './knowledge-base';
import { cheatSheetText } from './prompts';

const CheatSheetArgs = z.object({ accountId: z.string().trim().min(1).max(100) });
const BriefingArgs = z.object({ conversationId: z.string().trim().min(1).max(100) });

/** The knowledge base as resources: one `kb://article/{id}` per article. */
export function serveKnowledgeBase(server: Server, app: App): void {
  const kb = new KnowledgeBaseResources(app);
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
}

const prompts = [
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
];

const say = (description: string, text: string): GetPromptResult => ({
  description,
  messages: [{ role: 'user', content: { type: 'text', text } }],
});

/** The pre-call cheat sheet and the escalation briefing as prompts. */
export function servePrompts(server: Server, app: App): void {
  server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts }));
  server.setRequestHandler(GetPromptRequestSchema, async (request): Promise<GetPromptResult> => {
    const { name } = request.params;
    const raw = request.params.arguments ?? {};
    if (name === 'cheat_sheet') return cheatSheetPrompt(app, raw);
    if (name === 'escalation_briefing') return briefingPrompt(app, raw);
    throw new McpError(ErrorCode.InvalidParams, `Unknown prompt ${JSON.stringify(name.slice(0, 200))}.`);
  });
}

async function cheatSheetPrompt(app: App, raw: unknown): Promise<GetPromptResult> {
  const parsed = CheatSheetArgs.safeParse(raw);
  if (!parsed.success) throw new McpError(ErrorCode.InvalidParams, fromZodError(parsed.error).message);
  const sheet = (await app.dispatch('cheatsheet.get', parsed.data)) as Result<CheatSheet>;
  if (!sheet.ok) throw new McpError(ErrorCode.InvalidParams, sheet.error.message);
  return say(
    `Pre-call cheat sheet for account ${parsed.data.accountId}`,
    `Prepare me for a renewal call with this account.\n\n${cheatSheetText(sheet.value)}`,
  );
}

function briefingPrompt(app: App, raw: unknown): GetPromptResult {
  const parsed = BriefingArgs.safeParse(raw);
  if (!parsed.success) throw new McpError(ErrorCode.InvalidParams, fromZodError(parsed.error).message);
  const { conversationId } = parsed.data;
  const ctx = app.agentContext;
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
