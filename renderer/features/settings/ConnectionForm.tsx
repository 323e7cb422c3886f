import { useEffect, useRef, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { SystemName, systems, type SystemField } from '../../../shared/connections';
import type { Outcome } from './connections-store';
import { useConnectionForm } from './use-connection-form';

const errorId = 'connection-form-error';

function FormError({ outcome }: { outcome: Outcome }) {
  return (
    <p id={errorId} role="alert" className="field-error">
      {outcome.text}
    </p>
  );
}

/** One setting of the system; a saved secret shows only that it is saved, never its value. */
function ConnectionField({
  field,
  value,
  secretSaved,
  error,
  onChange,
}: {
  field: SystemField;
  value: string;
  secretSaved: boolean;
  error: Outcome | null;
  onChange: (value: string) => void;
}) {
  const id = `connection-${field.key}`;
  const hintId = `${id}-hint`;
  const describedBy = [secretSaved ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        type={field.secret ? 'password' : field.key === 'baseUrl' ? 'url' : 'text'}
        value={value}
        autoComplete="off"
        spellCheck={false}
        placeholder={secretSaved ? 'saved' : field.placeholder}
        aria-required={field.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {secretSaved && (
        <p id={hintId} className="hint">
          Saved. Leave it empty to keep it, or type a new one to replace it.
        </p>
      )}
      {error && <FormError outcome={error} />}
    </div>
  );
}

/** Remove connection, then a confirm step; focus moves to the confirm button and back on cancel. */
function RemoveConnection({
  label,
  confirming,
  busy,
  onAsk,
  onCancel,
  onConfirm,
}: {
  label: string;
  confirming: boolean;
  busy: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const askRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const ask = () => {
    flushSync(onAsk);
    confirmRef.current?.focus();
  };
  const cancel = () => {
    flushSync(onCancel);
    askRef.current?.focus();
  };
  if (!confirming)
    return (
      <button ref={askRef} type="button" className="secondary" disabled={busy} onClick={ask}>
        Remove connection
      </button>
    );
  return (
    <span role="group" aria-label="Confirm removal" className="button-row">
      <span>Remove {label} and its saved credentials?</span>
      <button ref={confirmRef} type="button" className="danger" disabled={busy} onClick={onConfirm}>
        Remove {label}
      </button>
      <button type="button" className="secondary" disabled={busy} onClick={cancel}>
        Cancel
      </button>
    </span>
  );
}

/** Add or edit one system: its fields, Save, Test (result in a live region) and Remove. */
export function ConnectionForm({ onClose }: { onClose: () => void }) {
  const connection = useConnectionForm();
  const systemRef = useRef<HTMLSelectElement>(null);
  useEffect(() => systemRef.current?.focus(), []);
  const { editing, status, form, outcome, errorField, testOutcome, busy } = connection;
  if (!editing) return null;
  const spec = systems[editing];
  const fieldError = outcome && !outcome.ok && spec.fields.some((f) => f.key === errorField) ? outcome : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void connection.save();
  };
  return (
    <form className="settings-form" aria-labelledby="connection-form-title" onSubmit={submit} noValidate>
      <h4 id="connection-form-title" className="section-title">
        {status?.configured ? 'Edit connection' : 'Add connection'}
      </h4>
      <div className="field">
        <label htmlFor="connection-system">System</label>
        <select
          id="connection-system"
          ref={systemRef}
          value={editing}
          onChange={(event) => connection.open(SystemName.parse(event.target.value))}
        >
          {SystemName.options.map((name) => (
            <option key={name} value={name}>
              {systems[name].label}
            </option>
          ))}
        </select>
      </div>
      {spec.fields.map((field) => (
        <ConnectionField
          key={`${editing}-${field.key}`}
          field={field}
          value={form[field.key] ?? ''}
          secretSaved={field.secret && (status?.secretsSet.includes(field.key) ?? false)}
          error={field.key === errorField ? fieldError : null}
          onChange={(value) => connection.change(field.key, value)}
        />
      ))}
      <div className="button-row">
        <button type="submit" disabled={busy}>
          Save connection
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void connection.test()}>
          Test connection
        </button>
        {connection.dirty && (
          <button type="button" className="secondary" disabled={busy} onClick={connection.discard}>
            Discard changes
          </button>
        )}
        {status?.configured && (
          <RemoveConnection
            label={spec.label}
            confirming={connection.confirmingRemove}
            busy={busy}
            onAsk={() => connection.confirmRemove(true)}
            onCancel={() => connection.confirmRemove(false)}
            onConfirm={() => void connection.remove().then(() => systemRef.current?.focus())}
          />
        )}
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p
        role="status"
        aria-label="Connection test"
        className={testOutcome?.ok === false ? 'key-status field-error' : 'key-status'}
      >
        {testOutcome?.text}
      </p>
      <p role="status" aria-label="Connection status" className="hint">
        {outcome?.ok ? outcome.text : ''}
      </p>
      {outcome && !outcome.ok && !fieldError && <FormError outcome={outcome} />}
    </form>
  );
}
