import { z } from 'zod';
import { compilePatterns, PatternError, patternSource, type Terms } from './cue-pattern';

const Pattern = z.string().trim().min(1);
const TermLists = z.record(z.string().regex(/^[\w-]+$/, 'letters, digits, - and _'), z.array(Pattern).min(1));
export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'a two-letter ISO 639-1 code');

/** Reports every pattern of `lists` that does not compile, at its place in the file. */
export function checkPatterns(
  terms: Terms,
  lists: Record<string, readonly string[]>,
  ctx: z.RefinementCtx,
): void {
  for (const [key, patterns] of Object.entries(lists))
    patterns.forEach((pattern, index) => {
      try {
        patternSource(pattern, terms);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        ctx.addIssue({ code: 'custom', path: [key, index], message: error.message });
      }
    });
}

/** One language of a cue file: the phrases it matches and the phrases that look alike but are not cues. */
const CueSection = z
  .object({
    terms: TermLists.default({}),
    cues: z.array(Pattern).min(1),
    except: z.array(Pattern).default([]),
  })
  .strict()
  .superRefine((s, ctx) => checkPatterns(s.terms, { cues: s.cues, except: s.except }, ctx));

export const CueFile = z
  .object({ about: z.string().min(1), languages: z.record(LanguageCode, CueSection) })
  .strict();

/** One language of the negation file. */
const NegationSection = z
  .object({
    terms: TermLists.default({}),
    clauseBreaks: z.array(Pattern).min(1),
    refusals: z.array(Pattern).min(1),
    negators: z.array(Pattern).min(1),
    keep: z.array(Pattern).default([]),
  })
  .strict()
  .superRefine((s, ctx) =>
    checkPatterns(
      s.terms,
      { clauseBreaks: s.clauseBreaks, refusals: s.refusals, negators: s.negators, keep: s.keep },
      ctx,
    ),
  );

export const NegationFile = z
  .object({ about: z.string().min(1), languages: z.record(LanguageCode, NegationSection) })
  .strict();

/** How one language ends a clause and rules a cue out. */
export interface ClauseRules {
  breaks: RegExp;
  refusals: RegExp;
  negators: RegExp;
  keep: RegExp | null;
}

export const clauseRules = (section: z.infer<typeof NegationSection>): ClauseRules => ({
  breaks: compilePatterns(section.clauseBreaks, section.terms),
  refusals: compilePatterns(section.refusals, section.terms),
  negators: compilePatterns(section.negators, section.terms),
  keep: section.keep.length ? compilePatterns(section.keep, section.terms) : null,
});

const PUNCTUATION = /[.,;:!?¿¡()\n]+/gu;
const WORD = /[\p{L}\p{N}'’-]+/gu;

type Span = readonly [number, number];
const spans = (text: string, pattern: RegExp | null): Span[] =>
  pattern ? [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const) : [];
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/** Where the clause that holds position `at` starts. */
function clauseStart(text: string, at: number, breaks: RegExp): number {
  const before = text.slice(0, at);
  return Math.max(0, ...[...spans(before, PUNCTUATION), ...spans(before, breaks)].map(([, end]) => end));
}

/**
 * Whether the customer rules out what starts at `at`: a refusal earlier in its clause ("I don't want
 * to … sue"), or a negator right before it, at most one word between ("I won't sue", "I would never
 * sue"; not "I'm not happy and my lawyer…").
 */
function ruledOut(text: string, at: number, rules: ClauseRules): boolean {
  const clause = text.slice(clauseStart(text, at, rules.breaks), at);
  const kept = spans(clause, rules.keep);
  const counts = (span: Span) => !kept.some((k) => overlaps(k, span));
  if (spans(clause, rules.refusals).some(counts)) return true;
  return spans(clause, rules.negators).some(
    (span) => counts(span) && (clause.slice(span[1]).match(WORD) ?? []).length <= 1,
  );
}

/** The compiled cues of one language, with that language's clause rules. */
export interface CompiledSection {
  language: string;
  cues: RegExp;
  except: RegExp | null;
  rules: ClauseRules;
}

export function compileSection(
  section: z.infer<typeof CueSection>,
  language: string,
  rules: ClauseRules | undefined,
  where: string,
): CompiledSection {
  if (!rules) throw new Error(`${where}: the negation file has no rules for this language`);
  return {
    language,
    cues: compilePatterns(section.cues, section.terms),
    except: section.except.length ? compilePatterns(section.except, section.terms) : null,
    rules,
  };
}

/** Matches of `pattern` in `text` that are not inside an exception and that the customer does not rule out. */
export function liveMatches(
  text: string,
  pattern: RegExp,
  section: Pick<CompiledSection, 'except' | 'rules'>,
): Span[] {
  const excepted = spans(text, section.except);
  return spans(text, pattern).filter(
    (span) => !excepted.some((e) => overlaps(e, span)) && !ruledOut(text, span[0], section.rules),
  );
}

/** A class of cues (legal, human request…) in every language its file holds. */
export class CueClass {
  constructor(readonly sections: readonly CompiledSection[]) {}

  /** Whether the text holds a cue of this class that the customer does not rule out. */
  test(text: string): boolean {
    return this.sections.some((section) => liveMatches(text, section.cues, section).length > 0);
  }
}
