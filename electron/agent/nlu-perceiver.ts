import type { Perceiver } from './perceive';
import { defaultIntentModel } from './nlu/default-intent-model';
import { OUT_OF_SCOPE } from './nlu/intent-model';
import { extractEntities, type Entity } from './nlu/entities';
import { detectLanguage } from './nlu/language';
import { analyzeSentiment } from './nlu/sentiment';

const of = <T extends Entity['type']>(entities: Entity[], type: T) =>
  entities.filter((e): e is Extract<Entity, { type: T }> => e.type === type);

/** The offline perceiver: the project's intent model, entity extraction and sentiment, no network. */
export const nluPerceiver: Perceiver = (text, now) => {
  const prediction = defaultIntentModel().predict(text);
  const extracted = extractEntities(text, { referenceDate: now });
  const entities = extracted.ok ? extracted.value : [];
  const feel = analyzeSentiment(text);
  const dates = of(entities, 'date');
  const address = of(entities, 'address')[0];
  // For a message we cannot place, confidence is that of the best request we could act on: low.
  const understood =
    prediction.label === OUT_OF_SCOPE
      ? (prediction.ranking.find((r) => r.label !== OUT_OF_SCOPE)?.probability ?? 0)
      : prediction.probability;
  return {
    intent: prediction.label,
    intentProbability: understood,
    ranking: prediction.ranking.slice(0, 3),
    sentiment: feel.score,
    flags: {
      humanRequest: feel.humanRequest,
      legal: feel.legal,
      previousAgentComplaint: feel.previousAgentComplaint,
    },
    language: detectLanguage(text),
    entities: {
      orderIds: of(entities, 'order_id').map((e) => e.value),
      emails: of(entities, 'email').map((e) => e.value),
      amounts: of(entities, 'money').map((e) => e.amount),
      deadline: (dates.find((d) => d.deadline) ?? null)?.date ?? null,
      when: dates[0] ? { date: dates[0].date, ...(dates[0].time ? { time: dates[0].time } : {}) } : null,
      address: address
        ? {
            line1: address.street,
            ...(address.city ? { city: address.city } : {}),
            ...(address.state ? { state: address.state } : {}),
            ...(address.zip ? { zip: address.zip } : {}),
            ...(address.country ? { country: address.country } : {}),
          }
        : null,
      names: of(entities, 'person_name').map((e) => e.value),
      zip: address?.zip ?? /\b(?:zip|postal|post)(?: ?code)?(?: is)?:? ?(\d{5})\b/i.exec(text)?.[1] ?? null,
    },
  };
};
