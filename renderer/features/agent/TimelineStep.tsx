import { Fragment } from 'react';
import { formatValue } from './labels';
import type { StepView } from './timeline-view';

/** One step of the agent's timeline: kind, summary, the facts that decided it, arguments and result. */
export function TimelineStep({ step }: { step: StepView }) {
  return (
    <li className={`step step-${step.kind}`}>
      <div className="step-head">
        <span className="step-kind">{step.label}</span>
        <span className="step-summary">{step.summary}</span>
        <time dateTime={step.at}>{new Date(step.at).toLocaleTimeString()}</time>
      </div>
      {step.facts.length > 0 && (
        <dl className="step-facts">
          {step.facts.map((fact) => (
            <Fragment key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {step.args && Object.keys(step.args).length > 0 && (
        <dl className="step-args" aria-label="Arguments">
          {Object.entries(step.args).map(([name, value]) => (
            <Fragment key={name}>
              <dt>{name}</dt>
              <dd title={formatValue(value)}>{formatValue(value)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {step.error && <p className="step-error">{step.error}</p>}
      {step.result !== undefined && (
        <details className="step-result">
          <summary>Result</summary>
          <pre>{JSON.stringify(step.result, null, 2)}</pre>
        </details>
      )}
    </li>
  );
}
