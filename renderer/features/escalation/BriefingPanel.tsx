import type { Escalation } from '../../../shared/agent';
import { formatIntent, formatSentiment } from '../queue/format';
import { formatValue, reasonLabel } from '../agent/labels';

const money = (amount: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);

/** The handoff a rep reads before taking over, so nobody asks the customer to repeat themselves. */
export function BriefingPanel({ escalation }: { escalation: Escalation }) {
  const { briefing, reasons } = escalation;
  return (
    <section className="briefing" aria-labelledby="briefing-title" tabIndex={0}>
      <header className="briefing-header">
        <h3 id="briefing-title">Escalation briefing</h3>
        <ul className="reason-list" aria-label="Why it was escalated">
          {reasons.map((reason) => (
            <li key={reason} className="badge status-escalated">
              {reasonLabel(reason)}
            </li>
          ))}
        </ul>
      </header>
      <p className="briefing-summary">{briefing.summary}</p>
      <dl className="facts briefing-facts">
        <dt>Customer</dt>
        <dd>
          {briefing.customer
            ? `${briefing.customer.name} · ${briefing.customer.email} · ${briefing.customer.tier} · lifetime value ${money(briefing.customer.lifetimeValue)}`
            : 'Not identified'}
        </dd>
        <dt>Sentiment</dt>
        <dd>{formatSentiment(briefing.sentiment.score)}</dd>
        <dt>Intent</dt>
        <dd>{formatIntent(briefing.intent)}</dd>
        <dt>Suggested next step</dt>
        <dd>{briefing.suggestedNextStep}</dd>
      </dl>
      {briefing.history.length > 0 && (
        <>
          <h4>History</h4>
          <ul className="plain-list">
            {briefing.history.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <h4>Actions taken</h4>
      {briefing.actionsTaken.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="plain-list" aria-label="Actions taken">
          {briefing.actionsTaken.map((action, index) => (
            <li key={`${action.at}-${index}`}>
              <code>{action.tool}</code> — {action.outcome}
              {action.status === 'error' ? ' (failed)' : ''}
            </li>
          ))}
        </ul>
      )}
      <h4>Pending</h4>
      {briefing.pendingActions.length === 0 ? (
        <p className="muted">Nothing waits for approval.</p>
      ) : (
        <ul className="plain-list" aria-label="Pending actions">
          {briefing.pendingActions.map((action) => (
            <li key={action.id}>
              <code>{action.tool}</code> {formatValue(action.args)}
            </li>
          ))}
        </ul>
      )}
      <h4>Draft reply</h4>
      <blockquote className="draft-reply">{briefing.draftReply}</blockquote>
    </section>
  );
}
