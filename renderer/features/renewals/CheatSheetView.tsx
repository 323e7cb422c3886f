import type { CheatSheet } from '../../../shared/cheatsheet';
import { formatDay } from './cheat-sheet-format';
import { QuoteTable } from './QuoteTable';
import { RiskFactorTable } from './RiskFactorTable';
import { RiskScore } from './RiskScore';

/** Everything the rep reads before talking to an account about its renewal. */
export function CheatSheetView({ sheet, headingLevel = 3 }: { sheet: CheatSheet; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="cheat-sheet">
      <RiskScore score={sheet.churnRisk.score} />
      <RiskFactorTable factors={sheet.churnRisk.factors} />
      <Heading>Usage gaps</Heading>
      {sheet.usageGaps.length === 0 ? (
        <p className="muted">Every paid feature is in use.</p>
      ) : (
        <ul aria-label="Usage gaps">
          {sheet.usageGaps.map((gap) => (
            <li key={gap.feature}>
              {gap.feature}: {gap.activeUsers.toFixed(1)} weekly users,{' '}
              {gap.lastUsed ? `last used ${formatDay(gap.lastUsed)}` : 'never used'}
            </li>
          ))}
        </ul>
      )}
      <Heading>Last touchpoint</Heading>
      <p>
        {sheet.lastTouchpoint
          ? `${formatDay(sheet.lastTouchpoint.at)} · ${sheet.lastTouchpoint.channel}: ${sheet.lastTouchpoint.summary}`
          : 'No touchpoint on record.'}
      </p>
      <Heading>Competitor mentions</Heading>
      {sheet.competitorMentions.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul aria-label="Competitor mentions">
          {sheet.competitorMentions.map((mention) => (
            <li key={`${mention.at}-${mention.competitor}`}>
              {mention.possible ? (
                <>
                  possible competitor: <strong>{mention.competitor}</strong> — confirm
                </>
              ) : (
                <strong>{mention.competitor}</strong>
              )}{' '}
              · {formatDay(mention.at)} · {mention.channel}: {mention.summary}
            </li>
          ))}
        </ul>
      )}
      <Heading>Renewal quote</Heading>
      <QuoteTable quote={sheet.quote} />
      <Heading>Talking points</Heading>
      <ul aria-label="Talking points">
        {sheet.talkingPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </div>
  );
}
