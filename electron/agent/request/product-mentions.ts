import { z } from 'zod';
import { parseDataFile } from '../../data-files/parse-data-file';
import type { AgentState } from '../state';
import data from './data/product-aliases.json' with { type: 'json' };

type Candidate = NonNullable<AgentState['candidateOrders']>[number];
type Item = NonNullable<AgentState['order']>['items'][number];

// Words of a product name that say nothing on their own ("the", "set", "for").
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'with', 'set', 'pack', 'kit']);

/** An item's product name without the options in brackets: "Wool Slipper (Berry, L)" → "Wool Slipper". */
export const productName = (itemName: string) => itemName.replace(/\s*\(.*?\)/g, '').trim();

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
/** "watches" → "watch", "batteries" → "battery", "shoes" → "shoe": good enough to compare names. */
export const singular = (word: string) => {
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
};

const Word = z.string().regex(/^[a-z]+$/, 'one lower-case word, singular');
const Aliases = z.object({ about: z.string(), groups: z.array(z.array(Word).min(2)).min(1) }).strict();
const aliases = parseDataFile('electron/agent/request/data/product-aliases.json', data, Aliases);
const groupOf = new Map(aliases.groups.flatMap((group) => group.map((word) => [word, group] as const)));

/** A word and the other words customers use for the same kind of product ("shoe" → "sneaker", "trainer"…). */
export const withAliases = (word: string): readonly string[] => groupOf.get(word) ?? [word];

/** The words of what the customer wrote, singular and with their product aliases, to look product names up in. */
export const saidWords = (said: readonly string[]): ReadonlySet<string> =>
  new Set(said.flatMap(wordsOf).map(singular).flatMap(withAliases));

/**
 * How clearly the customer named this product: 2 when every telling word of its name is in what they
 * wrote ("desk lamp"), 1.5 when its last word is ("the helmet" for a cycling helmet), 1 when a word they
 * wrote ends it ("the watch" for a wristwatch), else 0.
 */
export function mentionScore(product: string, said: ReadonlySet<string>): number {
  // Options in brackets ("Wool Slipper (Berry, L)") are not how customers name a product.
  const telling = wordsOf(productName(product)).filter((w) => !FILLER.has(w));
  if (telling.length === 0) return 0;
  if (telling.every((w) => said.has(singular(w)))) return 2;
  // The last word ("case" for a phone case) names it more surely than the end of a compound one
  // ("watch" for a wristwatch, "phone" for headphones; "board" is too short a guess).
  const last = singular(telling.at(-1)!);
  if (said.has(last)) return 1.5;
  return [...said].some((w) => w.length >= 5 && last.endsWith(w)) ? 1 : 0;
}

/**
 * The one order among several that holds the products the customer named ("the water bottle and the desk
 * lamp"): the order whose items they named most clearly, when no other order scores as well. Null when no
 * product is named, or two orders tie.
 */
export function orderByProduct(
  candidates: readonly Pick<Candidate, 'id' | 'items'>[],
  said: readonly string[],
): string | null {
  const words = saidWords(said);
  const scored = candidates
    .map((order) => ({
      id: order.id,
      score: order.items.reduce((sum, item) => sum + mentionScore(item, words), 0),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score === 0 || (next && next.score === best.score)) return null;
  return best.id;
}

// "everything except the tablet", "all but the mouse", "all the items apart from the lamp": the
// products after the exception, up to the end of the sentence.
const EXCEPT =
  /\b(?:everything|all|every\s+item|the\s+rest)\b[^.;!?]*?\b(?:except(?:\s+for)?|but(?:\s+not)?|other\s+than|apart\s+from|besides|excluding)\b([^.;!?]*)/gi;

// The actions customers ask for about items; a clause runs from one of them to the next or to the end of
// the sentence ("return the hose and the backpack, and exchange the boots for a waterproof pair").
const ACTION = /\b(?:return|exchange|swap|replace|cancel|refund|send\s+back)\b/gi;

/** The clauses of what the customer wrote that start with an action matching `verb`. */
function clausesOf(said: readonly string[], verb: RegExp): string[] {
  return said.flatMap((text) =>
    text.split(/[.;!?\n]/).flatMap((sentence) => {
      const starts = [...sentence.matchAll(ACTION)].map((m) => ({ at: m.index, word: m[0] }));
      return starts
        .map((start, i) => ({ ...start, end: starts[i + 1]?.at ?? sentence.length }))
        .filter((start) => verb.test(start.word))
        .map((start) => sentence.slice(start.at, start.end));
    }),
  );
}

/**
 * The items of an order the customer means: every item but those named after "except" ("return everything
 * except the tablet"); else those named in a clause about this action (`verb`, e.g. /exchange|swap/) when
 * there are any; else those named anywhere. Null when they named none, so the whole order is meant.
 */
export function itemsNamed(items: readonly Item[], said: readonly string[], verb?: RegExp): Item[] | null {
  const excepted = said.flatMap((text) => [...text.matchAll(EXCEPT)].map((match) => match[1]!));
  const excluded = new Set(
    items.filter((item) => mentionScore(item.name, saidWords(excepted)) > 0).map((item) => item.sku),
  );
  if (excluded.size > 0) return items.filter((item) => !excluded.has(item.sku));
  const namedIn = (texts: readonly string[]) => {
    const words = saidWords(texts);
    return items.filter((item) => mentionScore(item.name, words) > 0);
  };
  const inClause = verb ? namedIn(clausesOf(said, verb)) : [];
  if (inClause.length > 0) return inClause;
  const named = namedIn(said);
  return named.length > 0 ? named : null;
}
