import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { parsePolicy } from '../../../electron/policy/load-policy';

const file = new URL('../../../electron/policy/data/default-policy.yaml', import.meta.url);

describe('the shipped policy document', () => {
  it('is read from electron/policy/data/default-policy.yaml as written', () => {
    expect(defaultPolicyText).toBe(fs.readFileSync(file, 'utf8'));
    expect(defaultPolicyText.startsWith("# The agent's policy. Team leads own this file")).toBe(true);
  });

  it('is a valid policy, the one a fresh install starts from', () => {
    const parsed = parsePolicy(defaultPolicyText);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.policy).toEqual(defaultPolicy());
  });
});
