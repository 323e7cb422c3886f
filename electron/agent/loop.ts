import { randomUUID } from 'node:crypto';
import { tools } from '../../shared/tools';
import type { AgentContext } from './agent-context';
import type { Decision } from './decision';
import { describeAction } from './describe-action';
import { escalate } from './escalate';
import { gateDecision } from './gate';
import { observe } from './observe';
import { replies } from './reasoners/offline/replies';
import { announceAction, postMessage, recordStep, saveState, setStatus } from './record';
import type { ReasonerInput } from './reasoners/reasoner';
import type { AgentState } from './state';

/**
 * reason → gate → act → observe, repeated until the agent replies, asks, resolves, escalates or
 * runs out of its step budget. State is saved after every step, so a restart resumes from the last one.
 */
export async function runLoop(ctx: AgentContext, start: AgentState): Promise<AgentState> {
  let state = start;
  while (state.mode === 'agent') {
    state = { ...state, stepsThisTurn: state.stepsThisTurn + 1 };
    let decision: Decision;
    try {
      decision = await ctx.reasoner().decide(reasonerInput(ctx, state));
    } catch (error) {
      recordStep(ctx, state.conversationId, 'reason', 'The reasoner failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return escalate(
        ctx,
        { ...state, toolFailures: state.toolFailures + 1 },
        ['tool_failure'],
        'reasoner-failure',
      );
    }
    recordStep(ctx, state.conversationId, 'reason', describeDecision(decision), {
      decision,
      confidence: decision.confidence,
      rationale: decision.rationale,
    });

    const policy = ctx.policy();
    const gate = gateDecision(decision, state, policy);
    recordStep(ctx, state.conversationId, 'gate', `${gate.verdict} (rule ${gate.rule})`, { ...gate });

    if (gate.verdict === 'escalate') return escalate(ctx, state, gate.reasons, gate.rule);
    if (gate.verdict === 'clarify') return ask(ctx, state, decision);
    if (decision.kind === 'escalate') return escalate(ctx, state, decision.reasons, gate.rule);
    if (decision.kind !== 'tool') return speak(ctx, state, decision);

    const actionId = randomUUID();
    const base = {
      id: actionId,
      conversationId: state.conversationId,
      tool: decision.tool,
      proposedArgs: decision.args,
      rationale: decision.rationale,
      confidence: decision.confidence,
      rule: gate.rule,
      at: ctx.now().toISOString(),
    };
    if (gate.verdict === 'deny') {
      ctx.actions.create({ ...base, status: 'denied' });
      announceAction(ctx, actionId);
      state = {
        ...state,
        refusals: [
          ...state.refusals,
          { tool: decision.tool, by: 'policy', reason: `not allowed by policy rule ${gate.rule}` },
        ],
      };
      saveState(ctx, state);
      continue;
    }
    if (gate.verdict === 'approve') {
      ctx.actions.create({ ...base, status: 'pending_approval' });
      announceAction(ctx, actionId);
      state = { ...state, pendingActionId: actionId, pendingTool: decision.tool };
      saveState(ctx, state);
      setStatus(ctx, state.conversationId, 'needs_approval');
      continue;
    }
    ctx.actions.create({ ...base, status: 'approved' });
    state = await execute(ctx, state, actionId, decision.tool, decision.args, {
      actor: 'agent',
      effect: 'allow',
      rule: gate.rule,
    });
  }
  return state;
}

/** Runs an allowed or approved action through the tool bridge and folds the result into the state. */
export async function execute(
  ctx: AgentContext,
  state: AgentState,
  actionId: string,
  tool: Extract<Decision, { kind: 'tool' }>['tool'],
  args: Record<string, unknown>,
  by: { actor: 'agent' | 'rep'; effect: 'allow' | 'approved'; rule: string },
): Promise<AgentState> {
  recordStep(ctx, state.conversationId, 'act', `${tool}`, { actionId, tool, args });
  const outcome = await ctx.executor.execute({
    tool,
    args,
    actor: by.actor,
    decision: { effect: by.effect, rule: by.rule, actionId },
    idempotencyKey: actionId,
    conversationId: state.conversationId,
  });
  ctx.actions.finish(actionId, outcome, ctx.now().toISOString());
  announceAction(ctx, actionId);
  const next = observe(state, tool, args, outcome);
  recordStep(ctx, state.conversationId, 'observe', next.done.at(-1)!.summary, {
    actionId,
    ok: outcome.ok,
    ...(outcome.ok ? { result: outcome.value } : { error: outcome.error }),
  });
  saveState(ctx, next);
  return next;
}

function speak(
  ctx: AgentContext,
  state: AgentState,
  decision: Extract<Decision, { kind: 'reply' | 'clarify' | 'resolve' }>,
): AgentState {
  postMessage(ctx, state.conversationId, 'agent', decision.text);
  // While an action waits for a rep, the conversation is not over, whatever the reply says.
  const outcome = state.pendingActionId
    ? 'awaiting_approval'
    : decision.kind === 'resolve'
      ? 'resolved'
      : decision.kind === 'clarify'
        ? 'clarifying'
        : 'replied';
  const next: AgentState = { ...state, outcome, awaitingConfirmation: null };
  saveState(ctx, next);
  setStatus(
    ctx,
    state.conversationId,
    state.pendingActionId ? 'needs_approval' : decision.kind === 'resolve' ? 'resolved' : 'agent_handling',
  );
  return next;
}

/** Below the act threshold the agent confirms a change, or asks what is meant, instead of acting. */
function ask(ctx: AgentContext, state: AgentState, decision: Decision): AgentState {
  const confirmable = decision.kind === 'tool' && tools[decision.tool].risk !== 'read';
  const question = confirmable
    ? replies.confirm(decision.confirmFirst ?? describeAction(decision.tool, decision.args))
    : decision.kind === 'clarify'
      ? decision.text
      : replies.unclear();
  postMessage(ctx, state.conversationId, 'agent', question);
  const next: AgentState = {
    ...state,
    outcome: 'clarifying',
    awaitingConfirmation: confirmable ? { tool: decision.tool, args: decision.args } : null,
  };
  saveState(ctx, next);
  setStatus(ctx, state.conversationId, state.pendingActionId ? 'needs_approval' : 'agent_handling');
  return next;
}

function reasonerInput(ctx: AgentContext, state: AgentState): ReasonerInput {
  const id = state.conversationId;
  return {
    state,
    now: ctx.now(),
    transcript: ctx.conversations.messages(id).map(({ role, text, at }) => ({ role, text, at })),
    observations: ctx.audit.list({ conversationId: id }).map((entry) => ({
      tool: entry.tool,
      args: entry.args,
      ok: entry.status !== 'error',
      result: entry.error ?? entry.result,
      at: entry.at,
    })),
    onReplyDelta: (text) => ctx.bus.emit('agent.draft', { conversationId: id, text }),
  };
}

function describeDecision(decision: Decision): string {
  switch (decision.kind) {
    case 'tool':
      return `Call ${decision.tool}`;
    case 'escalate':
      return `Escalate (${decision.reasons.join(', ')})`;
    default:
      return `${decision.kind[0]!.toUpperCase()}${decision.kind.slice(1)}: ${decision.text.slice(0, 80)}`;
  }
}
