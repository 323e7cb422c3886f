import { z } from 'zod';
import { alternation, Phrase } from '../../data-files/phrases';
import { parseDataFile } from '../../data-files/parse-data-file';
import { fillerWords, stopwords } from '../../text/search-words';
import { readChangeRequests } from './change-requests';
import data from './data/request-markers.json' with { type: 'json' };

const Markers = z
  .object({
    about: z.string(),
    markers: z.array(Phrase).min(1),
    clauseStarts: z.array(Phrase).min(1),
    otherOrder: z.array(Phrase).min(1),
    changeStarts: z.array(Phrase).min(1),
    pointers: z.array(Phrase).min(1),
    unnamed: z.array(Phrase).min(1),
  })
  .strict();
const cues = parseDataFile('electron/agent/request/data/request-markers.json', data, Markers);

const OTHER_ORDER = new RegExp(`\\b(?:${alternation(cues.otherOrder)})\\b`, 'iu');
/** The words point away from the order just handled ("my other order"). */
export const pointsToOtherOrder = (text: string): boolean => OTHER_ORDER.test(text);

const MARKER = new RegExp(`(?:^|[.?!;,\\n]\\s*|\\band\\s+)(?:${alternation(cues.markers)})\\b[,:]?`, 'giu');
const CLAUSE_START = new RegExp(
  `(?:[,;]\\s*(?:and\\s+)?|\\band\\s+)(?=(?:${alternation(cues.clauseStarts)})\\b)`,
  'giu',
);
const CHANGE_START = new RegExp(
  `(?:[,;]\\s*(?:and\\s+)?|\\band\\s+)(?=(?:${alternation(cues.changeStarts)})\\b)`,
  'giu',
);
/** A sentence that opens as a request of its own ("Where are my cushions? Cancel the kettle please."). */
const SENTENCE_START = new RegExp(
  `[.?!]+\\s+(?=(?:${alternation([...cues.clauseStarts, ...cues.changeStarts])})\\b)`,
  'giu',
);
const POINTER = new RegExp(`\\b(?:${alternation(cues.pointers)})\\b`, 'iu');
const UNNAMED: ReadonlySet<string> = new Set(cues.unnamed);

/**
 * A change that names a thing of its own ("return the water bottles"), not one said before ("return
 * it") or nothing in particular ("return everything"): only then is it a request apart from the one before.
 */
function namesAThing(change: string): boolean {
  if (POINTER.test(change)) return false;
  const words = change.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.some((word) => !stopwords.has(word) && !fillerWords.has(word) && !UNNAMED.has(word));
}

/**
 * Whether a part after a comma or "and" is a request of its own: a question or statement that asks for
 * no change, or a change that names its own thing ("…, can you cancel the kettle", not "…, and return it").
 */
const standsAlone = (part: string, change: boolean) =>
  (!change && readChangeRequests(part).explicit.length === 0) || namesAThing(part);

const OPENS_REQUEST = new RegExp(`^\\W*(?:${alternation(cues.clauseStarts)})\\b`, 'iu');
/**
 * Words that ask something: a question, a change asked for ("Cancel the cushions."), or a request's
 * opening ("where are my cushions, …"); not words that only tell ("I changed my mind, …").
 */
const asks = (words: string) =>
  /\?\s*$/u.test(words) || OPENS_REQUEST.test(words) || readChangeRequests(words).explicit.length > 0;

/** Where a request may start, and whether the part that follows (after `before`) is one of its own. */
const starts: Record<'marker' | 'clause' | 'change' | 'sentence', (part: string, before: string) => boolean> =
  {
    // "Also", "btw": always.
    marker: () => true,
    clause: (part) => standsAlone(part, false),
    // A change or a sentence after words that asked something: words that only tell ("I changed my
    // mind, cancel it", "I'm moving next week. Can you…") are the context of what follows.
    change: (part, before) => asks(before) && standsAlone(part, true),
    // A sentence that points back ("Where is it?") is about what was just asked.
    sentence: (part, before) => asks(before) && !POINTER.test(part) && standsAlone(part, false),
  };

/**
 * The parts of a message that are each a request: split at a marker of another request ("also", "btw"),
 * and at a clause, a change or a sentence that starts a request of its own (`starts`).
 */
export function splitRequests(text: string): string[] {
  const bound = (m: RegExpExecArray, kind: keyof typeof starts) => ({
    at: m.index,
    from: m.index + m[0].length,
    standsAlone: starts[kind],
  });
  const bounds = [
    ...[...text.matchAll(MARKER)].map((m) => bound(m, 'marker')),
    ...[...text.matchAll(CLAUSE_START)].map((m) => bound(m, 'clause')),
    ...[...text.matchAll(CHANGE_START)].map((m) => bound(m, 'change')),
    ...[...text.matchAll(SENTENCE_START)].map((m) => bound(m, 'sentence')),
  ].sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let from = 0;
  for (const [i, next] of bounds.entries()) {
    if (next.at < from) continue;
    const part = text.slice(next.from, bounds[i + 1]?.at ?? text.length);
    if (!next.standsAlone(part, text.slice(from, next.from))) continue;
    parts.push(text.slice(from, next.at));
    from = next.from;
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim()).filter((part) => /\p{L}/u.test(part));
}
