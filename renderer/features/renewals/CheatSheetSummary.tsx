import type { CheatSheet } from '../../../shared/cheatsheet';
import { factorLabels, formatMoney } from './cheat-sheet-format';
import { RiskScore } from './RiskScore';

/** The cheat sheet in brief for the Details region: score, top three factors, quote total, talking points. */
export function CheatSheetSummary({ sheet }: { sheet: CheatSheet }) {
  return (
    <div className="cheat-sheet compact">
      <RiskScore score={sheet.churnRisk.score} />
      <ul aria-label="Top risk factors">
        {sheet.churnRisk.factors.slice(0, 3).map((factor) => (
          <li key={factor.name}>
            {factorLabels[factor.name]}: +{factor.contribution.toFixed(1)}
          </li>
        ))}
      </ul>
      <p>
        Renewal quote total: <strong>{formatMoney(sheet.quote.total)}</strong>
      </p>
      <ul aria-label="Talking points">
        {sheet.talkingPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </div>
  );
}
