import { describe, expect, it } from 'vitest';
import { trainIntentClassifier, type LabeledText } from '../../../electron/agent/nlu/intent-classifier';
import { OUT_OF_SCOPE, parseIntentModel, type IntentModel } from '../../../electron/agent/nlu/intent-model';

const examples: LabeledText[] = [
  ...[
    'where is my parcel',
    'track my parcel',
    'has my parcel shipped',
    'parcel tracking please',
    'is the parcel on its way',
    'where is the parcel now',
  ].map((text) => ({ text, label: 'track' })),
  ...[
    'cancel my order',
    'please cancel the order',
    'i want to cancel',
    'cancel it now',
    'stop and cancel my purchase',
    'cancel this order please',
  ].map((text) => ({ text, label: 'cancel' })),
  ...['hello there', 'hi', 'good morning', 'hey', 'hello', 'hi there friend'].map((text) => ({
    text,
    label: 'greet',
  })),
];
const options = { training: { epochs: 40, batchSize: 4 }, calibrationFraction: 0.34 };

function trained(extra: Parameters<typeof trainIntentClassifier>[1] = {}): IntentModel {
  const result = trainIntentClassifier(examples, { ...options, ...extra });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('training and using an intent classifier', () => {
  it('labels an unseen phrasing with the intent it resembles', () => {
    expect(trained().predict('could you cancel my order').label).toBe('cancel');
  });

  it('ranks every trained label, most probable first, with probabilities summing to one', () => {
    const { ranking } = trained().predict('where is my parcel today');
    expect(ranking.map((r) => r.label).sort()).toEqual(['cancel', 'greet', 'track']);
    expect(ranking[0]?.label).toBe('track');
    expect(ranking.reduce((sum, r) => sum + r.probability, 0)).toBeCloseTo(1, 5);
    expect(ranking[0]!.probability).toBeGreaterThanOrEqual(ranking[1]!.probability);
  });

  it('answers out_of_scope when the top probability is under the threshold', () => {
    const prediction = trained().predict('where is my parcel', 0.999999);
    expect(prediction.label).toBe(OUT_OF_SCOPE);
    expect(prediction.ranking[0]?.label).toBe('track');
  });

  it('uses the threshold given at training time by default', () => {
    const model = trained({ outOfScopeThreshold: 0.999999 });
    expect(model.predict('where is my parcel').label).toBe(OUT_OF_SCOPE);
  });

  it('lists the trained labels in sorted order', () => {
    expect(trained().labels).toEqual(['cancel', 'greet', 'track']);
  });

  it('applies a new threshold to a copy and leaves the original model alone', () => {
    const model = trained();
    const strict = model.withThreshold(0.999999);
    expect(strict.predict('where is my parcel').label).toBe(OUT_OF_SCOPE);
    expect(model.predict('where is my parcel').label).toBe('track');
  });

  it('fits a positive calibration temperature', () => {
    expect(trained().temperature).toBeGreaterThan(0);
  });

  it('fits the temperature on given calibration examples when there are some', () => {
    const model = trained({ calibrationExamples: [{ text: 'cancel the order', label: 'cancel' }] });
    expect(model.temperature).not.toBe(1);
  });

  it('trains the same model twice from the same examples and seed', () => {
    expect(JSON.stringify(trained())).toBe(JSON.stringify(trained()));
  });

  it('trains a different model with a different seed', () => {
    expect(JSON.stringify(trained({ training: { epochs: 40, batchSize: 4, seed: 7 } }))).not.toBe(
      JSON.stringify(trained()),
    );
  });

  it('gives identical predictions after a JSON round trip', () => {
    const model = trained({ outOfScopeThreshold: 0.2 });
    const restored = parseIntentModel(JSON.parse(JSON.stringify(model)));
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.predict('hi, cancel my parcel')).toEqual(model.predict('hi, cancel my parcel'));
    expect(restored.value.outOfScopeThreshold).toBe(0.2);
  });
});

describe('refusing bad training input', () => {
  it('refuses a blank example text, naming the example', () => {
    const result = trainIntentClassifier([...examples, { text: '  ', label: 'greet' }], options);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: `examples.${examples.length}.text` },
    });
  });

  it('refuses examples that have only one label', () => {
    const result = trainIntentClassifier(
      examples.filter((e) => e.label === 'greet'),
      options,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'examples' } });
  });

  it('refuses a calibration example whose label was never trained', () => {
    const result = trainIntentClassifier(examples, {
      calibrationExamples: [{ text: 'refund me', label: 'refund' }],
    });
    expect(result).toMatchObject({ ok: false, error: { field: 'options.calibrationExamples.0.label' } });
  });

  it('refuses an option out of range, naming it', () => {
    const result = trainIntentClassifier(examples, { training: { epochs: 0 } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'options.training.epochs' },
    });
  });
});

describe('loading a saved model', () => {
  it('refuses JSON that is not a model', () => {
    expect(parseIntentModel({ hello: 'world' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses a model whose weights do not match its vocabulary, naming the field', () => {
    const json = { ...trained().toJSON(), weights: 'AAAAAA==' };
    expect(parseIntentModel(json)).toMatchObject({ ok: false, error: { field: 'model.weights' } });
  });

  it('refuses a threshold outside [0, 1]', () => {
    const json = { ...trained().toJSON(), outOfScopeThreshold: 2 };
    expect(parseIntentModel(json)).toMatchObject({
      ok: false,
      error: { field: 'model.outOfScopeThreshold' },
    });
  });
});
