import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import type { KbArticle } from '../format';
import { rerank } from '../kb/rerank';
import { anyOf, queryTerms } from '../../text/search-terms';
import { withSynonyms } from '../kb/synonyms';
import { readArticles } from '../tables/kb';
import { checkInput } from './repo-support';

/** One search result: enough to show the article and to cite it in a reply. */
export interface KbHit {
  id: string;
  title: string;
  /** A plain-text excerpt of the body around the matched words. */
  snippet: string;
  /** Relevance, higher is better (BM25 over the article, its title weighing 10×, its tags 3×). */
  score: number;
}

const SearchInput = z.strictObject({
  query: z.string().max(10_000, { error: 'expected at most 10,000 characters' }),
  limit: z.int().min(1).max(50),
});

/**
 * How many matching articles one query ranks at most. Ranking costs a BM25 evaluation per match, so
 * this bounds a query's cost whatever the size of the knowledge base; past it, the newest win.
 */
const rankWindow = 1500;
/** How many of FTS5's best the re-ranking reads in full. */
const rerankDepth = 20;
/** FTS5 weighs a term as often as it appears in the query: up to this many times. */
const maxRepeats = 3;

/**
 * The knowledge base: articles found by full-text search (FTS5, BM25), re-ranked by a BM25 over their
 * own text that weighs each word as often as the customer said it, and read by id.
 */
export class KbRepo {
  private readonly countUpTo;
  private readonly total;
  private readonly rank;
  private readonly snippet;

  constructor(private readonly db: Database) {
    this.countUpTo = db
      .prepare('SELECT COUNT(*) FROM (SELECT 1 FROM sb_kb_fts WHERE sb_kb_fts MATCH ? LIMIT ?)')
      .pluck();
    // How many articles there are, for the re-ranking's word rarity: the highest rowid says it closely
    // enough (articles are rarely deleted), in a lookup instead of COUNT(*)'s scan of the table.
    this.total = db.prepare('SELECT COALESCE(MAX(rowid), 0) FROM sb_kb_articles').pluck();
    this.rank = db.prepare(
      `SELECT a.id, a.title, a.body, a.tags, m.rowid FROM (
         SELECT rowid, -bm25(sb_kb_fts, 5.0, 1.0, 3.0) AS score FROM sb_kb_fts
         WHERE sb_kb_fts MATCH @expression ORDER BY rowid DESC LIMIT @window
       ) AS m JOIN sb_kb_articles a ON a.rowid = m.rowid
       ORDER BY m.score DESC, m.rowid LIMIT @limit`,
    );
    // FTS5 honours a rowid constraint only for an INTEGER value, and the driver binds numbers as REAL.
    this.snippet = db
      .prepare(
        `SELECT snippet(sb_kb_fts, 1, '', '', '…', 40) FROM sb_kb_fts
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
    const terms = withSynonyms(checked.value.query, queryTerms(checked.value.query));
    const counts = new Map(
      terms.map(({ term }) => [term, this.countUpTo.get(anyOf([term]), rankWindow + 1) as number]),
    );
    const present = terms.filter(({ term }) => counts.get(term)! > 0);
    if (present.length === 0) return ok([]);
    // A word found in more articles than the window carries little weight in BM25 yet would fill the
    // window by itself: when rarer words are present, rank by those.
    const rare = present.filter(({ term }) => counts.get(term)! <= rankWindow);
    const chosen = rare.length > 0 ? rare : present;
    const expression = anyOf(chosen, maxRepeats);
    const rows = this.rank.all({
      expression,
      window: rankWindow,
      limit: Math.max(rerankDepth, checked.value.limit),
    }) as { id: string; title: string; body: string; tags: string; rowid: number }[];
    const candidates = rows.map((row) => ({ ...row, tags: JSON.parse(row.tags) as string[] }));
    const ranked = rerank(candidates, chosen, (term) => counts.get(term) ?? 0, this.total.get() as number);
    return ok(
      ranked.slice(0, checked.value.limit).map(({ index, score }) => {
        const row = rows[index]!;
        return {
          id: row.id,
          title: row.title,
          snippet: this.snippet.get(anyOf(chosen), row.rowid) as string,
          score: Math.round(score * 1000) / 1000,
        };
      }),
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
