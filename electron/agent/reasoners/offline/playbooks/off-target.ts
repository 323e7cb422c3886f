import type { AgentState } from '../../../state';
import { say, type Playbook } from '../playbook-steps';
import { replies } from '../replies';
import { searchHelpCenter } from './help-center';
import { handToTeam } from './team';

/** The words of a thing the customer named, without "my" or "the" ("my account" → "account"). */
const offTargetWords = (target: string) =>
  target.split(' ').filter((word) => !/^(?:my|the|your|our|a|an)$/.test(word));

/** The help-center article found that speaks of the thing the customer named (the newsletter), if any. */
const aboutOffTarget = (state: AgentState) => {
  const words = state.offTargets.flatMap((target) =>
    offTargetWords(target).map((word) => word.replace(/s$/, '')),
  );
  return state.kbCitations.find((c) =>
    words.some((word) => `${c.title} ${c.snippet}`.toLowerCase().includes(word)),
  );
};

/**
 * A request about something no order tool acts on ("close my rewards account", "take me off the
 * newsletter"): answer from the help center, else pass it to the team; no order is touched.
 */
export const offTarget: Playbook = (state, policy) => {
  const searched = searchHelpCenter(
    state,
    `The customer asks about their ${state.offTargets[0]}, not an order: look it up.`,
  );
  if (searched) return searched;
  const article = aboutOffTarget(state);
  if (article)
    return say(
      state,
      'reply',
      replies.offTarget(state, article),
      `Answer from ${article.id}; no order is changed.`,
    );
  // Nothing in the help center on it: offer to pass it to the team, once the customer agrees.
  const target = offTargetWords(state.offTargets[0]!).join(' ');
  return handToTeam(`Request about ${target}`, replies.offTargetHandOff(target))(state, policy);
};
