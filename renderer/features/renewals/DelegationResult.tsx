import type { Delegation } from './renewals-store';

const outcomeLabels = {
  resolved: 'Done',
  replied: 'Replied',
  clarifying: 'Needs more detail',
  awaiting_approval: 'Waiting for approval',
  escalated: 'Escalated to a rep',
} as const;

/** One delegated task: running, the agent's reply with its outcome, or the error it returned. */
export function DelegationResult({ delegation }: { delegation: Delegation }) {
  const { report, error } = delegation;
  const pending = report?.actions.filter((a) => a.status === 'pending_approval') ?? [];
  return (
    <li className="delegation" aria-label={delegation.task}>
      <p className="delegation-task">
        <strong>{delegation.task}</strong>{' '}
        {report && <span className={`badge outcome-${report.outcome}`}>{outcomeLabels[report.outcome]}</span>}
      </p>
      {!report && !error && <p className="muted">Working…</p>}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {report?.reply && <p className="delegation-reply">{report.reply}</p>}
      {pending.map((action) => (
        <p key={action.id} className="pending-approval">
          Pending approval: {action.tool} ({action.rule}). Approve it from the conversation in the queue.
        </p>
      ))}
    </li>
  );
}
