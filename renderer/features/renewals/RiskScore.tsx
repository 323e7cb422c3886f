import { riskBand } from './cheat-sheet-format';

/** The churn risk score out of 100, coloured by band. */
export function RiskScore({ score }: { score: number }) {
  const band = riskBand(score);
  return (
    <p className={`risk-score risk-${band}`} aria-label={`Churn risk ${score} of 100, ${band}`}>
      <span className="risk-number">{score}</span>
      <span className="muted">/100 churn risk · {band}</span>
    </p>
  );
}
