import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { topicOf } from '../../../electron/agent/briefing';
import {
  shippedIntentExamples,
  trainIntentModelFrom,
} from '../../../electron/agent/nlu/default-intent-model';
import { INTENT_LABELS } from '../../../electron/agent/nlu/intent-labels';
import { OUT_OF_SCOPE } from '../../../electron/agent/nlu/intent-model';
import { loadIntentSpecs, shippedIntentsDir } from '../../../electron/agent/nlu/intent-specs';

const fixtures = path.join(import.meta.dirname, '../../fixtures/intents');
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A fresh folder holding the shipped intent files plus `extra` (file name → text). */
function intentsFolder(extra: Record<string, string>, shipped = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intents-'));
  folders.push(dir);
  if (shipped) fs.cpSync(shippedIntentsDir, dir, { recursive: true });
  for (const [file, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('the shipped intent specs', () => {
  const specs = loadIntentSpecs();

  it('are the intents the reasoner knows, in training order, then out of scope', () => {
    expect(specs.map((spec) => spec.intent)).toEqual([...INTENT_LABELS, OUT_OF_SCOPE]);
  });

  it('name the topic a rep briefing gives each intent', () => {
    for (const spec of specs) expect(topicOf(spec.intent), spec.intent).toBe(spec.topic ?? 'their request');
  });

  it('name the playbook each intent starts as it is written in the offline reasoner', () => {
    const source = fs.readFileSync(
      path.join(import.meta.dirname, '../../../electron/agent/reasoners/offline/playbooks.ts'),
      'utf8',
    );
    const map = source.slice(source.indexOf('const playbooks: Record<string, Playbook> = {'));
    const entries = map.slice(0, map.indexOf('\n};'));
    for (const spec of specs.filter((s) => s.intent !== OUT_OF_SCOPE)) {
      const entry = new RegExp(`\\n  ${spec.intent}\\b[^]*?(?=\\n  [a-z_]+\\b[:,]|$)`).exec(entries)?.[0];
      expect(entry, spec.intent).toContain(spec.playbook);
    }
  });
});

describe('loading intent specs', () => {
  it('names the file, line and field of a problem', () => {
    const dir = intentsFolder(
      {
        'greeting.yaml': 'intent: greeting\ndescription: hello\nexamples:\n  - hi\n  - "  "\n',
        'thanks.yaml': 'intent: thanks_bye\ndescription: bye\nexamples: [bye]\n',
      },
      false,
    );
    expect(() => loadIntentSpecs(dir)).toThrow(/greeting\.yaml:5:5 examples\.1: must not be blank/);
  });

  it('wants each file named after its intent', () => {
    const dir = intentsFolder(
      {
        'greeting.yaml': 'intent: greeting\ndescription: hello\nexamples: [hi]\n',
        'thanks.yaml': 'intent: thanks_bye\ndescription: bye\nexamples: [bye]\n',
      },
      false,
    );
    expect(() => loadIntentSpecs(dir)).toThrow(/thanks\.yaml:1:9 intent: must be "thanks"/);
  });

  it('refuses unknown fields', () => {
    const dir = intentsFolder(
      {
        'greeting.yaml': 'intent: greeting\ndescription: hello\nexample: [hi]\nexamples: [hi]\n',
        'bye.yaml': 'intent: bye\ndescription: bye\nexamples: [bye]\n',
      },
      false,
    );
    expect(() => loadIntentSpecs(dir)).toThrow(/greeting\.yaml:1:1 Unrecognized key: "example"/);
  });
});

describe('adding an intent', () => {
  it('is adding one data file: trained with the shipped ones, it classifies its own requests', () => {
    const dir = intentsFolder({
      'gift_wrap.yaml': fs.readFileSync(path.join(fixtures, 'gift_wrap.yaml'), 'utf8'),
    });
    const specs = loadIntentSpecs(dir);
    expect(specs.at(-1)).toMatchObject({ intent: 'gift_wrap', playbook: 'fromKnowledgeBase' });
    expect(shippedIntentExamples(dir).filter((e) => e.label === 'gift_wrap')).toHaveLength(15);
    const trained = trainIntentModelFrom(dir);
    expect(trained.ok).toBe(true);
    if (!trained.ok) return;
    expect(trained.value.labels).toContain('gift_wrap');
    expect(trained.value.predict('could you gift wrap the candle I just bought').label).toBe('gift_wrap');
    expect(trained.value.predict('where is my order').label).toBe('order_status');
  }, 120_000);
});
