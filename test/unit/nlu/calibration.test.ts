import { describe, expect, it } from 'vitest';
import {
  expectedCalibrationError,
  fitTemperature,
  negativeLogLikelihood,
} from '../../../electron/agent/nlu/calibration';

/** Logits of a model that is right 70% of the time but twice as sure of itself as it should be. */
function overconfidentLogits(count: number): { logits: Float32Array[]; gold: Int32Array } {
  const logits: Float32Array[] = [];
  const gold = new Int32Array(count);
  // softmax([z, 0, 0]) = 0.7 when z = ln(0.7 * 2 / 0.3); doubling z makes it overconfident.
  const z = Math.log((0.7 * 2) / 0.3);
  for (let i = 0; i < count; i++) {
    const predicted = i % 3;
    const row = new Float32Array(3);
    row[predicted] = 2 * z;
    logits.push(row);
    // Exactly 70% right, and the misses split evenly between the other two classes.
    const slot = i % 20;
    gold[i] = slot < 14 ? predicted : (predicted + (slot < 17 ? 1 : 2)) % 3;
  }
  return { logits, gold };
}

describe('temperature calibration', () => {
  it('recovers the temperature that undoes doubled logits', () => {
    const { logits, gold } = overconfidentLogits(2000);
    expect(fitTemperature(logits, gold)).toBeCloseTo(2, 3);
  });

  it('never does worse on NLL than leaving the logits alone', () => {
    const { logits, gold } = overconfidentLogits(500);
    const temperature = fitTemperature(logits, gold);
    expect(negativeLogLikelihood(logits, gold, temperature)).toBeLessThanOrEqual(
      negativeLogLikelihood(logits, gold, 1),
    );
  });

  it('leaves the temperature at 1 when there is nothing to fit on', () => {
    expect(fitTemperature([], [])).toBe(1);
  });
});

describe('expected calibration error', () => {
  it('is zero when confidence matches accuracy in every bin', () => {
    const predictions = [0, 1, 2, 3].map((i) => ({ confidence: 0.75, correct: i < 3 }));
    expect(expectedCalibrationError(predictions)).toBeCloseTo(0, 10);
  });

  it('is the gap between confidence and accuracy for an overconfident model', () => {
    const predictions = [0, 1, 2, 3].map((i) => ({ confidence: 0.95, correct: i < 2 }));
    expect(expectedCalibrationError(predictions)).toBeCloseTo(0.45, 10);
  });

  it('is zero for no predictions', () => {
    expect(expectedCalibrationError([])).toBe(0);
  });
});
