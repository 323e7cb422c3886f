import { describe, expect, it } from 'vitest';
import { INTENT_LABELS } from '../../../electron/agent/nlu/intent-labels';
import { csvRecords, parseCsv } from '../../../electron/eval/csv';
import { bitextIntentMap } from '../../../electron/eval/suites/bitext-intents';
import { readBitext, readUtterance, scoreBitext } from '../../../electron/eval/suites/bitext';

describe('the bitext suite', () => {
  it('maps every intent in the dataset, to one of ours or to unsupported', () => {
    const utterances = readBitext();
    expect(utterances.ok).toBe(true);
    if (!utterances.ok) return;
    const unmapped = [...new Set(utterances.value.map((u) => u.intent))].filter(
      (i) => !(i in bitextIntentMap),
    );
    expect(unmapped).toEqual([]);
  });

  it('maps only to intents the agent knows', () => {
    const targets = Object.values(bitextIntentMap).flat();
    expect(targets.filter((label) => !(INTENT_LABELS as readonly string[]).includes(label))).toEqual([]);
  });

  it('counts accuracy over supported intents only, either of two mapped intents as right, and escalation by trigger or, for complaints, by intent', () => {
    const score = scoreBitext(
      [
        { text: 'a', intent: 'track_order' },
        { text: 'b', intent: 'track_order' },
        { text: 'c', intent: 'review' },
        { text: 'd', intent: 'complaint' },
        { text: 'e', intent: 'contact_human_agent' },
        { text: 'f', intent: 'contact_human_agent' },
        { text: 'g', intent: 'delivery_period' },
        { text: 'h', intent: 'delivery_period' },
      ],
      [
        { intent: 'order_status', triggers: null },
        { intent: 'out_of_scope', triggers: null },
        { intent: 'complaint', triggers: null },
        { intent: 'complaint', triggers: [] },
        { intent: 'human_request', triggers: ['explicit_request'] },
        { intent: 'human_request', triggers: [] },
        { intent: 'order_status', triggers: null },
        { intent: 'how_to', triggers: null },
      ],
    );
    expect(score.supported).toBe(7);
    expect(score.intentAccuracy).toBeCloseTo(6 / 7);
    expect(score.unsupported).toEqual([{ bitextIntent: 'review', utterances: 1 }]);
    expect(score.escalationRecall).toBeCloseTo(2 / 3);
  });

  it('reads a few real utterances end to end', () => {
    const utterances = readBitext();
    if (!utterances.ok) throw new Error(utterances.error.message);
    const sample = ['track_order', 'contact_human_agent', 'complaint'].map((intent) =>
      utterances.value.find((u) => u.intent === intent)!,
    );
    const score = scoreBitext(sample, sample.map(readUtterance));
    expect(score.supported).toBe(3);
    expect(score.escalation.map((r) => r.total)).toEqual([1, 1]);
  });
});

describe('reading CSV', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const parsed = parseCsv('a,b\n"x, ""y""\nz",2\r\n');
    expect(parsed.ok && parsed.value).toEqual([
      ['a', 'b'],
      ['x, "y"\nz', '2'],
    ]);
  });

  it('refuses a quoted field that is never closed', () => {
    const parsed = parseCsv('a,b\n"open,1\n');
    expect(parsed.ok ? null : parsed.error.code).toBe('bad_request');
  });

  it('refuses a row with the wrong number of cells, naming the row', () => {
    const records = csvRecords('a,b\n1,2\n3\n');
    expect(records.ok ? null : records.error.message).toContain('row 3');
  });
});
