import { describe, expect, it } from 'vitest';
import {
  complainsAboutPreviousAgent,
  mentionsAnyOf,
  mentionsLegal,
  requestsHuman,
} from '../../../electron/agent/nlu/escalation-cues';
import {
  HUMAN_REQUESTS,
  LEGAL_THREATS,
  NOT_HUMAN_REQUESTS,
  NOT_LEGAL,
  NOT_PREVIOUS_AGENT_COMPLAINTS,
  PREVIOUS_AGENT_COMPLAINTS,
  type CuePhrasings,
} from './escalation-cue-phrasings';

/** The share of phrasings the detector reads as expected. */
const rate = (texts: readonly string[], detect: (text: string) => boolean, expected: boolean) =>
  texts.filter((text) => detect(text) === expected).length / texts.length;

const classes: [string, CuePhrasings, (text: string) => boolean, boolean][] = [
  ['legal, dispute, regulator and going-public threats', LEGAL_THREATS, mentionsLegal, true],
  ['near misses of the legal cues', NOT_LEGAL, mentionsLegal, false],
  ['requests for a person', HUMAN_REQUESTS, requestsHuman, true],
  ['mentions of people that are no request', NOT_HUMAN_REQUESTS, requestsHuman, false],
  ['complaints about an earlier agent', PREVIOUS_AGENT_COMPLAINTS, complainsAboutPreviousAgent, true],
  [
    'mentions of earlier agents that are no complaint',
    NOT_PREVIOUS_AGENT_COMPLAINTS,
    complainsAboutPreviousAgent,
    false,
  ],
];

describe.each(classes)('%s', (_name, phrasings, detect, expected) => {
  it.each(phrasings.dev)(`reads "%s" as ${expected ? 'a cue' : 'no cue'} (dev)`, (text) => {
    expect(detect(text)).toBe(expected);
  });

  // Written with the dev phrasings and never tuned on: how the cue files generalize.
  it('reads at least 80% of the held-out phrasings right', () => {
    expect(rate(phrasings.heldOut, detect, expected)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the legal cues', () => {
  it('are ruled out in the clause that refuses them, and only there', () => {
    expect(mentionsLegal("I don't want to sue anyone, just a refund")).toBe(false);
    expect(mentionsLegal("I don't want a refund, I want to sue")).toBe(true);
    expect(mentionsLegal("I won't hesitate to call my lawyer")).toBe(true);
    expect(mentionsLegal("Don't make me get my lawyer involved")).toBe(true);
    expect(mentionsLegal("If you don't fix this I'm going to sue")).toBe(true);
    expect(mentionsLegal('I am not happy and my lawyer will hear about it')).toBe(true);
  });

  it('need a legal noun after "legal", and a whole word for "sue"', () => {
    expect(mentionsLegal('is this legal?')).toBe(false);
    expect(mentionsLegal('is this even legal')).toBe(false);
    expect(mentionsLegal('my issue is urgent, please pursue it')).toBe(false);
    expect(mentionsLegal('I will take legal action')).toBe(true);
  });

  it('read Spanish and French threats too', () => {
    expect(mentionsLegal('voy a hablar con mi abogado')).toBe(true);
    expect(mentionsLegal('je vais porter plainte')).toBe(true);
    expect(mentionsLegal('hay mucha demanda de este producto')).toBe(false);
  });
});

describe("the team lead's own legal words", () => {
  const words = ['court', 'lawyer', 'sue', 'legal action'];

  it('match as whole words', () => {
    expect(mentionsAnyOf('they will hear from my lawyer', words)).toBe(true);
    expect(mentionsAnyOf('I filed a claim in court', words)).toBe(true);
    expect(mentionsAnyOf('the suede boots and the tissue box', words)).toBe(false);
  });

  it('are read with the cue files’ exceptions and negation', () => {
    expect(mentionsAnyOf('we met at the food court', words)).toBe(false);
    expect(mentionsAnyOf('my lawyer friend recommended you', words)).toBe(false);
    expect(mentionsAnyOf("I don't want to sue anyone", words)).toBe(false);
  });

  it('match nothing when there are none', () => {
    expect(mentionsAnyOf('see you in court', [])).toBe(false);
  });
});

describe('requests for a person', () => {
  it('are read in Spanish and French, and refused ones are not requests', () => {
    expect(requestsHuman('quiero hablar con una persona')).toBe(true);
    expect(requestsHuman('je veux parler à un conseiller')).toBe(true);
    expect(requestsHuman('no quiero hablar con un agente')).toBe(false);
    expect(requestsHuman('je ne veux pas parler à un agent')).toBe(false);
  });

  it('are not questions about whether the agent is a person', () => {
    expect(requestsHuman('are you a real person?')).toBe(false);
    expect(requestsHuman('are you a real person? I want a human')).toBe(true);
  });
});
