/** Mean negative log-likelihood of the gold classes when logits are divided by the temperature. */
export function negativeLogLikelihood(
  logits: readonly Float32Array[],
  gold: ArrayLike<number>,
  temperature: number,
): number {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const row = logits[i] as Float32Array;
    let max = -Infinity;
    for (const z of row) max = Math.max(max, z / temperature);
    let sum = 0;
    for (const z of row) sum += Math.exp(z / temperature - max);
    total += max + Math.log(sum) - (row[gold[i] as number] as number) / temperature;
  }
  return logits.length > 0 ? total / logits.length : 0;
}

/**
 * The temperature that minimizes held-out NLL. NLL is convex in 1/T, so a golden-section search over
 * log(1/T) finds the optimum without gradients; argmax never changes, only the confidence does.
 */
export function fitTemperature(logits: readonly Float32Array[], gold: ArrayLike<number>): number {
  if (logits.length === 0) return 1;
  const nll = (logInverse: number) => negativeLogLikelihood(logits, gold, Math.exp(-logInverse));
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(1 / 50);
  let high = Math.log(50);
  let a = high - ratio * (high - low);
  let b = low + ratio * (high - low);
  let fa = nll(a);
  let fb = nll(b);
  for (let i = 0; i < 60; i++) {
    if (fa < fb) {
      high = b;
      b = a;
      fb = fa;
      a = high - ratio * (high - low);
      fa = nll(a);
    } else {
      low = a;
      a = b;
      fa = fb;
      b = low + ratio * (high - low);
      fb = nll(b);
    }
  }
  return Math.exp(-(low + high) / 2);
}

/** One prediction for calibration purposes: how sure the model was, and whether it was right. */
export interface ScoredPrediction {
  confidence: number;
  correct: boolean;
}

/**
 * Expected calibration error: predictions are binned by confidence into equal-width bins, and the gap
 * between each bin's accuracy and mean confidence is averaged, weighted by the bin's share.
 */
export function expectedCalibrationError(predictions: readonly ScoredPrediction[], binCount = 10): number {
  if (predictions.length === 0) return 0;
  const confidenceSum = new Float64Array(binCount);
  const correctCount = new Float64Array(binCount);
  const size = new Float64Array(binCount);
  for (const { confidence, correct } of predictions) {
    const bin = Math.min(binCount - 1, Math.floor(confidence * binCount));
    confidenceSum[bin] = (confidenceSum[bin] as number) + confidence;
    correctCount[bin] = (correctCount[bin] as number) + (correct ? 1 : 0);
    size[bin] = (size[bin] as number) + 1;
  }
  let error = 0;
  for (let bin = 0; bin < binCount; bin++) {
    const n = size[bin] as number;
    if (n === 0) continue;
    error +=
      (n / predictions.length) *
      Math.abs((correctCount[bin] as number) / n - (confidenceSum[bin] as number) / n);
  }
  return error;
}
