import type { Policy } from '../../../shared/policy';
import type { Decision } from '../decision';
import { isNegative } from '../confirmation';
import { describeAction } from '../describe-action';
import type { AgentState } from '../state';
import { playbookFor } from './offline/playbooks';
import { identify, say } from './offline/playbook-steps';
import { replies } from './offline/replies';
import { taskPlaybooks, unknownTask } from './offline/task-playbooks';
import type { Reasoner, ReasonerInput } from './reasoner';

/** The playbook step for this state: a delegated task's, or the customer intent's. */
function playbookDecision(state: AgentState, now: Date, policy: Policy): Decision {
  if (state.account) {
    const task = state.intent ? taskPlaybooks[state.intent] : undefined;
    return task ? task(state, now, policy) : unknownTask(state);
  }
  const playbook = playbookFor(state);
  return playbook
    ? playbook(state, policy)
    : say(state, 'clarify', replies.unclear(), 'The request is not clear enough to act on.');
}

/** The embedded reasoner: declarative playbooks per intent over the agent's verified state. No network. */
export const offlineReasoner: Reasoner = {
  name: 'offline',
  async decide({ state, now, policy }: ReasonerInput): Promise<Decision> {
    if (state.awaitingConfirmation && isNegative(state.lastMessage)) {
      return {
        ...say(state, 'reply', replies.confirmDeclined(), 'The customer declined the change.'),
        confidence: 1,
      };
    }
    if (state.triggers.length > 0) {
      // A handoff is coming: identify the customer for the briefing, then hand over.
      const lookup = identify(state);
      if (lookup?.kind === 'tool') return lookup;
      return {
        kind: 'escalate',
        reasons: state.triggers,
        confidence: state.confidence ?? 1,
        rationale: 'An escalation trigger fired.',
      };
    }
    const decision = playbookDecision(state, now, policy);
    // One proposal per action: while it waits for a rep, say so instead of proposing it again.
    if (decision.kind === 'tool' && decision.tool === state.pendingTool) {
      const waiting = replies.awaitingApproval(describeAction(decision.tool, decision.args));
      return say(state, 'reply', waiting, 'It waits for a rep’s approval.');
    }
    return decision;
  },
};
