import type { Decision } from '../decision';
import { playbooks } from './offline/playbooks';
import { say } from './offline/playbook-steps';
import { replies } from './offline/replies';
import type { Reasoner, ReasonerInput } from './reasoner';
import { isNegative } from '../confirmation';

/** The embedded reasoner: declarative playbooks per intent over the agent's verified state. No network. */
export const offlineReasoner: Reasoner = {
  name: 'offline',
  async decide({ state }: ReasonerInput): Promise<Decision> {
    if (state.awaitingConfirmation && isNegative(state.lastMessage)) {
      return {
        ...say(state, 'reply', replies.confirmDeclined(), 'The customer declined the change.'),
        confidence: 1,
      };
    }
    const playbook = state.intent ? playbooks[state.intent] : undefined;
    if (!playbook)
      return say(state, 'clarify', replies.unclear(), 'The request is not clear enough to act on.');
    return playbook(state);
  },
};
