import type { CheatSheet } from '../../shared/cheatsheet';

const money = (amount: number) => amount.toFixed(2);

/** The pre-call cheat sheet as text a model (or a person) reads. */
export function cheatSheetText(sheet: CheatSheet): string {
  const lines = [
    `Pre-call cheat sheet for account ${sheet.accountId}`,
    '',
    `Churn risk: ${sheet.churnRisk.score}/100`,
    ...sheet.churnRisk.factors
      .filter((factor) => factor.contribution > 0)
      .map((factor) => `- ${factor.name}: ${factor.contribution.toFixed(1)} points`),
  ];
  if (sheet.usageGaps.length)
    lines.push(
      '',
      'Paid features nobody uses:',
      ...sheet.usageGaps.map(
        (gap) =>
          `- ${gap.feature}: ${gap.activeUsers.toFixed(1)} weekly active users, last used ${gap.lastUsed ?? 'never'}`,
      ),
    );
  if (sheet.lastTouchpoint)
    lines.push(
      '',
      `Last touchpoint: ${sheet.lastTouchpoint.at.slice(0, 10)} (${sheet.lastTouchpoint.channel}): ${sheet.lastTouchpoint.summary}`,
    );
  if (sheet.competitorMentions.length)
    lines.push(
      '',
      'Competitor mentions:',
      ...sheet.competitorMentions.map(
        (m) =>
          `- ${m.competitor}${m.possible ? ' (possible)' : ''}, ${m.at.slice(0, 10)} (${m.channel}): ${m.summary}`,
      ),
    );
  const { quote } = sheet;
  lines.push(
    '',
    `Renewal quote: ${quote.plan}, ${quote.seats} seats at ${money(quote.pricePerSeat)} = ${money(quote.subtotal)}`,
    ...quote.discounts.map((d) => `- discount ${d.ruleId}: ${d.percent}% (-${money(d.amount)})`),
    `Total: ${money(quote.total)}`,
  );
  if (sheet.talkingPoints.length)
    lines.push('', 'Talking points:', ...sheet.talkingPoints.map((p) => `- ${p}`));
  return lines.join('\n');
}
