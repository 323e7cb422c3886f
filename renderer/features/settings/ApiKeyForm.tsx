import type { FormEvent } from 'react';
import { useApiKey } from './use-api-key';

/** The model API key: write-only. Shows whether one is stored, never the key. */
export function ApiKeyForm() {
  const key = useApiKey();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void key.save();
  };
  return (
    <form className="settings-form" aria-labelledby="api-key-title" onSubmit={submit} noValidate>
      <h3 id="api-key-title">Model access key</h3>
      <p role="status" aria-label="API key status" className="key-status">
        {key.hasApiKey === null ? 'Checking…' : key.hasApiKey ? 'A key is stored' : 'No key stored'}
      </p>
      <div className="field">
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={key.input}
          aria-describedby="api-key-hint"
          onChange={(event) => key.setInput(event.target.value)}
        />
        <p id="api-key-hint" className="hint">
          Kept in the operating system&apos;s keychain by the desktop app (a file only you can read in web
          mode). It is never shown again, logged or put in a prompt.
        </p>
      </div>
      <div className="button-row">
        <button type="submit" disabled={key.busy || key.input.trim() === ''}>
          Save key
        </button>
        <button
          type="button"
          className="secondary"
          disabled={key.busy || !key.hasApiKey}
          onClick={() => void key.remove()}
        >
          Remove key
        </button>
        <span className="notice">{key.notice}</span>
      </div>
      {key.error && (
        <p role="alert" className="field-error">
          {key.error}
        </p>
      )}
    </form>
  );
}
