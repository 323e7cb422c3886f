import { z } from 'zod';
import { isToolName, type ToolName } from '../../../shared/tools';
import { parseDataFile } from '../../data-files/parse-data-file';
import data from './data/change-requests.json' with { type: 'json' };

const Phrase = z
  .string()
  .regex(/^[\p{Ll}\p{N}'*]+(?: [\p{Ll}\p{N}'*]+)*$/u, 'lower-case words separated by single spaces');
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any of the phrases as whole words, longest first so "send it back" wins over "send". */
const anyOf = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      escape(p)
        .replaceAll("'", "['’]?")
        .replaceAll(' \\* ', '(?:\\s+[^\\s,.;:!?]+){0,3}\\s+')
        .replaceAll(' ', '\\s+'),
    )
    .join('|');

const LEAD = new RegExp(`(?:^|\\b)(?:${anyOf(cues.leads)})\\s*$`, 'iu');
const HEDGE = new RegExp(`\\b(?:${anyOf(cues.hedges)})\\b`, 'iu');
const NEGATION = new RegExp(`\\b(?:${anyOf(cues.negations)})\\b`, 'iu');
const OFF_TARGET = new RegExp(`\\b(?:${anyOf(cues.offTargets)})\\b`, 'iu');
const RELEASE = new RegExp(`\\b(?:${anyOf(cues.releaseVerbs)})\\b`, 'giu');
const OBJECT_END = new RegExp(`\\b(?:${anyOf(cues.objectEnds)})\\b|[,:]`, 'iu');
const COMPENSATION = new RegExp(`\\b(?:${anyOf(cues.compensation)})\\b`, 'iu');
const ORDER_WORDS =
  /\b(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?|purchases?|items?)\b|#?\b[A-Z]{0,4}-?\d{4,}\b/iu;
const PLEASE_AFTER = /^[^,]{0,60}\b(?:please|pls|plz|asap|now|immediately|right away)\b/iu;

const changes = cues.changes.map((change) => ({
  tools: change.tools as ToolName[],
  verb: new RegExp(`\\b(?:${anyOf(change.verbs)})\\b`, 'giu'),
  noun: new RegExp(`\\b(?:${anyOf(change.nouns)})\\b`, 'giu'),
}));

/** Clauses: a request of its own starts at a sentence end or at "also", "and then", "but". */
const clausesOf = (text: string) =>
  text
    .normalize('NFKC')
    .split(/[.;!?\n]+|\b(?:also|plus|and then|and also|but|however|oh and|another thing)\b/iu)
    .map((clause) => clause.trim())
    .filter(Boolean);

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
  for (const clause of clausesOf(text)) {
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
          if (saidAsRequest(clause, match.index, end)) change.tools.forEach((tool) => explicit.add(tool));
        }
      }
    }
  }
  // "Leaf Rewards membership: cancel it": a non-order thing named in a message that names no order.
  const named = OFF_TARGET.exec(text);
  if (named && offTargets.size === 0 && !ORDER_WORDS.test(text) && explicit.size > 0) {
    offTargets.add(named[0].toLowerCase());
    explicit.clear();
  }
  return {
    explicit: [...explicit],
    offTargets: [...offTargets],
    compensation: COMPENSATION.test(text) && !explicit.has('payments.refund'),
  };
}
