import { fail, type Result } from '../../../shared/result';
import shippedModelJson from './data/intent-model.json' with { type: 'json' };
import { framedExamples } from './framed-examples';
import { trainIntentClassifier, type IntentTrainingOptions, type LabeledText } from './intent-classifier';
import { parseIntentModel, type IntentModel } from './intent-model';
import { loadIntentSpecs, shippedIntentsDir } from './intent-specs';

/**
 * Settings for the project's own small training set (about 45 examples per intent): many more epochs
 * and smaller batches than the large-benchmark defaults, because there are far fewer steps per epoch.
 */
export const DEFAULT_INTENT_TRAINING: Partial<IntentTrainingOptions> = {
  training: { epochs: 20, batchSize: 32, learningRate: 0.03 },
  calibrationFraction: 0.2,
  outOfScopeThreshold: 0.4,
};

/** Where the model trained from the shipped intents is kept (`npm run train-intents` writes it). */
export const shippedIntentModelFile = 'electron/agent/nlu/data/intent-model.json';

let cached: IntentModel | undefined;

/**
 * The examples of a folder of intents as one flat list: every intent's written examples in training
 * order, then every intent's framed requests.
 */
export function shippedIntentExamples(dir: string = shippedIntentsDir): LabeledText[] {
  return [
    ...loadIntentSpecs(dir).flatMap((spec) => spec.examples.map((text) => ({ text, label: spec.intent }))),
    ...framedExamples(dir),
  ];
}

/** Trains a model from a folder of intents (the shipped ones by default), deterministically (seeded). */
export function trainIntentModelFrom(dir: string = shippedIntentsDir): Result<IntentModel> {
  return trainIntentClassifier(shippedIntentExamples(dir), DEFAULT_INTENT_TRAINING);
}

/** The text of a model file: the same model always gives the same bytes. */
export const intentModelFileText = (model: IntentModel): string =>
  `${JSON.stringify(model.toJSON(), null, 2)}\n`;

/**
 * The default model: the one trained at build time from the shipped intents (data/intent-model.json),
 * read on first use and then kept in memory, unless another one was made the default.
 */
export function defaultIntentModel(): IntentModel {
  if (cached) return cached;
  const parsed = parseIntentModel(shippedModelJson);
  // `npm test` checks the shipped model against the data, so a failure here is a defect in the build.
  if (!parsed.ok) throw new Error(`${shippedIntentModelFile}: ${parsed.error.message}`);
  cached = parsed.value;
  return cached;
}

/**
 * Retrains the default model on the shipped examples plus `extraExamples` (for example every correction
 * reps have made so far) and makes it the default; an unknown label is refused and the old model stays.
 */
export function retrain(
  extraExamples: readonly LabeledText[],
  dir: string = shippedIntentsDir,
): Result<IntentModel> {
  const known = loadIntentSpecs(dir).map((spec) => spec.intent);
  for (const [i, example] of extraExamples.entries()) {
    if (typeof example.text !== 'string' || example.text.trim() === '') {
      return fail('bad_request', `extraExamples.${i}.text: must not be blank`, `extraExamples.${i}.text`);
    }
    if (!known.includes(example.label)) {
      return fail(
        'bad_request',
        `extraExamples.${i}.label: unknown intent "${example.label}"`,
        `extraExamples.${i}.label`,
      );
    }
  }
  const trained = trainIntentClassifier(
    [...shippedIntentExamples(dir), ...extraExamples],
    DEFAULT_INTENT_TRAINING,
  );
  if (trained.ok) cached = trained.value;
  return trained;
}

/** Makes a model (e.g. one retrained from reps' corrections) the default. */
export function useIntentModel(model: IntentModel): void {
  cached = model;
}
