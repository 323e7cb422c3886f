import type { Database } from '../../store/database';
import type { KbArticle } from '../format';
import { fromJson, toJson } from './json-column';

interface ArticleRow {
  id: string;
  title: string;
  body: string;
  tags: string;
  updated_at: string;
}

/** Knowledge-base articles matching an SQL tail over sb_kb_articles. */
export function readArticles(db: Database, tail: string, ...params: unknown[]): KbArticle[] {
  const rows = db
    .prepare(`SELECT id, title, body, tags, updated_at FROM sb_kb_articles ${tail}`)
    .all(...params) as ArticleRow[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    body: row.body,
    tags: fromJson<string[]>(row.tags),
    updatedAt: row.updated_at,
  }));
}

/** Prepares an insert of articles; triggers keep the full-text index in step. */
export function articleWriter(db: Database): (article: KbArticle) => void {
  const insert = db.prepare(
    'INSERT INTO sb_kb_articles (id, title, body, tags, updated_at) VALUES (@id, @title, @body, @tags, @updatedAt)',
  );
  return (article) => insert.run({ ...article, tags: toJson(article.tags) });
}
