import type { ToolOutput } from '../../shared/tools';
import type { App } from '../app';
import { sandboxKbArticles, type SandboxKbArticles } from '../tools/connectors/sandbox-kb-articles';

/** The URI of a knowledge-base article, and the template clients fill in. */
export const kbArticleTemplate = 'kb://article/{id}';
export const kbArticleUri = (id: string): string => `kb://article/${encodeURIComponent(id)}`;

/** The article id in a `kb://article/{id}` URI, or undefined. */
export function kbArticleId(uri: string): string | undefined {
  const match = /^kb:\/\/article\/([^/?#]+)$/.exec(uri);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

/** At most this many articles are listed; any article reads by its URI. */
const listLimit = 500;

export interface KbArticleText {
  id: string;
  title: string;
  text: string;
}

/** The knowledge base as MCP resources: the sandbox's articles, and a connected helpdesk's through kb.search. */
export class KnowledgeBaseResources {
  private readonly repo: SandboxKbArticles;

  constructor(private readonly app: App) {
    this.repo = sandboxKbArticles(app.db);
  }

  /** The sandbox's articles by title (a helpdesk's are found with the kb_search tool). */
  list(): { id: string; title: string }[] {
    return this.app.db
      .prepare('SELECT id, title FROM sb_kb_articles ORDER BY title, id LIMIT ?')
      .all(listLimit) as { id: string; title: string }[];
  }

  /**
   * An article's text: the whole article from the sandbox, else what the knowledge base behind the
   * kb.search tool (a connected helpdesk) says of it; undefined when neither knows the id.
   */
  async read(id: string): Promise<KbArticleText | undefined> {
    const article = this.repo.get(id);
    if (article.ok) {
      const { title, body } = article.value;
      return { id, title, text: `# ${title}\n\n${body}` };
    }
    const found = await this.app.tools.executor.execute({
      tool: 'kb.search',
      args: { query: id, limit: 20 },
      actor: 'rep',
      principal: { kind: 'rep' },
      decision: { effect: 'rep', rule: 'MCP resource read' },
    });
    if (!found.ok) return undefined;
    const hit = (found.value as ToolOutput<'kb.search'>).results.find((result) => result.id === id);
    return hit && { id, title: hit.title, text: `# ${hit.title}\n\n${hit.snippet}` };
  }
}
