import { z } from 'zod';
import { fail, fromZodError, ok, type Result } from '../../../shared/result';
import { base64ToFloat32, float32ToBase64 } from './float32-base64';
import { computeLogits, softmaxInPlace, type SoftmaxWeights } from './softmax-regression';
import { TextFeaturizer, type FeatureOptions } from './text-features';

/** The label returned when no intent is probable enough (and the label to train out-of-scope examples with). */
export const OUT_OF_SCOPE = 'out_of_scope';

/** One label with its calibrated probability. */
export interface RankedLabel {
  label: string;
  probability: number;
}

/** What the classifier says about one text. */
export interface IntentPrediction {
  /** The most probable label, or OUT_OF_SCOPE when its probability is under the threshold. */
  label: string;
  /** Calibrated probability of the most probable trained label (ranking[0]). */
  probability: number;
  /** Every trained label, most probable first. */
  ranking: RankedLabel[];
}

/** The fitted parts of a model. */
export interface IntentModelParts {
  labels: string[];
  featurizer: TextFeaturizer;
  weights: SoftmaxWeights;
  temperature: number;
  outOfScopeThreshold: number;
}

/** A trained intent classifier: features, weights, a fitted temperature and an out-of-scope threshold. */
export class IntentModel {
  constructor(private readonly parts: IntentModelParts) {}

  get labels(): readonly string[] {
    return this.parts.labels;
  }

  get temperature(): number {
    return this.parts.temperature;
  }

  get outOfScopeThreshold(): number {
    return this.parts.outOfScopeThreshold;
  }

  /** The same model with another out-of-scope threshold. */
  withThreshold(outOfScopeThreshold: number): IntentModel {
    return new IntentModel({ ...this.parts, outOfScopeThreshold });
  }

  /** The same model with another calibration temperature. */
  withTemperature(temperature: number): IntentModel {
    return new IntentModel({ ...this.parts, temperature });
  }

  /** Calibrated probabilities of every label, in the order of `labels`. */
  probabilities(text: string): Float32Array {
    const logits = this.logits(text);
    return softmaxInPlace(logits, this.parts.temperature);
  }

  /** Raw class scores before calibration (used to fit the temperature). */
  logits(text: string): Float32Array {
    const { featurizer, weights } = this.parts;
    return computeLogits(weights, featurizer.transform(text), new Float32Array(weights.classCount));
  }

  /** Classifies one text; below the threshold the answer is OUT_OF_SCOPE. */
  predict(text: string, outOfScopeThreshold = this.parts.outOfScopeThreshold): IntentPrediction {
    const probabilities = this.probabilities(text);
    const ranking = this.parts.labels
      .map((label, i) => ({ label, probability: probabilities[i] as number }))
      .sort((a, b) => b.probability - a.probability || a.label.localeCompare(b.label));
    const top = ranking[0] as RankedLabel;
    const label = top.probability < outOfScopeThreshold ? OUT_OF_SCOPE : top.label;
    return { label, probability: top.probability, ranking };
  }

  /** A JSON-safe snapshot; parseIntentModel turns it back into an identical model. */
  toJSON(): IntentModelJson {
    const featurizer = this.parts.featurizer.toState();
    return {
      format: 'intent-model',
      version: 1,
      labels: [...this.parts.labels],
      temperature: this.parts.temperature,
      outOfScopeThreshold: this.parts.outOfScopeThreshold,
      features: featurizer.options,
      terms: featurizer.terms,
      idf: float32ToBase64(featurizer.idf),
      weights: float32ToBase64(this.parts.weights.weights),
      bias: float32ToBase64(this.parts.weights.bias),
    };
  }
}

/** Valid feature options (shared by training options and saved models). */
export const FeatureOptionsSchema = z.object({
  maxWordNgram: z.number().int().min(1).max(4),
  minCharNgram: z.number().int().min(1).max(8),
  maxCharNgram: z.number().int().min(0).max(8),
  minDocumentFrequency: z.number().int().min(1),
  charWeight: z.number().min(0),
}) satisfies z.ZodType<FeatureOptions>;

const IntentModelJsonSchema = z.object({
  format: z.literal('intent-model'),
  version: z.literal(1),
  labels: z.array(z.string().min(1)).min(2),
  temperature: z.number().positive(),
  outOfScopeThreshold: z.number().min(0).max(1),
  features: FeatureOptionsSchema,
  terms: z.array(z.string()),
  idf: z.string(),
  weights: z.string(),
  bias: z.string(),
});

/** The JSON form of an IntentModel. */
export type IntentModelJson = z.infer<typeof IntentModelJsonSchema>;

/** Rebuilds a model from its JSON form, refusing anything malformed or inconsistent in size. */
export function parseIntentModel(json: unknown): Result<IntentModel> {
  const parsed = IntentModelJsonSchema.safeParse(json);
  if (!parsed.success) {
    const error = fromZodError(parsed.error, 'model');
    return fail(error.code, error.message, error.field);
  }
  const data = parsed.data;
  const idf = base64ToFloat32(data.idf);
  if (idf?.length !== data.terms.length) {
    return fail('bad_request', 'model.idf: expected one value per term', 'model.idf');
  }
  const weights = base64ToFloat32(data.weights);
  if (weights?.length !== data.terms.length * data.labels.length) {
    return fail('bad_request', 'model.weights: expected terms × labels values', 'model.weights');
  }
  const bias = base64ToFloat32(data.bias);
  if (bias?.length !== data.labels.length) {
    return fail('bad_request', 'model.bias: expected one value per label', 'model.bias');
  }
  return ok(
    new IntentModel({
      labels: data.labels,
      featurizer: TextFeaturizer.fromState({ options: data.features, terms: data.terms, idf }),
      weights: { classCount: data.labels.length, weights, bias },
      temperature: data.temperature,
      outOfScopeThreshold: data.outOfScopeThreshold,
    }),
  );
}
