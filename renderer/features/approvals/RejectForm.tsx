import type { FormEvent } from 'react';

/** Asks why an action is rejected; the reason goes back to the agent, which tells the customer. */
export function RejectForm({
  id,
  tool,
  reason,
  busy,
  onReason,
  onReject,
  onCancel,
}: {
  id: string;
  tool: string;
  reason: string;
  busy: boolean;
  onReason(reason: string): void;
  onReject(): void;
  onCancel(): void;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onReject();
  };
  return (
    <form className="reject-form" aria-label={`Reject ${tool}`} onSubmit={submit} noValidate>
      <label htmlFor={id}>Reason</label>
      <textarea
        id={id}
        rows={2}
        value={reason}
        autoFocus
        aria-describedby={`${id}-hint`}
        onChange={(event) => onReason(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <p id={`${id}-hint`} className="hint">
        The agent tells the customer, in its next message.
      </p>
      <div className="button-row">
        <button type="submit" className="danger" disabled={busy || reason.trim() === ''}>
          Reject action
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
