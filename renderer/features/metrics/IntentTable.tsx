import type { MetricsReport } from '../../../shared/metrics';
import { formatRate } from './metrics-format';

/** Conversations, automation and escalation rates for each intent. */
export function IntentTable({ rows }: { rows: MetricsReport['byIntent'] }) {
  return (
    <table className="data-table" aria-label="By intent">
      <thead>
        <tr>
          <th scope="col">Intent</th>
          <th scope="col">Conversations</th>
          <th scope="col">Automation rate</th>
          <th scope="col">Escalation rate</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.intent}>
            <th scope="row">{row.intent}</th>
            <td>{row.conversations}</td>
            <td>{formatRate(row.automationRate)}</td>
            <td>{formatRate(row.escalationRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
