import { describe, expect, it } from 'vitest';
import {
  defaultIntentModel,
  retrain,
  shippedIntentExamples,
} from '../../../electron/agent/nlu/default-intent-model';
import { evaluateScores, scoreExamples } from '../../../electron/agent/nlu/intent-evaluation';
import { INTENT_LABELS } from '../../../electron/agent/nlu/intent-labels';
import { OUT_OF_SCOPE } from '../../../electron/agent/nlu/intent-model';
import { intentExamples } from '../../../electron/agent/nlu/intent-specs';
import { HELD_OUT_INTENT_EXAMPLES, HELD_OUT_OFF_TOPIC } from './held-out-intent-examples';

const INTENT_TRAINING_EXAMPLES = intentExamples();

const heldOut = Object.entries(HELD_OUT_INTENT_EXAMPLES).flatMap(([label, texts]) =>
  texts.map((text) => ({ text, label })),
);

describe('the shipped intent examples', () => {
  it('give every intent at least 40 phrasings', () => {
    for (const label of INTENT_LABELS)
      expect(INTENT_TRAINING_EXAMPLES[label]?.length ?? 0).toBeGreaterThanOrEqual(40);
  });

  it('share no phrasing with the held-out test phrasings', () => {
    const trainingTexts = new Set(shippedIntentExamples().map((e) => e.text.toLowerCase()));
    const leaked = [...heldOut.map((e) => e.text), ...HELD_OUT_OFF_TOPIC].filter((t) =>
      trainingTexts.has(t.toLowerCase()),
    );
    expect(leaked).toEqual([]);
  });

  it('repeat no phrasing', () => {
    const texts = shippedIntentExamples().map((e) => e.text.toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });
});

describe('the default intent model', () => {
  it('labels at least 90% of held-out phrasings correctly', () => {
    const evaluation = evaluateScores(scoreExamples(defaultIntentModel(), heldOut), 0);
    expect(evaluation.inScopeAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('gives held-out probabilities within 15 points of its accuracy (ECE)', () => {
    const evaluation = evaluateScores(scoreExamples(defaultIntentModel(), heldOut), 0);
    expect(evaluation.expectedCalibrationError).toBeLessThan(0.15);
  });

  it('calls most off-topic messages out of scope', () => {
    const model = defaultIntentModel();
    const rejected = HELD_OUT_OFF_TOPIC.filter((text) => model.predict(text).label === OUT_OF_SCOPE);
    expect(rejected.length / HELD_OUT_OFF_TOPIC.length).toBeGreaterThanOrEqual(0.75);
  });

  it('is trained once and then served from memory', () => {
    expect(defaultIntentModel()).toBe(defaultIntentModel());
  });
});

describe('retraining with rep corrections', () => {
  it('learns a correction and makes the retrained model the default', () => {
    const phrase = 'zorblax my gizmo';
    const corrections = [
      'zorblax my gizmo',
      'please zorblax it',
      'zorblax the gizmo now',
      'i want to zorblax',
    ].map((text) => ({ text, label: 'cancel_order' }));
    const result = retrain(corrections);
    expect(result.ok && result.value.predict(phrase).label).toBe('cancel_order');
    expect(defaultIntentModel()).toBe(result.ok ? result.value : undefined);
  });

  it('refuses a correction with an unknown intent and keeps the current model', () => {
    const before = defaultIntentModel();
    const result = retrain([{ text: 'make it sparkle', label: 'sparkle_order' }]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'extraExamples.0.label' },
    });
    expect(defaultIntentModel()).toBe(before);
  });

  it('refuses a blank correction and keeps the current model', () => {
    const before = defaultIntentModel();
    const result = retrain([{ text: ' ', label: 'greeting' }]);
    expect(result).toMatchObject({ ok: false, error: { field: 'extraExamples.0.text' } });
    expect(defaultIntentModel()).toBe(before);
  });
});
