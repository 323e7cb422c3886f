import { describe, expect, it } from 'vitest';
import { csatQuestion, parseCsatReply } from '../../../electron/outcomes/csat-question';
import { percentile } from '../../../electron/outcomes/percentile';

describe('the CSAT question', () => {
  it('asks for a number from 1 (poor) to 5 (great)', () => {
    expect(csatQuestion()).toBe('How did we do? Reply with a number from 1 (poor) to 5 (great).');
  });

  it('reads a bare number from 1 to 5 as the score, spaces and a final mark allowed', () => {
    expect(['1', ' 2 ', '3.', '4!', '5\n'].map(parseCsatReply)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads numbers outside 1 to 5 as no answer', () => {
    expect(['0', '6', '10', '-1', '4.5'].map(parseCsatReply)).toEqual([null, null, null, null, null]);
  });

  it('leaves a new request that starts with a number to the agent', () => {
    expect(['2 more questions', 'order 5', 'five', ''].map(parseCsatReply)).toEqual([null, null, null, null]);
  });
});

describe('percentiles', () => {
  it('interpolate between the closest ranks', () => {
    expect([percentile([4, 2], 0.5), percentile([1, 2, 3, 4, 5], 0.9)]).toEqual([3, 4.6]);
  });

  it('are null for no values', () => {
    expect(percentile([], 0.5)).toBeNull();
  });
});
