import type { CheatSheet } from '../../shared/cheatsheet';
import { shortDate } from './wording';

/** The cheat sheet as a rep reads it in a terminal: score and factors, gaps, last contact, talking points. */
export function cheatSheetText(sheet: CheatSheet): string {
  const { churnRisk, usageGaps, lastTouchpoint } = sheet;
  const width = Math.max(...churnRisk.factors.map((f) => f.name.length));
  const lines = [
    `${sheet.accountId}  churn risk ${churnRisk.score}/100`,
    ...churnRisk.factors.map(
      (f) =>
        `  ${f.name.padEnd(width)}  ${f.value.toFixed(2)} × ${f.weight.toFixed(2)} = ${f.contribution.toFixed(1).padStart(4)}`,
    ),
  ];
  if (usageGaps.length > 0) {
    const gaps = usageGaps.map(
      (g) => `${g.feature} (${g.lastUsed === null ? 'never used' : `last used ${shortDate(g.lastUsed)}`})`,
    );
    lines.push(`Paid for, unused: ${gaps.join(', ')}`);
  }
  lines.push(
    lastTouchpoint === null
      ? 'Last touchpoint: none'
      : `Last touchpoint: ${shortDate(lastTouchpoint.at)} ${lastTouchpoint.channel}: ${lastTouchpoint.summary}`,
  );
  lines.push('Talking points:', ...sheet.talkingPoints.map((point) => `  - ${point}`));
  return lines.join('\n');
}
