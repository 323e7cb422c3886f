import { redactedForModel } from '../../shared/privacy';
import type { AgentContext } from './agent-context';
import type { ReasonerInput } from './reasoners/reasoner';
import type { AgentState } from './state';

/** What the reasoner decides from: the state, the transcript and every tool call of the conversation. */
export function reasonerInput(ctx: AgentContext, state: AgentState): ReasonerInput {
  const id = state.conversationId;
  const policy = ctx.policy();
  return {
    state,
    now: ctx.now(),
    policy,
    transcript: ctx.conversations.messages(id).map(({ role, text, at }) => ({ role, text, at })),
    // The app's own checks (identity, one-time codes) are for the audit trail, not for the reasoner.
    observations: ctx.audit
      .list({ conversationId: id })
      .filter((entry) => entry.actor !== 'system')
      .map((entry) => ({
        tool: entry.tool,
        args: entry.args,
        ok: entry.status === 'ok' || entry.status === 'replayed',
        result: entry.error ?? entry.result,
        at: entry.at,
      })),
    onReplyDelta: (text) => ctx.bus.emit('agent.draft', { conversationId: id, text }),
    redactForModel: redactedForModel(policy.privacy),
  };
}
