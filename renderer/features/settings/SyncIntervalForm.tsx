import type { FormEvent } from 'react';
import { useSyncInterval } from './use-connections';

/** How often the app pulls new tickets from the helpdesk that serves the tickets group. */
export function SyncIntervalForm() {
  const interval = useSyncInterval();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void interval.save();
  };
  const describedBy = ['sync-interval-hint', interval.problem ? 'sync-interval-error' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <form className="settings-form" aria-labelledby="sync-interval-title" onSubmit={submit} noValidate>
      <h4 id="sync-interval-title" className="section-title">
        Inbound sync
      </h4>
      <div className="field">
        <label htmlFor="sync-interval">Sync interval (seconds)</label>
        <input
          id="sync-interval"
          type="number"
          min={15}
          max={3600}
          step={1}
          value={interval.value}
          aria-invalid={interval.problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => interval.change(event.target.value)}
        />
        <p id="sync-interval-hint" className="hint">
          How often new tickets are pulled from the helpdesk that serves Tickets: 15 to 3600 seconds.
        </p>
        {interval.problem && (
          <p id="sync-interval-error" className="field-error">
            {interval.problem}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" disabled={!interval.dirty || interval.problem !== null}>
          Save interval
        </button>
        <span role="status" aria-label="Sync interval status" className="notice">
          {interval.outcome?.ok ? interval.outcome.text : ''}
        </span>
      </div>
      {interval.outcome && !interval.outcome.ok && (
        <p role="alert" className="field-error">
          {interval.outcome.text}
        </p>
      )}
    </form>
  );
}
