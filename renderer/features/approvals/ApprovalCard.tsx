import type { FormEvent } from 'react';
import type { ActionView } from '../agent/action-view';
import { formatConfidence } from '../agent/labels';
import { toolDescription } from './approval-form';
import { ArgumentField } from './ArgumentField';
import { RejectForm } from './RejectForm';
import { useApproval } from './use-approval';

/**
 * A proposed action waiting for a rep: its arguments as editable fields checked as the rep types,
 * the agent's reason and the policy rule that asked for approval, and Approve / Reject.
 */
export function ApprovalCard({ action }: { action: ActionView }) {
  const card = useApproval(action);
  const { draft, check } = card;
  const busy = draft.busy !== null;
  const titleId = `approval-${action.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    card.approve();
  };
  return (
    <article className="approval-card" aria-labelledby={titleId} onFocus={card.focus}>
      <header className="card-header">
        <h4 id={titleId}>
          <code>{action.tool}</code>
        </h4>
        <span className="badge status-needs_approval">Needs approval</span>
      </header>
      <p className="muted">{toolDescription(action.tool)}</p>
      <dl className="card-facts">
        <dt>Agent&apos;s reason</dt>
        <dd>{action.rationale ?? 'Not recorded'}</dd>
        <dt>Policy rule</dt>
        <dd>
          <code>{action.rule ?? 'unknown'}</code>
        </dd>
        {action.confidence !== null && (
          <>
            <dt>Confidence</dt>
            <dd>{formatConfidence(action.confidence)}</dd>
          </>
        )}
      </dl>
      <form className="card-args" aria-label={`Arguments of ${action.tool}`} onSubmit={submit} noValidate>
        {card.fields.map((field) => (
          <ArgumentField
            key={field.name}
            id={`${titleId}-arg-${field.name}`}
            name={field.name}
            kind={field.kind}
            value={card.values[field.name] ?? ''}
            error={check.errors[field.name]}
            disabled={busy}
            onChange={(value) => card.setValue(field.name, value)}
          />
        ))}
        {check.formError && <p className="field-error">{check.formError}</p>}
        <div className="button-row">
          <button
            type="submit"
            disabled={busy || !check.valid}
            aria-keyshortcuts="a"
            title="Approve (shortcut: A)"
          >
            {draft.busy === 'approving' ? 'Approving…' : 'Approve'}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy || draft.rejecting}
            aria-keyshortcuts="r"
            title="Reject with a reason (shortcut: R)"
            onClick={card.startReject}
          >
            Reject
          </button>
        </div>
      </form>
      {draft.rejecting && (
        <RejectForm
          id={`${titleId}-reject-reason`}
          tool={action.tool}
          reason={draft.reason}
          busy={busy}
          onReason={card.setReason}
          onReject={card.reject}
          onCancel={card.cancelReject}
        />
      )}
      {draft.error && (
        <p role="alert" className="card-error">
          {draft.error}
        </p>
      )}
    </article>
  );
}
