import { Policy, type PolicyProblem } from '../../shared/policy';
import { parseYaml } from '../data-files/parse-yaml';

export { formatProblems } from '../data-files/parse-yaml';
export type { PolicyProblem };

export type PolicyParse = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/** Parses and validates a policy document; every problem names its line, path and reason. */
export function parsePolicy(text: string): PolicyParse {
  const parsed = parseYaml(text, Policy);
  return parsed.ok ? { ok: true, policy: parsed.value } : parsed;
}
