import type { FormEvent } from 'react';
import { PolicyEditor } from './PolicyEditor';
import { PolicySummary } from './PolicySummary';
import { usePolicy } from './use-policy';

/** The team lead's policy document: the policy in force, rendered, and its YAML text to edit. */
export function PolicySection() {
  const policy = usePolicy();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void policy.save();
  };
  return (
    <section className="settings-form policy-section" aria-labelledby="policy-title">
      <h3 id="policy-title">Policy</h3>
      {policy.error && (
        <p role="alert" className="field-error">
          {policy.error}
        </p>
      )}
      {policy.document ? (
        <div className="policy-columns">
          <PolicySummary policy={policy.document.policy} source={policy.document.source} />
          <form onSubmit={submit} aria-label="Edit the policy" noValidate>
            <PolicyEditor
              text={policy.text}
              problems={policy.problems}
              disabled={policy.saving}
              onChange={policy.edit}
            />
            <div className="button-row">
              <button type="submit" disabled={!policy.dirty || policy.saving}>
                Save policy
              </button>
              {policy.dirty && (
                <button type="button" className="secondary" onClick={policy.discard}>
                  Discard changes
                </button>
              )}
              <span role="status" aria-label="Policy status" className="notice">
                {policy.notice}
              </span>
            </div>
          </form>
        </div>
      ) : (
        <p className="muted">Loading the policy…</p>
      )}
    </section>
  );
}
