import type { FormEvent } from 'react';
import { ReasonerKind } from '../../../shared/domain';
import { reasonerFieldLabels, reasonerFields, reasonerKindLabels, type ReasonerField } from './reasoner-form';
import { useReasonerSettings } from './use-reasoner-settings';

const kindHints: Record<ReasonerKind, string> = {
  offline: 'Runs on this machine: no network and no key needed.',
  openai: "OpenAI's API. Set a base URL only to go through a proxy.",
  azure: 'Your Azure OpenAI resource: its endpoint, deployment and API version.',
  compatible: 'Any server that speaks Chat Completions: Ollama, vLLM, llama.cpp server, LM Studio.',
};

const inputTypes: Record<ReasonerField, string> = {
  model: 'text',
  baseUrl: 'url',
  azureEndpoint: 'url',
  azureDeployment: 'text',
  azureApiVersion: 'text',
  timeoutSeconds: 'number',
};

/** Which model reasons, and how to reach it. */
export function ReasonerSettingsForm() {
  const reasoner = useReasonerSettings();
  const { form, check } = reasoner;
  if (!form || !check) return <p className="muted">Loading settings…</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void reasoner.save();
  };
  return (
    <form className="settings-form" aria-labelledby="reasoner-title" onSubmit={submit} noValidate>
      <h3 id="reasoner-title">Model</h3>
      <div className="field">
        <label htmlFor="reasoner-kind">Reasoner</label>
        <select
          id="reasoner-kind"
          value={form.kind}
          aria-describedby="reasoner-kind-hint"
          onChange={(event) => reasoner.change('kind', ReasonerKind.parse(event.target.value))}
        >
          {ReasonerKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {reasonerKindLabels[kind]}
            </option>
          ))}
        </select>
        <p id="reasoner-kind-hint" className="hint">
          {kindHints[form.kind]}
        </p>
      </div>
      {reasonerFields[form.kind].map((field) => {
        const error = check.errors[field];
        return (
          <div className="field" key={field}>
            <label htmlFor={`reasoner-${field}`}>{reasonerFieldLabels[field]}</label>
            <input
              id={`reasoner-${field}`}
              type={inputTypes[field]}
              value={form[field]}
              {...(field === 'timeoutSeconds' ? { min: 1, max: 300, step: 'any' } : {})}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `reasoner-${field}-error` : undefined}
              onChange={(event) => reasoner.change(field, event.target.value)}
            />
            {error && (
              <p id={`reasoner-${field}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div className="button-row">
        <button type="submit" disabled={!reasoner.dirty || !check.value || reasoner.saveState === 'saving'}>
          Save reasoner
        </button>
        {reasoner.dirty && (
          <button type="button" className="secondary" onClick={reasoner.discard}>
            Discard changes
          </button>
        )}
        <span role="status" aria-label="Reasoner settings status" className="notice">
          {reasoner.saveState === 'saved' ? 'Saved.' : reasoner.saveState === 'saving' ? 'Saving…' : ''}
        </span>
      </div>
      {reasoner.saveError && (
        <p role="alert" className="field-error">
          {reasoner.saveError}
        </p>
      )}
    </form>
  );
}
