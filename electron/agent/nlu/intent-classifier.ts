import { z } from 'zod';
import { fail, fromZodError, ok, type Result } from '../../../shared/result';
import { fitTemperature } from './calibration';
import { FeatureOptionsSchema, IntentModel } from './intent-model';
import { seededRandom, shuffleInPlace } from './seeded-random';
import { defaultTrainingOptions, trainSoftmaxRegression, type TrainingOptions } from './softmax-regression';
import { defaultFeatureOptions, TextFeaturizer, type FeatureOptions } from './text-features';

/** One training utterance and its intent. */
export interface LabeledText {
  text: string;
  label: string;
}

/** Everything that can be tuned; every field has a default. */
export interface IntentTrainingOptions {
  features: Partial<FeatureOptions>;
  training: Partial<TrainingOptions>;
  /** Predictions whose calibrated probability is under this become OUT_OF_SCOPE. */
  outOfScopeThreshold: number;
  /** Examples to fit the temperature on; when absent a stratified share of the training set is held out. */
  calibrationExamples: readonly LabeledText[];
  /**
   * Share of each label held out to fit the temperature when no calibration examples are given; the
   * weights are then trained again on every example and keep that temperature.
   */
  calibrationFraction: number;
}

const LabeledTextSchema = z.object({
  text: z.string().trim().min(1, 'must not be blank'),
  label: z.string().trim().min(1, 'must not be blank'),
});

const OptionsSchema = z.object({
  features: FeatureOptionsSchema.partial().strict().optional(),
  training: z
    .object({
      epochs: z.number().int().min(1).max(1000),
      batchSize: z.number().int().min(1),
      learningRate: z.number().positive(),
      finalLearningRateFraction: z.number().min(0).max(1),
      l2: z.number().min(0),
      seed: z.number().int(),
    })
    .partial()
    .strict()
    .optional(),
  outOfScopeThreshold: z.number().min(0).max(1).optional(),
  calibrationExamples: z.array(LabeledTextSchema).optional(),
  calibrationFraction: z.number().gt(0).lt(1).optional(),
});

function invalid(error: z.ZodError, prefix: string): Result<never> {
  const appError = fromZodError(error, prefix);
  return fail(appError.code, appError.message, appError.field);
}

/**
 * Trains a calibrated intent classifier: TF-IDF n-gram features, softmax regression, then a temperature
 * fitted on held-out examples so that probabilities can be compared with policy thresholds.
 */
export function trainIntentClassifier(
  examples: readonly LabeledText[],
  options: Partial<IntentTrainingOptions> = {},
): Result<IntentModel> {
  const checkedExamples = z.array(LabeledTextSchema).safeParse(examples);
  if (!checkedExamples.success) return invalid(checkedExamples.error, 'examples');
  const checkedOptions = OptionsSchema.safeParse(options);
  if (!checkedOptions.success) return invalid(checkedOptions.error, 'options');
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  if (labels.length < 2) {
    return fail('bad_request', 'examples: at least two different labels are needed', 'examples');
  }
  const unknown = (options.calibrationExamples ?? []).findIndex((e) => !labels.includes(e.label));
  if (unknown >= 0) {
    return fail(
      'bad_request',
      `options.calibrationExamples.${unknown}.label: "${options.calibrationExamples?.[unknown]?.label}" is not a trained label`,
      `options.calibrationExamples.${unknown}.label`,
    );
  }

  const features = { ...defaultFeatureOptions, ...options.features };
  const training = { ...defaultTrainingOptions, ...options.training };
  const threshold = options.outOfScopeThreshold ?? 0;
  const fitWeights = (train: readonly LabeledText[]) =>
    fitModel(train, labels, features, training, threshold);

  if (options.calibrationExamples) {
    const model = fitWeights(examples);
    return ok(calibrated(model, options.calibrationExamples, labels));
  }
  const { train, heldOut } = stratifiedSplit(examples, options.calibrationFraction ?? 0.15, training.seed);
  if (heldOut.length === 0) return ok(fitWeights(examples));
  const temperature = calibrated(fitWeights(train), heldOut, labels).temperature;
  return ok(fitWeights(examples).withTemperature(temperature));
}

function fitModel(
  examples: readonly LabeledText[],
  labels: string[],
  features: FeatureOptions,
  training: TrainingOptions,
  outOfScopeThreshold: number,
): IntentModel {
  const featurizer = TextFeaturizer.fit(
    examples.map((e) => e.text),
    features,
  );
  const rows = examples.map((e) => featurizer.transform(e.text));
  const gold = Int32Array.from(examples, (e) => labels.indexOf(e.label));
  const weights = trainSoftmaxRegression(rows, gold, labels.length, featurizer.dimension, training);
  return new IntentModel({ labels, featurizer, weights, temperature: 1, outOfScopeThreshold });
}

function calibrated(model: IntentModel, heldOut: readonly LabeledText[], labels: string[]): IntentModel {
  const logits = heldOut.map((e) => model.logits(e.text));
  const gold = Int32Array.from(heldOut, (e) => labels.indexOf(e.label));
  return model.withTemperature(fitTemperature(logits, gold));
}

/** Holds out a share of every label that has at least two examples; seeded, so always the same split. */
export function stratifiedSplit(
  examples: readonly LabeledText[],
  fraction: number,
  seed: number,
): { train: LabeledText[]; heldOut: LabeledText[] } {
  const byLabel = new Map<string, LabeledText[]>();
  for (const example of examples) {
    const group = byLabel.get(example.label);
    if (group) group.push(example);
    else byLabel.set(example.label, [example]);
  }
  const random = seededRandom(seed ^ 0x5eed);
  const train: LabeledText[] = [];
  const heldOut: LabeledText[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const group = shuffleInPlace([...(byLabel.get(label) as LabeledText[])], random);
    const count = group.length >= 2 ? Math.max(1, Math.round(group.length * fraction)) : 0;
    heldOut.push(...group.slice(0, count));
    train.push(...group.slice(count));
  }
  return { train, heldOut };
}
