import type { AuditEntry } from '../../../shared/agent';

const compact = (value: unknown): string => (value === undefined ? '' : (JSON.stringify(value) ?? ''));

/** One audit record as the table's cells. */
export function auditCells(entry: AuditEntry) {
  return {
    at: new Date(entry.at).toLocaleString(),
    // Whose records the call could reach: "agent for customer:cus_0042".
    actor: entry.principal ? `${entry.actor} for ${entry.principal}` : entry.actor,
    tool: entry.tool,
    status: entry.status,
    decision: `${entry.decision.effect} · ${entry.decision.rule}`,
    duration: `${entry.durationMs.toFixed(1)} ms`,
    args: compact(entry.args),
    outcome: entry.error ? entry.error.message : compact(entry.result),
  };
}

/** "audit-log-2025-03-01T10-22-05.jsonl": a file name that sorts by time and is safe everywhere. */
export const exportFileName = (now: Date): string =>
  `audit-log-${now.toISOString().slice(0, 19).replace(/:/g, '-')}.jsonl`;
