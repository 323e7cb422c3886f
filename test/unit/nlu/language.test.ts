import { describe, expect, it } from 'vitest';
import { inboundTriggers } from '../../../electron/agent/gate';
import { customerLanguage, handoverReply } from '../../../electron/agent/handover-reply';
import { nluPerceiver } from '../../../electron/agent/nlu-perceiver';
import { detectLanguage, languageName } from '../../../electron/agent/nlu/language';
import { intentExamples } from '../../../electron/agent/nlu/intent-specs';
import { initialState } from '../../../electron/agent/state';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { CLEAR_MESSAGES, NOT_CLEARLY_FOREIGN } from './language-phrasings';

const INTENT_TRAINING_EXAMPLES = intentExamples();

const cases = (part: 'dev' | 'heldOut') =>
  Object.entries(CLEAR_MESSAGES[part]).flatMap(([language, texts]) =>
    texts.map((text) => ({ language, text })),
  );
// English may also read as "too short to tell": either way the agent serves it.
const right = ({ language, text }: { language: string; text: string }) => {
  const read = detectLanguage(text);
  return read === language || (language === 'en' && read === null);
};

describe('the language of a chat message', () => {
  it.each(cases('dev'))('reads "$text" as $language (dev)', (example) => {
    expect(right(example)).toBe(true);
  });

  it('reads at least 90% of the held-out messages right', () => {
    const heldOut = cases('heldOut');
    expect(heldOut.filter(right).length / heldOut.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(NOT_CLEARLY_FOREIGN.dev)('never reads "%s" as Spanish or French (dev)', (text) => {
    expect(detectLanguage(text) ?? 'en').toBe('en');
  });

  it('misreads at most one held-out short or mixed message', () => {
    const misread = NOT_CLEARLY_FOREIGN.heldOut.filter((text) => (detectLanguage(text) ?? 'en') !== 'en');
    expect(misread.length).toBeLessThanOrEqual(1);
  });

  it('reads none of the English training phrasings as another language', () => {
    const english = Object.values(INTENT_TRAINING_EXAMPLES).flat();
    expect(english.filter((text) => (detectLanguage(text) ?? 'en') !== 'en')).toEqual([]);
  });

  it('names the languages it knows', () => {
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('fr')).toBe('French');
    expect(languageName('xx')).toBe('xx');
  });
});

describe('the language the customer writes in', () => {
  it('is that of their latest message clearly in one language, else English', () => {
    expect(customerLanguage(['¿dónde está mi pedido?', 'gracias'])).toBe('es');
    expect(customerLanguage(['where is my order', 'où est ma commande ?'])).toBe('fr');
    expect(customerLanguage(['ok', '#W1234567'])).toBe('en');
  });

  it('is the language of the handover message, English when the replies lack it', () => {
    expect(handoverReply('es', null)).toMatch(/^Le paso con un compañero/);
    expect(handoverReply('fr', null)).toMatch(/^Je vous passe un collègue/);
    expect(handoverReply('de', null)).toMatch(/^Ich verbinde Sie mit einem Kollegen/);
    expect(handoverReply('it', null)).toMatch(/^La metto in contatto con un collega/);
    expect(handoverReply('pt', null)).toMatch(/^Vou passá-lo a um colega/);
    expect(handoverReply('nl', null)).toMatch(/^I'm bringing in a colleague/);
    const repeat = { conversationId: 'c1', at: '2026-11-23T10:00:00Z', intent: 'order_status' };
    expect(handoverReply('es', repeat)).toMatch(
      /^Veo que ya nos escribió sobre esto el lunes, 23 de noviembre/,
    );
    expect(handoverReply('fr', repeat)).toMatch(/le lundi 23 novembre/);
    expect(handoverReply('de', repeat)).toMatch(/am Montag, 23\. November/);
    expect(handoverReply('en', repeat)).toMatch(/on Monday, November 23, and I'm sorry/);
  });
});

describe('the language trigger', () => {
  const policy = defaultPolicy();
  const now = new Date('2026-11-27T15:00:00Z');
  const triggers = (text: string) =>
    inboundTriggers(text, nluPerceiver(text, now), initialState('c1', 'ana@example.com'), policy);

  it('hands a message clearly in another language to a person', () => {
    expect(triggers('¿dónde está mi pedido? lo necesito para el viernes')).toEqual(['language']);
    expect(triggers("mon colis n'est jamais arrivé")).toEqual(['language']);
  });

  it('adds a request for a person read in that language, and legal words', () => {
    expect(triggers('quiero hablar con una persona')).toEqual(['language', 'explicit_request']);
    expect(triggers('je vais porter plainte contre vous')).toEqual(['language', 'legal']);
  });

  it('leaves short and mixed messages to the agent', () => {
    for (const text of ['gracias', 'merci!', 'Calle Mayor 5', 'ship it to Avenida de la Constitución 3'])
      expect(triggers(text)).not.toContain('language');
  });
});
