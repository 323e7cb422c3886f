import { ActionsRepo } from '../agent/store/actions-repo';
import { EscalationsRepo } from '../agent/store/escalations-repo';
import { StepsRepo } from '../agent/store/steps-repo';
import { CsatRepo } from '../outcomes/csat-repo';
import { ConversationsRepo } from '../store/conversations-repo';
import type { Database } from '../store/database';
import type { SampleAction, SampleConversation } from './sample-history';

const briefingOf = (conversation: SampleConversation, customerName: string) => ({
  summary: `Sample conversation: ${conversation.messages[0]?.text ?? ''}`,
  customer: null,
  history: [],
  sentiment: {
    score: conversation.sentiment,
    label:
      conversation.sentiment < -0.3
        ? ('negative' as const)
        : conversation.sentiment > 0.3
          ? ('positive' as const)
          : ('neutral' as const),
  },
  intent: conversation.intent,
  actionsTaken: [],
  pendingActions: [],
  suggestedNextStep: `Read ${customerName}'s message and answer in person.`,
  draftReply: 'Hi, thanks for your patience: I am looking into this now.',
});

/**
 * Writes the history through the repositories the live app uses, in one transaction: each
 * conversation marked as sample data and resolved, with its messages, step, action, escalation and CSAT.
 */
export function writeSampleHistory(db: Database, history: readonly SampleConversation[]): number {
  const conversations = new ConversationsRepo(db);
  const actions = new ActionsRepo(db);
  const escalations = new EscalationsRepo(db);
  const steps = new StepsRepo(db);
  const csat = new CsatRepo(db);
  db.transaction(() => {
    for (const c of history) {
      conversations.create({ id: c.id, customer: c.customer, channel: c.channel, at: c.createdAt });
      conversations.markSample(c.id);
      conversations.setInsights(c.id, { intent: c.intent, sentiment: c.sentiment, customerId: c.customerId });
      c.messages.forEach((message, index) =>
        conversations.addMessage({ id: `${c.id}-m${index + 1}`, conversationId: c.id, ...message }),
      );
      if (c.escalation) {
        escalations.add(
          c.id,
          { reasons: c.escalation.reasons, briefing: briefingOf(c, c.customer) },
          c.escalation.at,
        );
        const taken = c.messages.find((message) => message.role === 'rep');
        if (taken) escalations.markTakenOver(c.id, taken.at);
        steps.append({
          conversationId: c.id,
          at: c.escalation.at,
          kind: 'escalate',
          summary: `escalated: ${c.escalation.reasons.join(', ')}`,
          data: { reasons: c.escalation.reasons, sample: true },
        });
      }
      if (c.action) writeAction(actions, steps, c.id, c.action);
      const last = c.messages.at(-1)!;
      conversations.setStatus(c.id, 'resolved', last.at);
      if (c.csat) csat.upsert(c.id, c.csat);
    }
  })();
  return history.length;
}

function writeAction(actions: ActionsRepo, steps: StepsRepo, conversationId: string, action: SampleAction) {
  const id = `${conversationId}-a1`;
  actions.create({
    id,
    conversationId,
    tool: action.tool,
    status: action.decision === 'auto' ? 'approved' : 'pending_approval',
    proposedArgs: action.proposedArgs,
    rationale: 'Sample data: what the agent proposed.',
    confidence: 0.9,
    rule: action.rule,
    at: action.createdAt,
    turn: 1,
  });
  steps.append({
    conversationId,
    at: action.createdAt,
    kind: 'gate',
    summary: `${action.tool} needs a rep's approval`,
    data: { tool: action.tool, rule: action.rule, sample: true },
  });
  const decidedAt = action.decidedAt ?? action.createdAt;
  if (action.decision === 'rejected') {
    actions.reject(id, action.rejectReason ?? 'Not this time', 'rep', decidedAt);
  } else {
    if (action.decision === 'approved')
      actions.approve(id, action.approvedArgs ?? action.proposedArgs, 'rep', decidedAt);
    actions.finish(id, { ok: true, value: { sample: true } }, decidedAt);
  }
  steps.append({
    conversationId,
    at: decidedAt,
    kind: 'approval',
    summary: `rep ${action.decision} ${action.tool}`,
    data: { tool: action.tool, decision: action.decision, sample: true },
  });
}
