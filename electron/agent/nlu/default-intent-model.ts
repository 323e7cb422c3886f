import { fail, type Result } from '../../../shared/result';
import { framedExamples } from './framed-examples';
import { trainIntentClassifier, type IntentTrainingOptions, type LabeledText } from './intent-classifier';
import { INTENT_LABELS } from './intent-labels';
import { OUT_OF_SCOPE, type IntentModel } from './intent-model';
import { INTENT_TRAINING_EXAMPLES } from './training-examples';

/**
 * Settings for the project's own small training set (about 45 examples per intent): many more epochs
 * and smaller batches than the large-benchmark defaults, because there are far fewer steps per epoch.
 */
export const DEFAULT_INTENT_TRAINING: Partial<IntentTrainingOptions> = {
  training: { epochs: 20, batchSize: 32, learningRate: 0.03 },
  calibrationFraction: 0.2,
  outOfScopeThreshold: 0.4,
};

const KNOWN_LABELS: readonly string[] = [...INTENT_LABELS, OUT_OF_SCOPE];

let cached: IntentModel | undefined;

/** The shipped examples as one flat list: the written ones, then the framed requests. */
export function shippedIntentExamples(): LabeledText[] {
  return [
    ...Object.entries(INTENT_TRAINING_EXAMPLES).flatMap(([label, texts]) =>
      texts.map((text) => ({ text, label })),
    ),
    ...framedExamples(),
  ];
}

/** The model trained from the shipped examples, trained once on first use and then kept in memory. */
export function defaultIntentModel(): IntentModel {
  if (cached) return cached;
  const trained = trainIntentClassifier(shippedIntentExamples(), DEFAULT_INTENT_TRAINING);
  // The shipped examples are checked by the tests, so a failure here is a defect in the build itself.
  if (!trained.ok) throw new Error(`The shipped intent examples do not train: ${trained.error.message}`);
  cached = trained.value;
  return cached;
}

/**
 * Retrains the default model on the shipped examples plus `extraExamples` (for example every correction
 * reps have made so far) and makes it the default; an unknown label is refused and the old model stays.
 */
export function retrain(extraExamples: readonly LabeledText[]): Result<IntentModel> {
  for (const [i, example] of extraExamples.entries()) {
    if (typeof example.text !== 'string' || example.text.trim() === '') {
      return fail('bad_request', `extraExamples.${i}.text: must not be blank`, `extraExamples.${i}.text`);
    }
    if (!KNOWN_LABELS.includes(example.label)) {
      return fail(
        'bad_request',
        `extraExamples.${i}.label: unknown intent "${example.label}"`,
        `extraExamples.${i}.label`,
      );
    }
  }
  const trained = trainIntentClassifier(
    [...shippedIntentExamples(), ...extraExamples],
    DEFAULT_INTENT_TRAINING,
  );
  if (trained.ok) cached = trained.value;
  return trained;
}

/** Makes a model (e.g. one retrained from reps' corrections) the default. */
export function useIntentModel(model: IntentModel): void {
  cached = model;
}
