import type { Policy } from '../../../shared/policy';
import { formatConfidence } from '../agent/labels';
import {
  appliesTo,
  competitorRows,
  conditionsOf,
  effectLabels,
  escalationTriggers,
  scopeRows,
} from './policy-view';

/**
 * The policy in force, rendered: thresholds, step budget, tool rules, scopes, escalation triggers and
 * the competitors the renewal desk looks for.
 */
export function PolicySummary({ policy, source }: { policy: Policy; source: 'default' | 'file' }) {
  const competitors = competitorRows(policy.renewals);
  return (
    <section className="policy-summary" aria-labelledby="policy-summary-title">
      <h4 id="policy-summary-title">
        Policy in force{' '}
        <span className="muted">({source === 'file' ? 'your edited copy' : 'shipped default'})</span>
      </h4>
      <dl className="facts policy-thresholds" aria-label="Thresholds">
        <dt>Act at or above</dt>
        <dd>{formatConfidence(policy.thresholds.act)} confidence</dd>
        <dt>Ask first from</dt>
        <dd>{formatConfidence(policy.thresholds.clarify)} confidence</dd>
        <dt>Escalate below</dt>
        <dd>{formatConfidence(policy.thresholds.escalate)} confidence</dd>
        <dt>Step budget</dt>
        <dd>{policy.stepBudget} decisions per customer message</dd>
      </dl>
      <table className="rules-table">
        <caption>Tool rules (read top to bottom; the first that matches decides)</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Applies to</th>
            <th scope="col">Conditions</th>
            <th scope="col">Effect</th>
          </tr>
        </thead>
        <tbody>
          {policy.tools.map((rule) => (
            <tr key={rule.id}>
              <td>
                <code>{rule.id}</code>
              </td>
              <td>{appliesTo(rule)}</td>
              <td>{conditionsOf(rule)}</td>
              <td className={`effect effect-${rule.effect}`}>{effectLabels[rule.effect]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h5>Whose records</h5>
      <dl className="facts" aria-label="Whose records">
        {scopeRows(policy.scopes).map((row) => (
          <div key={row.name} className="fact-row">
            <dt>{row.name}</dt>
            <dd>{row.setting}</dd>
          </div>
        ))}
      </dl>
      <h5>Escalation triggers</h5>
      <dl className="facts" aria-label="Escalation triggers">
        {escalationTriggers(policy.escalation).map((trigger) => (
          <div key={trigger.name} className="fact-row">
            <dt>{trigger.name}</dt>
            <dd>{trigger.setting}</dd>
          </div>
        ))}
      </dl>
      <h5>Competitors</h5>
      {competitors.length === 0 ? (
        <p className="muted">None listed: only possible competitors are flagged on cheat sheets.</p>
      ) : (
        <dl className="facts" aria-label="Competitors">
          {competitors.map((row) => (
            <div key={row.name} className="fact-row">
              <dt>{row.name}</dt>
              <dd>{row.setting}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
