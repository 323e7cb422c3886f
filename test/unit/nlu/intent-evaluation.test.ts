import { describe, expect, it } from 'vitest';
import {
  chooseOutOfScopeThreshold,
  evaluateScores,
  type ScoredExample,
} from '../../../electron/agent/nlu/intent-evaluation';
import { OUT_OF_SCOPE } from '../../../electron/agent/nlu/intent-model';

const scored: ScoredExample[] = [
  { gold: 'a', predicted: 'a', probability: 0.9 },
  { gold: 'a', predicted: 'a', probability: 0.6 },
  { gold: 'b', predicted: 'b', probability: 0.3 },
  { gold: 'b', predicted: 'a', probability: 0.5 },
  { gold: OUT_OF_SCOPE, predicted: 'a', probability: 0.2 },
  { gold: OUT_OF_SCOPE, predicted: 'b', probability: 0.55 },
];

describe('evaluating scored examples', () => {
  it('counts in-scope accuracy with rejections below the threshold as wrong', () => {
    expect(evaluateScores(scored, 0.4).inScopeAccuracy).toBeCloseTo(2 / 4);
  });

  it('counts out-of-scope recall as the share rejected', () => {
    expect(evaluateScores(scored, 0.4).outOfScopeRecall).toBeCloseTo(1 / 2);
  });

  it('reports no out-of-scope recall when there are no out-of-scope examples', () => {
    expect(evaluateScores(scored.slice(0, 4), 0.4).outOfScopeRecall).toBeNaN();
  });
});

describe('choosing the out-of-scope threshold', () => {
  it('picks the highest threshold that loses no more in-scope answers than allowed', () => {
    // Three correct answers at 0.3, 0.6, 0.9; losing one of four in-scope examples is allowed.
    expect(chooseOutOfScopeThreshold(scored, 0.25)).toEqual({ ok: true, value: 0.6 });
  });

  it('keeps every correct answer when no loss is allowed', () => {
    expect(chooseOutOfScopeThreshold(scored, 0)).toEqual({ ok: true, value: 0.3 });
  });

  it('refuses a loss budget outside [0, 1]', () => {
    expect(chooseOutOfScopeThreshold(scored, 1.5)).toMatchObject({
      ok: false,
      error: { code: 'bad_request', field: 'maxInScopeAccuracyLoss' },
    });
  });
});
