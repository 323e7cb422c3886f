import type { RiskFactor } from '../../../shared/cheatsheet';
import { factorLabels } from './cheat-sheet-format';

/** Each factor's value, weight and the points it adds to the churn score, with a bar per contribution. */
export function RiskFactorTable({ factors }: { factors: RiskFactor[] }) {
  return (
    <table className="data-table" aria-label="Churn risk factors">
      <thead>
        <tr>
          <th scope="col">Factor</th>
          <th scope="col">Value</th>
          <th scope="col">Weight</th>
          <th scope="col">Contribution</th>
        </tr>
      </thead>
      <tbody>
        {factors.map((factor) => (
          <tr key={factor.name}>
            <th scope="row">{factorLabels[factor.name]}</th>
            <td>{factor.value.toFixed(2)}</td>
            <td>{factor.weight.toFixed(2)}</td>
            <td>
              <span className="contribution">
                <span className="contribution-bar" aria-hidden="true">
                  <span style={{ width: `${Math.min(100, factor.contribution * 2.5)}%` }} />
                </span>
                {factor.contribution.toFixed(1)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
