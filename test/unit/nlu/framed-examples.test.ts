import { describe, expect, it } from 'vitest';
import { framedExamples, gerundOf } from '../../../electron/agent/nlu/framed-examples';
import { INTENT_LABELS } from '../../../electron/agent/nlu/intent-labels';
import { OUT_OF_SCOPE } from '../../../electron/agent/nlu/intent-model';

describe('framed requests', () => {
  it('turns the leading verb into its -ing form', () => {
    expect(gerundOf('check the status of my order')).toBe('checking the status of my order');
    expect(gerundOf('get my money back')).toBe('getting my money back');
    expect(gerundOf('update the card on file')).toBe('updating the card on file');
    expect(gerundOf('see where it is')).toBe('seeing where it is');
    expect(gerundOf('chat with a real person')).toBe('chatting with a real person');
  });

  it('fills every placeholder and labels only with known intents', () => {
    const examples = framedExamples();
    expect(examples.filter((e) => e.text.includes('{'))).toEqual([]);
    const known: readonly string[] = [...INTENT_LABELS, OUT_OF_SCOPE];
    expect(examples.filter((e) => !known.includes(e.label))).toEqual([]);
  });

  it('wraps many intents in the same frame, so a frame alone says nothing about the intent', () => {
    const labelsByOpening = new Map<string, Set<string>>();
    for (const { text, label } of framedExamples()) {
      const opening = text.split(' ').slice(0, 2).join(' ');
      labelsByOpening.set(opening, (labelsByOpening.get(opening) ?? new Set()).add(label));
    }
    for (const opening of ['help me', 'I need', 'can you', 'where can', 'how do']) {
      expect(labelsByOpening.get(opening)?.size, opening).toBeGreaterThanOrEqual(8);
    }
  });
});
