/** Words that carry no topic in a customer's question; searching for them only adds noise and cost. */
const stopwords = new Set(
  `a about above after again all am an and any are aren as at be because been before being below between both
  but by can cannot could couldn did didn do does doesn doing don down during each few for from further get got
  had hadn has hasn have haven having he her here hers him his how i if in into is isn it its itself just ll me
  more most my myself no nor not now of off on once only or other our ours out over own please re same
  she should shouldn so some still such than thank thanks that the their theirs them then there these they this
  those through to too under until up us ve very was wasn we were weren what when where which while who whom why
  will with won would wouldn you your yours hi hello hey`.split(/\s+/),
);

const maxTerms = 24;
const maxTermLength = 64;

/**
 * The search terms in free text: letters and digits only (so quotes, operators, stars and brackets
 * in user text never reach FTS5 as syntax), lower case, without stopwords, at most 24, first
 * occurrence first. Only stopwords in the text? Then those are the terms.
 */
export function searchTerms(query: string): string[] {
  const words =
    query
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words.map((word) => word.slice(0, maxTermLength)))];
  const meaningful = unique.filter(
    (word) => !stopwords.has(word) && (word.length > 1 || /\p{N}/u.test(word)),
  );
  return (meaningful.length > 0 ? meaningful : unique).slice(0, maxTerms);
}

/** An FTS5 string literal: double quotes, with any inner quote doubled, so it is always one term. */
export const quoted = (term: string): string => `"${term.replaceAll('"', '""')}"`;

/** An FTS5 expression matching documents that contain any of the terms. */
export const anyOf = (terms: readonly string[]): string => terms.map(quoted).join(' OR ');
