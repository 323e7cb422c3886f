import { fail, ok, type Result } from '../../../shared/result';
import { expectedCalibrationError } from './calibration';
import type { LabeledText } from './intent-classifier';
import { OUT_OF_SCOPE, type IntentModel } from './intent-model';

/** One labelled example as the model saw it, before any out-of-scope threshold. */
export interface ScoredExample {
  gold: string;
  predicted: string;
  probability: number;
}

/** Quality of a model on a labelled set at one threshold. */
export interface IntentEvaluation {
  threshold: number;
  /** Share of in-scope examples given their own label (a rejection as out-of-scope counts as wrong). */
  inScopeAccuracy: number;
  /** Share of OUT_OF_SCOPE examples rejected as out-of-scope; NaN when the set has none. */
  outOfScopeRecall: number;
  /** Calibration error of the top probability on the in-scope examples. */
  expectedCalibrationError: number;
}

/** Runs the model over labelled examples once, so several thresholds can be tried without predicting again. */
export function scoreExamples(model: IntentModel, examples: readonly LabeledText[]): ScoredExample[] {
  return examples.map((example) => {
    const prediction = model.predict(example.text, 0);
    return { gold: example.label, predicted: prediction.label, probability: prediction.probability };
  });
}

/** Accuracy, out-of-scope recall and calibration of scored examples at a threshold. */
export function evaluateScores(scored: readonly ScoredExample[], threshold: number): IntentEvaluation {
  const inScope = scored.filter((s) => s.gold !== OUT_OF_SCOPE);
  const outOfScope = scored.filter((s) => s.gold === OUT_OF_SCOPE);
  const labelAt = (s: ScoredExample) => (s.probability < threshold ? OUT_OF_SCOPE : s.predicted);
  const share = (items: ScoredExample[], hit: (s: ScoredExample) => boolean) =>
    items.length === 0 ? Number.NaN : items.filter(hit).length / items.length;
  return {
    threshold,
    inScopeAccuracy: share(inScope, (s) => labelAt(s) === s.gold),
    outOfScopeRecall: share(outOfScope, (s) => labelAt(s) === OUT_OF_SCOPE),
    expectedCalibrationError: expectedCalibrationError(
      inScope.map((s) => ({ confidence: s.probability, correct: s.predicted === s.gold })),
    ),
  };
}

/**
 * The highest out-of-scope threshold that costs at most `maxInScopeAccuracyLoss` of in-scope accuracy
 * on the given scores: the team decides how many good answers it will trade for catching off-topic ones.
 */
export function chooseOutOfScopeThreshold(
  scored: readonly ScoredExample[],
  maxInScopeAccuracyLoss = 0.01,
): Result<number> {
  if (!(maxInScopeAccuracyLoss >= 0 && maxInScopeAccuracyLoss <= 1)) {
    return fail('bad_request', 'maxInScopeAccuracyLoss: must be between 0 and 1', 'maxInScopeAccuracyLoss');
  }
  const inScope = scored.filter((s) => s.gold !== OUT_OF_SCOPE);
  const correctProbabilities = inScope
    .filter((s) => s.predicted === s.gold)
    .map((s) => s.probability)
    .sort((a, b) => a - b);
  const affordableLosses = Math.floor(maxInScopeAccuracyLoss * inScope.length + 1e-9);
  if (inScope.length === 0) return ok(0);
  // Past the last correct answer every in-scope answer may be rejected, so rejecting all is affordable.
  return ok(correctProbabilities[affordableLosses] ?? 1);
}
