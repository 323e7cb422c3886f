import { describe, expect, it } from 'vitest';
import { piiCategories, redactedForModel } from '../../../shared/privacy';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { parsePolicy } from '../../../electron/policy/load-policy';

const withPrivacy = (section: string) => defaultPolicyText.replace(/^privacy:\n(?: {2}.*\n)+/m, section);

describe('the privacy section of the policy', () => {
  it('ships redacting every kind of personal data for a remote model', () => {
    expect(defaultPolicy().privacy).toEqual({
      redactForModel: ['card_number', 'ssn', 'iban', 'phone', 'email', 'address'],
    });
  });

  it('redacts every kind when the section is left out, or lists no kinds', () => {
    const without = parsePolicy(withPrivacy(''));
    expect(without.ok && without.policy.privacy).toBeUndefined();
    expect(redactedForModel(without.ok ? without.policy.privacy : undefined)).toEqual(piiCategories);
    const empty = parsePolicy(withPrivacy('privacy: {}\n'));
    expect(empty.ok && empty.policy.privacy).toEqual({ redactForModel: piiCategories });
  });

  it('narrows redaction to the kinds it names', () => {
    const parsed = parsePolicy(withPrivacy('privacy:\n  redactForModel: [card_number, ssn]\n'));
    expect(parsed.ok && redactedForModel(parsed.policy.privacy)).toEqual(['card_number', 'ssn']);
  });

  it('refuses an unknown kind or an unknown key, at its line', () => {
    const text = withPrivacy('privacy:\n  redactForModel: [email, passport]\n');
    const line = text.split('\n').indexOf('  redactForModel: [email, passport]') + 1;
    const unknownKind = parsePolicy(text);
    expect(unknownKind.ok ? [] : unknownKind.problems).toEqual([
      expect.objectContaining({ line, path: 'privacy.redactForModel.1' }),
    ]);
    const unknownKey = parsePolicy(withPrivacy('privacy:\n  redactForLogs: [email]\n'));
    expect(unknownKey.ok ? [] : unknownKey.problems.map((p) => p.path)).toEqual(['privacy']);
  });
});
