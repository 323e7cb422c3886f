/**
 * The small pattern language the cue files are written in, compiled to regular expressions:
 *
 * - words match whole words in any case; an apostrophe may be left out or curly ("dont", "don’t"),
 *   a hyphen may be a space or nothing ("charge-back", "charge back", "chargeback"), a doubled letter
 *   in a word of five letters or more may be typed once ("atorney"), and a trailing `*` takes any
 *   ending ("lawyer*": lawyers, lawyer's)
 * - `{name}` is any phrase of the named term list; `(a b|c)` is a choice of phrases
 * - `x?` makes a word, term or choice optional; `~` allows up to three other words there, `~2` two
 * - a word ending in an apostrophe is elided and joins the next one ("l' {human}" reads "l'agent")
 * - `^` and `$` tie the pattern to the start and the end of the message (punctuation aside)
 */

export type Terms = Readonly<Record<string, readonly string[]>>;

type Element =
  | { kind: 'word'; text: string; optional: boolean }
  | { kind: 'term'; name: string; optional: boolean }
  | { kind: 'choice'; options: Element[][]; optional: boolean }
  | { kind: 'gap'; words: number };

const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
// Words are apart, except after an elided word ("l'agent").
const SEPARATOR = String.raw`(?:\s+|(?<=['’]))`;
const OTHER_WORD = String.raw`[^\s.,;!?]+`;
const DEFAULT_GAP = 3;

/** A pattern the cue files may not hold, with what is wrong and where. */
export class PatternError extends Error {}

function parse(pattern: string): Element[] {
  let at = 0;
  const fail = (reason: string): never => {
    throw new PatternError(`${reason} at character ${at + 1} of "${pattern}"`);
  };
  const sequence = (inChoice: boolean): Element[] => {
    const elements: Element[] = [];
    for (;;) {
      while (pattern[at] === ' ') at++;
      const c = pattern[at];
      if (c === undefined || (inChoice && (c === '|' || c === ')'))) return elements;
      if (c === ')' || c === '|') fail(`unexpected "${c}"`);
      elements.push(element(inChoice));
    }
  };
  const optional = () => {
    if (pattern[at] !== '?') return false;
    at++;
    return true;
  };
  const element = (inChoice: boolean): Element => {
    const c = pattern[at];
    if (c === '~') {
      at++;
      const digits = /^\d*/.exec(pattern.slice(at))![0];
      at += digits.length;
      return { kind: 'gap', words: digits ? Number(digits) : DEFAULT_GAP };
    }
    if (c === '{') {
      const end = pattern.indexOf('}', at);
      if (end < 0) fail('unclosed "{"');
      const name = pattern.slice(at + 1, end);
      if (!/^[\w-]+$/.test(name)) fail(`bad term name "${name}"`);
      at = end + 1;
      return { kind: 'term', name, optional: optional() };
    }
    if (c === '(') {
      at++;
      const options: Element[][] = [];
      for (;;) {
        const option = sequence(true);
        if (option.length === 0) fail('empty choice');
        options.push(option);
        if (pattern[at] === '|') at++;
        else if (pattern[at] === ')') break;
        else fail('unclosed "("');
      }
      at++;
      return { kind: 'choice', options, optional: optional() };
    }
    const word = /^[^\s(){}|?~]+/u.exec(pattern.slice(at))?.[0];
    if (!word) return fail(`unexpected "${c}"`);
    at += word.length;
    // "a|b" outside brackets is a choice of single words.
    if (pattern[at] === '|' && !inChoice) {
      const words = [word];
      while (pattern[at] === '|') {
        at++;
        const next = /^[^\s(){}|?~]+/u.exec(pattern.slice(at))?.[0] ?? fail('empty choice');
        at += next.length;
        words.push(next);
      }
      return {
        kind: 'choice',
        options: words.map((text) => [{ kind: 'word', text, optional: false }]),
        optional: optional(),
      };
    }
    return { kind: 'word', text: word, optional: optional() };
  };
  const elements = sequence(false);
  if (elements.length === 0) fail('empty pattern');
  return elements;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordSource(text: string): string {
  const stem = text.endsWith('*');
  const body = stem ? text.slice(0, -1) : text;
  const letters = [...body].filter((ch) => /\p{L}/u.test(ch)).length;
  let source = '';
  const chars = [...body];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    // An elided word ("l'", "n'") keeps its apostrophe; inside a word it may be left out.
    if (ch === "'" || ch === '’') source += i === chars.length - 1 ? "['’]" : "['’]?";
    else if (ch === '-') source += String.raw`[-\s]?`;
    else if (letters >= 5 && /\p{L}/u.test(ch) && chars[i + 1]?.toLowerCase() === ch.toLowerCase()) {
      source += `${escape(ch)}{1,2}`;
      i++;
    } else source += escape(ch);
  }
  return stem ? `${source}[\\p{L}'’]*` : source;
}

const endsWithElision = (element: Element) => element.kind === 'word' && /['’]$/.test(element.text);

/** Compiles one pattern (its terms resolved from `terms`) to the source of a regular expression. */
export function patternSource(pattern: string, terms: Terms): string {
  const trimmed = pattern.trim();
  const start = trimmed.startsWith('^');
  const end = trimmed.endsWith('$');
  const body = trimmed.slice(start ? 1 : 0, end ? -1 : undefined);
  const elements = parse(body);
  const first = elements[0]!;
  const last = elements.at(-1)!;
  if (first.kind === 'gap' || last.kind === 'gap')
    throw new PatternError(`"${pattern}" starts or ends with ~`);
  const source = sequenceSource(elements, terms, []);
  const wordEnd = endsWithElision(last) ? '' : WORD_END;
  return (
    (start ? String.raw`^[\s\p{P}\p{S}]*` : WORD_START) +
    source +
    (end ? String.raw`${wordEnd}[\s\p{P}\p{S}]*$` : wordEnd)
  );
}

function sequenceSource(elements: Element[], terms: Terms, seen: readonly string[]): string {
  let out = '';
  let started = false;
  for (const element of elements) {
    if (element.kind === 'gap') {
      out += `(?:${SEPARATOR}${OTHER_WORD}){0,${element.words}}`;
      continue;
    }
    const piece = elementSource(element, terms, seen);
    if (!started) {
      out += element.optional ? `(?:${piece}${SEPARATOR})?` : piece;
      started = !element.optional;
    } else out += element.optional ? `(?:${SEPARATOR}${piece})?` : `${SEPARATOR}${piece}`;
  }
  if (!started) throw new PatternError('a pattern needs at least one required word');
  return out;
}

function elementSource(element: Exclude<Element, { kind: 'gap' }>, terms: Terms, seen: readonly string[]) {
  switch (element.kind) {
    case 'word':
      return wordSource(element.text);
    case 'choice':
      return `(?:${element.options.map((option) => sequenceSource(option, terms, seen)).join('|')})`;
    case 'term': {
      const phrases = terms[element.name];
      if (!phrases) throw new PatternError(`no term list "${element.name}"`);
      if (seen.includes(element.name)) throw new PatternError(`term "${element.name}" refers to itself`);
      const inner = phrases.map((phrase) => sequenceSource(parse(phrase), terms, [...seen, element.name]));
      // Longest first, so "legal team" wins over "legal".
      return `(?:${inner.sort((a, b) => b.length - a.length).join('|')})`;
    }
  }
}

/** Any of several patterns, as one global, case-insensitive, Unicode regular expression. */
export const compilePatterns = (patterns: readonly string[], terms: Terms): RegExp =>
  new RegExp(patterns.map((p) => `(?:${patternSource(p, terms)})`).join('|'), 'giu');
