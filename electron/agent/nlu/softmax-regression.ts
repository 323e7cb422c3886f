import { seededRandom, shuffleInPlace } from './seeded-random';
import type { SparseVector } from './text-features';

/** How the weights are fitted: Adam on mini-batches with L2, a linearly decaying rate, seeded order. */
export interface TrainingOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** The rate falls linearly to this fraction of learningRate by the last step. */
  finalLearningRateFraction: number;
  /** L2 penalty on the weights of the features present in a batch. */
  l2: number;
  seed: number;
}

/** Tuned on a public 150-intent benchmark (100 examples per intent); small sets want more epochs. */
export const defaultTrainingOptions: TrainingOptions = {
  epochs: 5,
  batchSize: 64,
  learningRate: 0.02,
  finalLearningRateFraction: 0.1,
  l2: 1e-6,
  seed: 1,
};

/** Weights of a multinomial logistic regression; row f of `weights` holds feature f's weight per class. */
export interface SoftmaxWeights {
  classCount: number;
  weights: Float32Array;
  bias: Float32Array;
}

/** Class scores (logits) of one sparse row, written into `out`. */
export function computeLogits<T extends Float32Array | Float64Array>(
  model: SoftmaxWeights,
  row: SparseVector,
  out: T,
): T {
  const classes = model.classCount;
  const weights = model.weights;
  const indices = row.indices;
  const values = row.values;
  out.set(model.bias);
  for (let k = 0; k < indices.length; k++) {
    const offset = (indices[k] as number) * classes;
    const x = values[k] as number;
    for (let c = 0; c < classes; c++) out[c] = (out[c] as number) + x * (weights[offset + c] as number);
  }
  return out;
}

/** In-place softmax of logits divided by a temperature. */
export function softmaxInPlace<T extends Float32Array | Float64Array>(logits: T, temperature = 1): T {
  let max = -Infinity;
  for (let c = 0; c < logits.length; c++) max = Math.max(max, logits[c] as number);
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    const e = Math.exp(((logits[c] as number) - max) / temperature);
    logits[c] = e;
    sum += e;
  }
  for (let c = 0; c < logits.length; c++) logits[c] = (logits[c] as number) / sum;
  return logits;
}

/** One batch's summed gradient, kept only for the feature rows the batch touched. */
class BatchGradient {
  readonly touched: Int32Array;
  readonly rows: Float64Array;
  readonly bias: Float64Array;
  count = 0;
  private readonly slotOfFeature: Int32Array;

  constructor(
    dimension: number,
    capacity: number,
    private readonly classes: number,
  ) {
    this.touched = new Int32Array(capacity);
    this.rows = new Float64Array(capacity * classes);
    this.bias = new Float64Array(classes);
    this.slotOfFeature = new Int32Array(dimension).fill(-1);
  }

  /** Adds one example's gradient: its features times (predicted probabilities − one-hot gold). */
  add(row: SparseVector, delta: Float64Array): void {
    const C = this.classes;
    const { indices, values } = row;
    const gradient = this.rows;
    for (let c = 0; c < C; c++) this.bias[c] = (this.bias[c] as number) + (delta[c] as number);
    for (let k = 0; k < indices.length; k++) {
      const feature = indices[k] as number;
      let slot = this.slotOfFeature[feature] as number;
      if (slot < 0) {
        slot = this.count++;
        this.slotOfFeature[feature] = slot;
        this.touched[slot] = feature;
        gradient.fill(0, slot * C, slot * C + C);
      }
      const x = values[k] as number;
      const base = slot * C;
      for (let c = 0; c < C; c++)
        gradient[base + c] = (gradient[base + c] as number) + x * (delta[c] as number);
    }
  }

  /** Forgets the batch so the next one starts from zero. */
  clear(): void {
    for (let s = 0; s < this.count; s++) this.slotOfFeature[this.touched[s] as number] = -1;
    this.count = 0;
    this.bias.fill(0);
  }
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/** Adam moments for every weight; rows never touched by a batch keep their state untouched. */
class SparseAdam {
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  private readonly mBias: Float64Array;
  private readonly vBias: Float64Array;
  private step = 0;

  constructor(
    private readonly model: SoftmaxWeights,
    private readonly l2: number,
  ) {
    this.m = new Float32Array(model.weights.length);
    this.v = new Float32Array(model.weights.length);
    this.mBias = new Float64Array(model.classCount);
    this.vBias = new Float64Array(model.classCount);
  }

  /** One update from a batch's summed gradient, with L2 on the touched rows. */
  apply(gradient: BatchGradient, batchSize: number, rate: number): void {
    this.step++;
    const C = this.model.classCount;
    const { weights, bias } = this.model;
    const { m, v, mBias, vBias, l2 } = this;
    const stepRate = (rate * Math.sqrt(1 - BETA2 ** this.step)) / (1 - BETA1 ** this.step);
    const scale = 1 / batchSize;
    for (let s = 0; s < gradient.count; s++) {
      const base = (gradient.touched[s] as number) * C;
      const gradientBase = s * C;
      for (let c = 0; c < C; c++) {
        const i = base + c;
        const w = weights[i] as number;
        const g = (gradient.rows[gradientBase + c] as number) * scale + l2 * w;
        const mt = BETA1 * (m[i] as number) + (1 - BETA1) * g;
        const vt = BETA2 * (v[i] as number) + (1 - BETA2) * g * g;
        m[i] = mt;
        v[i] = vt;
        weights[i] = w - (stepRate * mt) / (Math.sqrt(vt) + EPSILON);
      }
    }
    for (let c = 0; c < C; c++) {
      const g = (gradient.bias[c] as number) * scale;
      mBias[c] = BETA1 * (mBias[c] as number) + (1 - BETA1) * g;
      vBias[c] = BETA2 * (vBias[c] as number) + (1 - BETA2) * g * g;
      bias[c] =
        (bias[c] as number) - (stepRate * (mBias[c] as number)) / (Math.sqrt(vBias[c] as number) + EPSILON);
    }
  }
}

/** The most non-zeros any batch can hold: the sum of the largest rows, capped by the vocabulary. */
function batchCapacity(rows: readonly SparseVector[], batchSize: number, dimension: number): number {
  const sizes = rows.map((r) => r.indices.length).sort((a, b) => b - a);
  return Math.min(
    dimension,
    sizes.slice(0, batchSize).reduce((sum, n) => sum + n, 0),
  );
}

/**
 * Fits softmax regression on sparse rows. Only the rows of features present in a batch are updated
 * (sparse Adam), which keeps an epoch proportional to the non-zeros rather than to the vocabulary.
 */
export function trainSoftmaxRegression(
  rows: readonly SparseVector[],
  labels: Int32Array,
  classCount: number,
  dimension: number,
  options: TrainingOptions,
): SoftmaxWeights {
  const model: SoftmaxWeights = {
    classCount,
    weights: new Float32Array(dimension * classCount),
    bias: new Float32Array(classCount),
  };
  const optimizer = new SparseAdam(model, options.l2);
  const gradient = new BatchGradient(
    dimension,
    batchCapacity(rows, options.batchSize, dimension),
    classCount,
  );
  const scores = new Float64Array(classCount);
  const random = seededRandom(options.seed);
  const order = rows.map((_, i) => i);
  const totalSteps = Math.ceil(rows.length / options.batchSize) * options.epochs;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (let start = 0; start < order.length; start += options.batchSize) {
      const end = Math.min(start + options.batchSize, order.length);
      for (let b = start; b < end; b++) {
        const i = order[b] as number;
        softmaxInPlace(computeLogits(model, rows[i] as SparseVector, scores));
        scores[labels[i] as number] = (scores[labels[i] as number] as number) - 1;
        gradient.add(rows[i] as SparseVector, scores);
      }
      const progress = totalSteps > 1 ? step / (totalSteps - 1) : 0;
      const rate = options.learningRate * (1 - (1 - options.finalLearningRateFraction) * progress);
      optimizer.apply(gradient, end - start, rate);
      gradient.clear();
      step++;
    }
  }
  return model;
}
