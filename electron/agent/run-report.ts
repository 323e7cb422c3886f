import type { RunReport } from '../../shared/agent';
import { csatQuestion } from '../outcomes/csat-question';
import type { AgentContext } from './agent-context';
import type { AgentState } from './state';

/** The run report of a conversation as it stands: what `agent chat --json` prints. */
export function buildReport(ctx: AgentContext, state: AgentState): RunReport {
  const id = state.conversationId;
  const messages = ctx.conversations.messages(id);
  const lastCustomer = messages.findLastIndex((m) => m.role === 'customer');
  // The satisfaction question that follows a resolution is not the agent's answer.
  const agentReplies = messages
    .slice(lastCustomer + 1)
    .filter((m) => m.role === 'agent' && m.text !== csatQuestion());
  const escalation = state.mode === 'agent' ? null : (ctx.escalations.open(id) ?? null);
  return {
    conversationId: id,
    customerId: state.customer?.id ?? null,
    intent: state.intent,
    confidence: state.confidence,
    outcome: state.mode === 'agent' ? (state.outcome ?? 'replied') : 'escalated',
    reply: agentReplies.at(-1)?.text ?? null,
    actions: ctx.actions.byConversation(id).map((a) => ({
      id: a.id,
      tool: a.tool,
      args: a.approvedArgs ?? a.proposedArgs,
      // 'approved' lasts only while an approved action executes; to a reader it is still pending.
      status: a.status === 'approved' ? 'pending_approval' : a.status,
      result: a.status === 'failed' ? a.error : a.result,
      proposedArgs: a.proposedArgs,
      rationale: a.rationale,
      confidence: a.confidence,
      rule: a.rule,
      rejectReason: a.rejectReason,
    })),
    escalation: escalation && { reasons: escalation.reasons, briefing: escalation.briefing },
    steps: ctx.steps.byConversation(id),
  };
}
