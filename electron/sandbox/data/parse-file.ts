import type { AppError } from '../../../shared/result';
import { SandboxShape, type SandboxData } from '../format';
import { referenceIssues } from './check-references';
import { combineIssues, issuesOfZod } from '../../data-files/issues';

/** A checked sandbox file, or every problem found in it (the error folds them into one message). */
export type FileCheck = { ok: true; value: SandboxData } | { ok: false; error: AppError; issues: AppError[] };

/** Validates parsed JSON as a sandbox file: shape and types first, then ids, references and totals. */
export function parseSandboxFile(json: unknown): FileCheck {
  const parsed = SandboxShape.safeParse(json);
  const issues = parsed.success ? referenceIssues(parsed.data) : issuesOfZod(parsed.error);
  if (!parsed.success || issues.length > 0) return { ok: false, error: combineIssues(issues), issues };
  const { format: _format, version: _version, ...data } = parsed.data;
  return { ok: true, value: data };
}
