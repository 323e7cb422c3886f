import { describe, expect, it } from 'vitest';
import { compilePatterns, PatternError, type Terms } from '../../../electron/agent/nlu/cue-pattern';
import { CueFile } from '../../../electron/agent/nlu/cue-set';
import { parseDataFile } from '../../../electron/data-files/parse-data-file';

const terms = {
  lawyer: ['lawyer*', 'attorney*', 'legal (team|counsel)'],
  det: ['a', 'an', "l'"],
  human: ['agent', 'humain'],
};
const compilePattern = (pattern: string, list: Terms = terms) => compilePatterns([pattern], list);
const matches = (pattern: string, text: string) => compilePattern(pattern).test(text);
const matched = (pattern: string, text: string) => compilePattern(pattern).exec(text)?.[0];

describe('the cue pattern language', () => {
  it('matches whole words in any case', () => {
    expect(matches('sue', 'I will SUE you')).toBe(true);
    expect(matches('sue', 'I have an issue')).toBe(false);
    expect(matches('sue', 'I will pursue it')).toBe(false);
    expect(matches('sue', 'suede shoes')).toBe(false);
  });

  it('lets an apostrophe be left out or curly, and a hyphen be a space or nothing', () => {
    for (const text of ["I don't", 'I dont', 'I don’t']) expect(matches("don't", text)).toBe(true);
    for (const text of ['a charge-back', 'a charge back', 'a chargeback'])
      expect(matches('charge-back', text)).toBe(true);
  });

  it('takes a doubled letter typed once in a long word, and any ending after *', () => {
    expect(matches('attorney', 'my atorney')).toBe(true);
    expect(matches('lawyer*', "my lawyers' fees")).toBe(true);
    expect(matches('lawyer*', 'my law firm')).toBe(false);
  });

  it('reads term lists, choices, optional words and gaps', () => {
    expect(matched('(call|contact) my? {lawyer}', 'I will call my legal team now')).toBe(
      'call my legal team',
    );
    expect(matches('(call|contact) my? {lawyer}', 'contact attorneys')).toBe(true);
    expect(matches('talk|speak to {human}', 'speak to agent')).toBe(true);
    expect(matches('call ~2 {lawyer}', 'call the best lawyer')).toBe(true);
    expect(matches('call ~2 {lawyer}', 'call the very best lawyer')).toBe(false);
  });

  it('joins an elided word to the next', () => {
    expect(matched('parler à {det}? {human}', "je veux parler à l'agent")).toBe("parler à l'agent");
    expect(matches('parler à {det}? {human}', 'parler à un humain')).toBe(false);
  });

  it('ties ^ and $ to the whole message, punctuation aside', () => {
    expect(matches('^ {human} please? $', 'agent please!!')).toBe(true);
    expect(matches('^ {human} please? $', 'the agent said so')).toBe(false);
  });

  it('rejects what it cannot read, saying where', () => {
    expect(() => compilePattern('(call|')).toThrow(PatternError);
    expect(() => compilePattern('call {nobody}')).toThrow(/no term list "nobody"/);
    expect(() => compilePattern('~2 call')).toThrow(/starts or ends with ~/);
    expect(() => compilePattern('{loop}', { loop: ['{loop}'] })).toThrow(/refers to itself/);
  });
});

describe('a cue data file', () => {
  it('names the file, the line and the field of a problem', () => {
    const broken = {
      about: 'test',
      languages: { en: { cues: ['(call|'] } },
    };
    const load = () => parseDataFile('electron/agent/nlu/data/legal-cues.json', broken, CueFile);
    // The field is placed in the shipped file when it has it; the message always names file and field.
    expect(load).toThrow(
      /electron\/agent\/nlu\/data\/legal-cues\.json(:\d+:\d+)? languages\.en\.cues\[0\]: empty choice/,
    );
  });
});
