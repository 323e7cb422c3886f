import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import type { KbArticle } from '../format';
import { anyOf, searchTerms } from '../kb/search-terms';
import { readArticles } from '../tables/kb';
import { checkInput } from './repo-support';

/** One search result: enough to show the article and to cite it in a reply. */
export interface KbHit {
  id: string;
  title: string;
  /** A plain-text excerpt of the body around the matched words. */
  snippet: string;
  /** BM25 relevance, higher is better (title matches weigh 5×, tags 3×, body 1×). */
  score: number;
}

const SearchInput = z.strictObject({
  query: z.string().max(2000, { error: 'expected at most 2000 characters' }),
  limit: z.int().min(1).max(50),
});

/**
 * How many matching articles one query ranks at most. Ranking costs a BM25 evaluation per match, so
 * this bounds a query's cost whatever the size of the knowledge base; past it, the newest win.
 */
const rankWindow = 1500;

/** The knowledge base: articles found by full-text search (FTS5, BM25) and read by id. */
export class KbRepo {
  private readonly countUpTo;
  private readonly rank;
  private readonly snippet;

  constructor(private readonly db: Database) {
    this.countUpTo = db
      .prepare('SELECT COUNT(*) FROM (SELECT 1 FROM sb_kb_fts WHERE sb_kb_fts MATCH ? LIMIT ?)')
      .pluck();
    this.rank = db.prepare(
      `SELECT a.id, a.title, m.rowid, m.score FROM (
         SELECT rowid, -bm25(sb_kb_fts, 5.0, 1.0, 3.0) AS score FROM sb_kb_fts
         WHERE sb_kb_fts MATCH @expression ORDER BY rowid DESC LIMIT @window
       ) AS m JOIN sb_kb_articles a ON a.rowid = m.rowid
       ORDER BY m.score DESC, m.rowid LIMIT @limit`,
    );
    // FTS5 honours a rowid constraint only for an INTEGER value, and the driver binds numbers as REAL.
    this.snippet = db
      .prepare(
        `SELECT snippet(sb_kb_fts, 1, '', '', '…', 24) FROM sb_kb_fts
         WHERE sb_kb_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
      )
      .pluck();
  }

  /**
   * Articles relevant to free text, best first. Any text is safe: it is reduced to quoted words, so
   * quotes, operators or stray syntax never cause an error; text with no words finds nothing.
   */
  search(query: string, limit = 5): Result<KbHit[]> {
    const checked = checkInput(SearchInput, { query, limit });
    if (!checked.ok) return checked;
    const terms = searchTerms(checked.value.query);
    const counts = terms.map((term) => this.countUpTo.get(anyOf([term]), rankWindow + 1) as number);
    const present = terms.filter((_, i) => counts[i]! > 0);
    if (present.length === 0) return ok([]);
    // A word found in more articles than the window carries little weight in BM25 yet would fill the
    // window by itself: when rarer words are present, rank by those.
    const rare = present.filter((term) => counts[terms.indexOf(term)]! <= rankWindow);
    const expression = anyOf(rare.length > 0 ? rare : present);
    const rows = this.rank.all({ expression, window: rankWindow, limit: checked.value.limit }) as {
      id: string;
      title: string;
      rowid: number;
      score: number;
    }[];
    return ok(
      rows.map((row) => ({
        id: row.id,
        title: row.title,
        snippet: this.snippet.get(expression, row.rowid) as string,
        score: Math.round(row.score * 1000) / 1000,
      })),
    );
  }

  /** One article by id. */
  get(articleId: string): Result<KbArticle> {
    const [article] = readArticles(this.db, 'WHERE id = ?', articleId);
    return article
      ? ok(article)
      : fail('not_found', `No knowledge-base article with id ${articleId}.`, 'articleId');
  }
}
