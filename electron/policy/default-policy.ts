import type { Policy } from '../../shared/policy';
import { defaultPolicyText } from './default-policy-text';
import { formatProblems, parsePolicy } from './load-policy';

/** The shipped default; a broken default is a build defect, so it throws. */
export function defaultPolicy(): Policy {
  const parsed = parsePolicy(defaultPolicyText);
  if (!parsed.ok)
    throw new Error(`the shipped policy is invalid:\n${formatProblems('default policy', parsed.problems)}`);
  return parsed.policy;
}
