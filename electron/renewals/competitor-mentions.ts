import type { CompetitorMention } from '../../shared/cheatsheet';
import type { Competitor } from '../../shared/policy';
import { listedCompetitorFinder } from './listed-competitors';
import { findPossibleCompetitors } from './possible-competitors';
import type { RenewalTouchpoint } from './renewal-signals';

export interface MentionSources {
  /** The policy's list of rival vendors. */
  competitors: readonly Competitor[];
  /** The account's own name and its contact's, which are never a competitor. */
  ownNames: readonly string[];
}

/**
 * Every rival named in the touchpoints, in touchpoint order: the policy's vendors by name or alias,
 * reported under the vendor's name, and names a cue phrase points at as possible competitors. One
 * mention per rival per touchpoint, in the order the touchpoint names them.
 */
export function findCompetitorMentions(
  touchpoints: readonly RenewalTouchpoint[],
  { competitors, ownNames }: MentionSources,
): CompetitorMention[] {
  const findListed = listedCompetitorFinder(competitors);
  return touchpoints.flatMap((touchpoint) => {
    const listed = findListed(touchpoint.summary);
    const named = [
      ...listed.map((match) => ({ ...match, possible: false })),
      ...findPossibleCompetitors(touchpoint.summary, listed, ownNames).map((found) => ({
        ...found,
        possible: true,
      })),
    ].sort((a, b) => a.start - b.start);
    const seen = new Set<string>();
    return named
      .filter(({ competitor }) => {
        const key = competitor.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map(({ competitor, possible }) => ({
        at: touchpoint.at,
        channel: touchpoint.channel,
        summary: touchpoint.summary,
        competitor,
        possible,
      }));
  });
}
