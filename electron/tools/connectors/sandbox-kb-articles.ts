import { KbRepo } from '../../sandbox/repos/kb-repo';
import type { Database } from '../../store/database';

/** The sandbox's knowledge-base articles, whole, by id: for readers beside the tools (the MCP resources). */
export type SandboxKbArticles = Pick<KbRepo, 'get'>;

export const sandboxKbArticles = (db: Database): SandboxKbArticles => new KbRepo(db);
