import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainIntentClassifier, type LabeledText } from '../../../electron/agent/nlu/intent-classifier';
import {
  chooseOutOfScopeThreshold,
  evaluateScores,
  scoreExamples,
  type IntentEvaluation,
} from '../../../electron/agent/nlu/intent-evaluation';
import { OUT_OF_SCOPE } from '../../../electron/agent/nlu/intent-model';

// The public CLINC150 benchmark lives beside the repository, never inside it.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const datasetPath = `${repoRoot}../shared/datasets/clinc150/data_full.json`;

type Split = 'train' | 'val' | 'test' | 'oos_train' | 'oos_val' | 'oos_test';

function loadSplit(data: Record<Split, [string, string][]>, split: Split): LabeledText[] {
  return data[split].map(([text, label]) => ({ text, label: label === 'oos' ? OUT_OF_SCOPE : label }));
}

let test: IntentEvaluation;

beforeAll(() => {
  const data = JSON.parse(readFileSync(datasetPath, 'utf8')) as Record<Split, [string, string][]>;
  const validationSet = loadSplit(data, 'val');
  const trained = trainIntentClassifier(loadSplit(data, 'train'), { calibrationExamples: validationSet });
  if (!trained.ok) throw new Error(trained.error.message);
  const validationScores = scoreExamples(trained.value, [...validationSet, ...loadSplit(data, 'oos_val')]);
  const threshold = chooseOutOfScopeThreshold(validationScores, 0.0075);
  if (!threshold.ok) throw new Error(threshold.error.message);
  const testScores = scoreExamples(trained.value, [
    ...loadSplit(data, 'test'),
    ...loadSplit(data, 'oos_test'),
  ]);
  test = evaluateScores(testScores, threshold.value);
}, 300_000);

describe('the intent classifier on CLINC150 (150 intents, threshold chosen on validation)', () => {
  it('labels at least 91% of in-scope test utterances correctly', () => {
    expect(test.inScopeAccuracy).toBeGreaterThanOrEqual(0.91);
  });

  it('rejects at least 40% of out-of-scope test utterances', () => {
    expect(test.outOfScopeRecall).toBeGreaterThanOrEqual(0.4);
  });

  it('gives in-scope probabilities that match its accuracy within 5 points (ECE)', () => {
    expect(test.expectedCalibrationError).toBeLessThan(0.05);
  });
});
