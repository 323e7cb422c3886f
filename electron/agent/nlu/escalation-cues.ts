import { z } from 'zod';
import { compilePatterns } from './cue-pattern';
import {
  checkPatterns,
  clauseRules,
  compileSection,
  CueClass,
  CueFile,
  LanguageCode,
  liveMatches,
  NegationFile,
  type ClauseRules,
  type CompiledSection,
} from './cue-set';
import { parseDataFile } from '../../data-files/parse-data-file';
import { sentimentScore } from '../../text/sentiment-score';
import disputeJson from './data/dispute-cues.json' with { type: 'json' };
import humanRequestJson from './data/human-request-cues.json' with { type: 'json' };
import legalJson from './data/legal-cues.json' with { type: 'json' };
import negationJson from './data/negation.json' with { type: 'json' };
import previousAgentJson from './data/previous-agent-cues.json' with { type: 'json' };
import publicThreatJson from './data/public-threat-cues.json' with { type: 'json' };
import regulatorJson from './data/regulator-cues.json' with { type: 'json' };

const dataDir = 'electron/agent/nlu/data';

const negation = parseDataFile(`${dataDir}/negation.json`, negationJson, NegationFile);
const rulesOf = new Map<string, ClauseRules>(
  Object.entries(negation.languages).map(([language, section]) => [language, clauseRules(section)]),
);

function cueClass(file: string, json: unknown): CueClass {
  const parsed = parseDataFile(`${dataDir}/${file}`, json, CueFile);
  return new CueClass(
    Object.entries(parsed.languages).map(([language, section]) =>
      compileSection(section, language, rulesOf.get(language), `${dataDir}/${file} languages.${language}`),
    ),
  );
}

/** Legal, payment-dispute, regulator and going-public cues: each is a matter for a person. */
const legalClasses = [
  cueClass('legal-cues.json', legalJson),
  cueClass('dispute-cues.json', disputeJson),
  cueClass('regulator-cues.json', regulatorJson),
  cueClass('public-threat-cues.json', publicThreatJson),
];
const humanRequest = cueClass('human-request-cues.json', humanRequestJson);

const PreviousAgentFile = z
  .object({
    about: z.string().min(1),
    languages: z.record(
      LanguageCode,
      z
        .object({
          terms: z.record(z.string(), z.array(z.string().trim().min(1)).min(1)).default({}),
          mentions: z.array(z.string().trim().min(1)).min(1),
          complaints: z.array(z.string().trim().min(1)).min(1),
        })
        .strict()
        .superRefine((s, ctx) =>
          checkPatterns(s.terms, { mentions: s.mentions, complaints: s.complaints }, ctx),
        ),
    ),
  })
  .strict();
const previousAgent = Object.entries(
  parseDataFile(`${dataDir}/previous-agent-cues.json`, previousAgentJson, PreviousAgentFile).languages,
).map(([language, section]) => ({
  mentions: compilePatterns(section.mentions, section.terms),
  complaints: compileSection(
    { terms: section.terms, cues: section.complaints, except: [] },
    language,
    rulesOf.get(language),
    `${dataDir}/previous-agent-cues.json languages.${language}`,
  ),
}));

const SENTENCE = /[^.!?\n]+[.!?]*/gu;

/**
 * Lawyers, lawsuits and courts; chargebacks and disputed charges; regulators, consumer bodies and
 * data-protection law; threats of bad reviews, social media or the press. Not when the customer rules
 * it out ("I don't want to sue anyone") or the words mean something else ("food court").
 */
export function mentionsLegal(text: string): boolean {
  return legalClasses.some((cues) => cues.test(text));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The team lead's words are read with the English exceptions of every legal class and English negation.
const englishExcepts = legalClasses
  .flatMap((cues) => cues.sections)
  .filter((section) => section.language === 'en' && section.except !== null)
  .map((section) => section.except!.source);
const policyWordRules: Pick<CompiledSection, 'except' | 'rules'> = {
  except: englishExcepts.length ? new RegExp(englishExcepts.join('|'), 'giu') : null,
  rules: rulesOf.get('en')!,
};

/**
 * Any of a team lead's own words (the policy's `legalWords`) as whole words, read like the legal cues:
 * not inside a phrase that means something else ("food court" for "court"), not ruled out.
 */
export function mentionsAnyOf(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return liveMatches(text, pattern, policyWordRules).length > 0;
}

/** Asks for a human (person, agent, representative, manager…), not merely mentioning one. */
export function requestsHuman(text: string): boolean {
  return humanRequest.test(text);
}

/** Complains about a person the customer dealt with before: a mention and a complaint in one sentence. */
export function complainsAboutPreviousAgent(text: string): boolean {
  return (text.match(SENTENCE) ?? []).some((sentence) =>
    previousAgent.some(
      ({ mentions, complaints }) =>
        sentence.search(mentions) >= 0 &&
        (liveMatches(sentence, complaints.cues, complaints).length > 0 || sentimentScore(sentence) < -0.2),
    ),
  );
}
