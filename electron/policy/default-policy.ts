import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Policy } from '../../shared/policy';
import { formatProblems, parsePolicy } from './load-policy';

/** Where the shipped default policy lives (copied to the data folder for the team lead to edit). */
export const defaultPolicyFile = fileURLToPath(new URL('./default-policy.yaml', import.meta.url));

/** The shipped default; a broken default is a build defect, so it throws. */
export function defaultPolicy(): Policy {
  const parsed = parsePolicy(fs.readFileSync(defaultPolicyFile, 'utf8'));
  if (!parsed.ok)
    throw new Error(`the shipped policy is invalid:\n${formatProblems(defaultPolicyFile, parsed.problems)}`);
  return parsed.policy;
}
