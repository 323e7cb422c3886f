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
import { playbookFor, playbooks } from '../../../electron/agent/reasoners/offline/playbooks';
import { initialState } from '../../../electron/agent/state';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { parsePolicy } from '../../../electron/policy/load-policy';

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

  it('name a registered playbook for every intent but out of scope', () => {
    for (const spec of specs.filter((s) => s.intent !== OUT_OF_SCOPE))
      expect(Object.keys(playbooks), spec.intent).toContain(spec.playbook);
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

  it('starts the playbook its data file names', () => {
    const dir = intentsFolder({
      'gift_wrap.yaml': fs.readFileSync(path.join(fixtures, 'gift_wrap.yaml'), 'utf8'),
    });
    const message = 'could you gift wrap the candle I just bought';
    const state = {
      ...initialState('c1', 'ana@example.com'),
      turn: 1,
      lastMessage: message,
      said: [message],
      intent: 'gift_wrap',
      confidence: 0.9,
    };
    const parsed = parsePolicy(defaultPolicyText);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(playbookFor(state)).toBeUndefined();
    const playbook = playbookFor(state, dir);
    expect(playbook).toBe(playbooks.fromKnowledgeBase);
    expect(playbook!(state, parsed.policy)).toMatchObject({
      kind: 'tool',
      tool: 'kb.search',
      args: { query: message },
    });
  });

  it('that hands the request to a team opens a ticket under its own name', () => {
    const fixture = fs.readFileSync(path.join(fixtures, 'gift_wrap.yaml'), 'utf8');
    const dir = intentsFolder({
      'gift_wrap.yaml': fixture.replace('playbook: fromKnowledgeBase', 'playbook: handToTeam'),
    });
    const parsed = parsePolicy(defaultPolicyText);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const asked = (intent: string) => ({
      ...initialState('c1', 'ana@example.com'),
      turn: 1,
      lastMessage: 'please sort this out',
      said: ['please sort this out'],
      intent,
      confidence: 0.9,
      verifiedCustomerId: 'cus_1',
      customer: {
        id: 'cus_1',
        name: 'Ana Diaz',
        email: 'ana@example.com',
        tier: 'gold' as const,
        lifetimeValue: 900,
      },
    });
    const ticket = (intent: string) => playbookFor(asked(intent), dir)!(asked(intent), parsed.policy);
    expect(ticket('gift_wrap')).toMatchObject({
      tool: 'tickets.create',
      args: { subject: 'Gift wrap', tags: ['gift-wrap'] },
    });
    expect(ticket('renewal_quote')).toMatchObject({ args: { subject: 'Renewal quote' } });
    expect(ticket('schedule_call')).toMatchObject({ args: { subject: 'Call request' } });
  });
});
