import fs from 'node:fs';
import type { Policy } from '../../shared/policy';
import { defaultPolicy } from './default-policy';
import { defaultPolicyText } from './default-policy-text';
import { parsePolicy, type PolicyProblem } from './load-policy';
import { writeOwnerOnlyFile } from '../security/owner-only-files';

export interface PolicyDocument {
  text: string;
  /** Where the policy in force comes from. */
  source: 'default' | 'file';
  /** Problems of the file on disk, when it is invalid and the last good policy stays in force. */
  problems: PolicyProblem[];
}

/**
 * The team lead's policy document: policy.yaml in the data folder, or the shipped default. An invalid
 * file never replaces a valid policy: saving refuses it with its problems, and a file broken on
 * disk leaves the default in force and says why.
 */
export class PolicyStore {
  private policy: Policy;
  private document: PolicyDocument;

  constructor(private readonly file: string | null) {
    this.policy = defaultPolicy();
    this.document = { text: defaultPolicyText, source: 'default', problems: [] };
    if (file && fs.existsSync(file)) {
      const text = fs.readFileSync(file, 'utf8');
      const parsed = parsePolicy(text);
      if (parsed.ok) {
        this.policy = parsed.policy;
        this.document = { text, source: 'file', problems: [] };
      } else {
        this.document = { text, source: 'default', problems: parsed.problems };
      }
    }
  }

  current(): Policy {
    return this.policy;
  }

  read(): PolicyDocument {
    return this.document;
  }

  /** Validates and, when valid, saves (0600) and applies the text; otherwise changes nothing. */
  save(text: string): { ok: true } | { ok: false; problems: PolicyProblem[] } {
    const parsed = parsePolicy(text);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    if (this.file) writeOwnerOnlyFile(this.file, text);
    this.policy = parsed.policy;
    this.document = { text, source: 'file', problems: [] };
    return { ok: true };
  }
}
