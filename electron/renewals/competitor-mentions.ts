import type { CompetitorMention } from '../../shared/cheatsheet';
import type { Touchpoint } from '../sandbox/format';
import { competitors } from '../sandbox/saas-catalog';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per rival: the whole name, any case, not inside a longer word. */
const patterns = competitors.map((name) => ({
  name,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu'),
}));

/** Every rival named in the touchpoints, one mention per rival per touchpoint, in touchpoint order. */
export function findCompetitorMentions(touchpoints: readonly Touchpoint[]): CompetitorMention[] {
  return touchpoints.flatMap((touchpoint) =>
    patterns
      .filter(({ pattern }) => pattern.test(touchpoint.summary))
      .map(({ name }) => ({
        at: touchpoint.at,
        channel: touchpoint.channel,
        summary: touchpoint.summary,
        competitor: name,
      })),
  );
}
