import type { KbArticle } from '../format';
import type { Prng } from '../prng';
import { loadKbArticles, type ArticleDraft, type KbArticleFile } from './kb-files';
import { addDays, iso } from '../../../shared/time';

/** Every article of the shipped knowledge base (electron/sandbox/seed/data/kb), in id order. */
export function articleDrafts(): ArticleDraft[] {
  return loadKbArticles().map(({ title, tags, body }) => ({ title, tags, body }));
}

/**
 * The knowledge base: the articles of the shipped folder (or `articles`), each last updated some day in
 * the past year, or on the date its file gives. Every article draws its day, dated or not, so one
 * dated article leaves the others' days as they were.
 */
export function generateKb(
  rng: Prng,
  asOf: Date,
  articles: readonly KbArticleFile[] = loadKbArticles(),
): KbArticle[] {
  return articles.map(({ id, title, tags, body, updated }) => {
    const drawn = addDays(asOf, -1 - rng.next() * 364);
    return {
      id,
      title,
      tags: [...tags],
      body,
      updatedAt: iso(updated === undefined ? drawn : new Date(`${updated}T00:00:00Z`)),
    };
  });
}
