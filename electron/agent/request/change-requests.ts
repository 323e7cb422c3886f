import { z } from 'zod';
import { alternation, Phrase } from '../../data-files/phrases';
import { isToolName, type ToolName } from '../../../shared/tools';
import { parseDataFile } from '../../data-files/parse-data-file';
import data from './data/change-requests.json' with { type: 'json' };

const Phrases = z.array(Phrase).min(1);
const ChangeRequests = z
  .object({
    about: z.string(),
    changes: z
      .array(
        z
          .object({
            tools: z.array(z.string().refine(isToolName, 'not a tool of the catalog')).min(1),
            verbs: Phrases,
            nouns: Phrases,
            standalone: z.array(Phrase),
          })
          .strict(),
      )
      .min(1),
    leads: Phrases,
    hedges: Phrases,
    negations: Phrases,
    offTargets: Phrases,
    releaseVerbs: Phrases,
    objectEnds: Phrases,
    compensation: Phrases,
    genericObjects: Phrases,
  })
  .strict();

const cues = parseDataFile('electron/agent/request/data/change-requests.json', data, ChangeRequests);

/** What the customer asked for in so many words, and the things they named that no order tool acts on. */
export interface ChangeRequests {
  /** Changes asked for explicitly, by the tools that make them. */
  explicit: ToolName[];
  /** Things the customer wants changed or closed that are not orders ("my rewards account"). */
  offTargets: string[];
  /** They ask for goodwill (a voucher, a credit for the hassle), not for a refund. */
  compensation: boolean;
}

const LEAD = new RegExp(`(?:^|\\b)(?:${alternation(cues.leads)})\\s*$`, 'iu');
const HEDGE = new RegExp(`\\b(?:${alternation(cues.hedges)})\\b`, 'iu');
const NEGATION = new RegExp(`\\b(?:${alternation(cues.negations)})\\b`, 'iu');
const OFF_TARGET = new RegExp(`\\b(?:${alternation(cues.offTargets)})\\b`, 'iu');
const RELEASE = new RegExp(`\\b(?:${alternation(cues.releaseVerbs)})\\b`, 'giu');
const OBJECT_END = new RegExp(`\\b(?:${alternation(cues.objectEnds)})\\b|[,:]`, 'iu');
const COMPENSATION = new RegExp(`\\b(?:${alternation(cues.compensation)})\\b`, 'iu');
const ORDER_WORDS =
  /\b(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?|purchases?|items?)\b|#?\b[A-Z]{0,4}-?\d{4,}\b/iu;
const GENERIC_OBJECT = new RegExp(`^(?:${alternation(cues.genericObjects)})\\b`, 'iu');
const PLEASE_AFTER = /^[^,]{0,60}\b(?:please|pls|plz|asap|now|immediately|right away)\b/iu;

const changes = cues.changes.map((change) => ({
  tools: change.tools as ToolName[],
  verb: new RegExp(`\\b(?:${alternation(change.verbs)})\\b`, 'giu'),
  noun: new RegExp(`\\b(?:${alternation(change.nouns)})\\b`, 'giu'),
  standalone:
    change.standalone.length > 0 ? new RegExp(`\\b(?:${alternation(change.standalone)})\\b`, 'iu') : null,
}));

/**
 * Clauses, each with where it starts in the text: a request of its own starts at a sentence end or at
 * "also", "and then", "but".
 */
function clausesOf(text: string): { clause: string; offset: number }[] {
  const bounds = /[.;!?\n]+|\b(?:also|plus|and then|and also|but|however|oh and|another thing)\b/giu;
  const clauses: { clause: string; offset: number }[] = [];
  let from = 0;
  for (const bound of [...text.matchAll(bounds), null]) {
    const end = bound ? bound.index : text.length;
    const clause = text.slice(from, end);
    if (clause.trim()) clauses.push({ clause, offset: from });
    if (bound) from = bound.index + bound[0].length;
  }
  return clauses;
}

/** The words after a verb that say what it acts on, up to a preposition or a comma. */
const objectAfter = (clause: string, end: number) => {
  const rest = clause.slice(end).trim();
  const stop = OBJECT_END.exec(rest);
  return (stop ? rest.slice(0, stop.index) : rest).trim();
};

/** A verb or noun at `at` said as a request: at the clause start, after a lead, or followed by "please". */
function saidAsRequest(clause: string, at: number, end: number): boolean {
  const before = clause.slice(0, at).trim();
  // Only the words since the last comma can negate: "I don't want to wait, cancel it" asks to cancel.
  const tail = before
    .split(/[,:–—]/u)
    .at(-1)!
    .trim();
  if (HEDGE.test(clause) || NEGATION.test(tail)) return false;
  return tail === '' || LEAD.test(tail) || PLEASE_AFTER.test(clause.slice(end));
}

/** Reads which changes a customer message asks for explicitly, and what non-order things it names. */
export function readChangeRequests(text: string): ChangeRequests {
  const explicit = new Set<ToolName>();
  const offTargets = new Set<string>();
  let firstRequestAt = Infinity;
  for (const { clause, offset } of clausesOf(text)) {
    for (const match of clause.matchAll(RELEASE)) {
      const object = objectAfter(clause, match.index + match[0].length);
      const named = OFF_TARGET.exec(object);
      if (named) offTargets.add(named[0].toLowerCase());
    }
    for (const change of changes) {
      for (const pattern of [change.verb, change.noun]) {
        for (const match of clause.matchAll(pattern)) {
          const end = match.index + match[0].length;
          const object = objectAfter(clause, end);
          const named = pattern === change.verb ? OFF_TARGET.exec(object) : null;
          if (named) {
            offTargets.add(named[0].toLowerCase());
            continue;
          }
          if (GENERIC_OBJECT.test(clause.slice(end).trim())) continue;
          if (saidAsRequest(clause, match.index, end)) {
            change.tools.forEach((tool) => explicit.add(tool));
            firstRequestAt = Math.min(firstRequestAt, offset + match.index);
          }
        }
      }
      const standalone = change.standalone?.exec(clause);
      if (standalone && !HEDGE.test(clause) && !NEGATION.test(clause.slice(0, standalone.index))) {
        change.tools.forEach((tool) => explicit.add(tool));
        firstRequestAt = Math.min(firstRequestAt, offset + standalone.index);
      }
    }
  }
  // "Leaf Rewards membership: cancel it": a non-order thing named before the request, in a message
  // that names no order ("refund it to my credit card" names where the money goes, not what to change).
  const named = OFF_TARGET.exec(text);
  if (
    named &&
    offTargets.size === 0 &&
    !ORDER_WORDS.test(text) &&
    explicit.size > 0 &&
    firstRequestAt > named.index
  ) {
    offTargets.add(named[0].toLowerCase());
    explicit.clear();
  }
  return {
    explicit: [...explicit],
    offTargets: [...offTargets],
    compensation: COMPENSATION.test(text) && !explicit.has('payments.refund'),
  };
}
