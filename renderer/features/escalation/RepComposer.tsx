import type { FormEvent } from 'react';
import { useHandoff } from './use-handoff';

/** What the rep writes to the customer once they have taken over; starts with the briefing's draft reply. */
export function RepComposer() {
  const handoff = useHandoff();
  if (!handoff.withRep) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void handoff.send();
  };
  return (
    <form className="composer rep-composer" aria-label="Rep reply" onSubmit={submit} noValidate>
      <label htmlFor="rep-message">Message to customer</label>
      <textarea
        id="rep-message"
        rows={3}
        value={handoff.text}
        onChange={(event) => handoff.setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey))
            event.currentTarget.form?.requestSubmit();
        }}
      />
      <div className="button-row">
        <span className="hint">
          You have this conversation: the agent stays silent until you hand it back.
        </span>
        <button type="submit" disabled={handoff.busy !== null || handoff.text.trim() === ''}>
          Send
        </button>
      </div>
    </form>
  );
}
