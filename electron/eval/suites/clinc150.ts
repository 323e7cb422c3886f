import { fail, ok, type Result } from '../../../shared/result';
import { trainIntentClassifier, type LabeledText } from '../../agent/nlu/intent-classifier';
import { chooseOutOfScopeThreshold, evaluateScores, scoreExamples } from '../../agent/nlu/intent-evaluation';
import { OUT_OF_SCOPE } from '../../agent/nlu/intent-model';
import { readDatasetJson } from '../datasets';
import type { SuiteResult } from './suite-result';

type Split = 'train' | 'val' | 'test' | 'oos_train' | 'oos_val' | 'oos_test';

/** Larson et al. 2019, Table 2, full data: in-scope accuracy and out-of-scope recall. */
export const clincPaperTable = [
  { model: 'SVM', inScopeAccuracy: 0.91, outOfScopeRecall: 0.145 },
  { model: 'FastText', inScopeAccuracy: 0.89, outOfScopeRecall: 0.097 },
  { model: 'BERT', inScopeAccuracy: 0.969, outOfScopeRecall: 0.403 },
] as const;

/** In-scope accuracy the threshold may cost on validation: the team's trade for catching off-topic text. */
const maxInScopeAccuracyLoss = 0.0075;

function split(data: Record<Split, [string, string][]>, name: Split): LabeledText[] {
  return data[name].map(([text, label]) => ({ text, label: label === 'oos' ? OUT_OF_SCOPE : label }));
}

/**
 * The offline classifier's algorithm on CLINC150 (full): trained on train, calibrated and thresholded on
 * val (in-scope and out-of-scope), scored on test, beside the paper's baselines.
 */
export function runClinc150(): Result<SuiteResult> {
  const json = readDatasetJson('clinc150/data_full.json');
  if (!json.ok) return json;
  const data = json.value as Record<Split, [string, string][]>;
  if (!Array.isArray(data.train) || !Array.isArray(data.oos_test)) {
    return fail('bad_request', 'dataset clinc150/data_full.json: unexpected shape', 'suite');
  }
  const validation = split(data, 'val');
  const trained = trainIntentClassifier(split(data, 'train'), { calibrationExamples: validation });
  if (!trained.ok) return trained;
  const threshold = chooseOutOfScopeThreshold(
    scoreExamples(trained.value, [...validation, ...split(data, 'oos_val')]),
    maxInScopeAccuracyLoss,
  );
  if (!threshold.ok) return threshold;
  const test = evaluateScores(
    scoreExamples(trained.value, [...split(data, 'test'), ...split(data, 'oos_test')]),
    threshold.value,
  );
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return ok({
    json: {
      suite: 'clinc150',
      note: 'CLINC150 full; paper baselines from Larson et al. 2019, Table 2',
      metrics: {
        inScopeAccuracy: test.inScopeAccuracy,
        outOfScopeRecall: test.outOfScopeRecall,
        threshold: test.threshold,
        expectedCalibrationError: test.expectedCalibrationError,
        paper: clincPaperTable,
      },
      failures: [],
    },
    table: [
      ['model', 'inScopeAccuracy', 'outOfScopeRecall'],
      ...clincPaperTable.map((row) => [
        `${row.model} (paper)`,
        pct(row.inScopeAccuracy),
        pct(row.outOfScopeRecall),
      ]),
      [
        `offline classifier (threshold ${test.threshold.toFixed(3)})`,
        pct(test.inScopeAccuracy),
        pct(test.outOfScopeRecall),
      ],
    ],
  });
}
