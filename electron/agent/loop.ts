import { randomUUID } from 'node:crypto';
import { redactedForModel } from '../../shared/privacy';
import { tools } from '../../shared/tools';
import type { Action } from '../../shared/agent';
import { stableJson } from '../tools/stable-json';
import type { AgentContext } from './agent-context';
import type { Decision } from './decision';
import { nextRequest } from './agenda';
import { describeAction } from './describe-action';
import { escalate } from './escalate';
import { gateDecision, type CreditFacts } from './gate';
import { observe } from './observe';
import { principalFor } from './principal-for';
import { replies } from './reasoners/offline/replies';
import { announceAction, postMessage, recordStep, saveState, setStatus } from './record';
import type { ReasonerInput } from './reasoners/reasoner';
import type { AgentState } from './state';

type ToolDecision = Extract<Decision, { kind: 'tool' }>;

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

    if (decision.kind === 'tool' && tools[decision.tool].risk === 'money') {
      // Limits are counted from the payment records: one money decision per customer at a time, so
      // two conversations of one customer cannot both spend the same allowance.
      const customer = moneyCustomer(decision, state);
      const step = await ctx.moneyLock.run(`money:${customer}`, () => gateAndAct(ctx, state, decision));
      if (step.ended) return step.state;
      state = step.state;
      continue;
    }
    const step = await gateAndAct(ctx, state, decision);
    if (step.ended) return step.state;
    state = step.state;
  }
  return state;
}

const moneyCustomer = (decision: ToolDecision, state: AgentState) =>
  typeof decision.args.customerId === 'string'
    ? decision.args.customerId
    : (state.verifiedCustomerId ?? state.conversationId);

/** Gates one decision and carries it out; `ended` when the run is over (a message, or a handoff). */
async function gateAndAct(
  ctx: AgentContext,
  state: AgentState,
  decision: Decision,
): Promise<{ state: AgentState; ended: boolean }> {
  const policy = ctx.policy();
  const credits = await creditFacts(ctx, decision);
  const gate = gateDecision(decision, state, policy, credits);
  const grounds = gate.grounds?.length ? `: ${gate.grounds.join('; ')}` : '';
  recordStep(ctx, state.conversationId, 'gate', `${gate.verdict} (rule ${gate.rule})${grounds}`, { ...gate });

  if (gate.verdict === 'escalate')
    return { state: escalate(ctx, state, gate.reasons, gate.rule), ended: true };
  if (gate.verdict === 'clarify') return ask(ctx, state, decision);
  if (gate.verdict === 'skip' && decision.kind === 'tool') {
    const next: AgentState = {
      ...state,
      refusals: [
        ...state.refusals,
        { tool: decision.tool, by: 'policy', reason: `left out (rule ${gate.rule})` },
      ],
    };
    saveState(ctx, next);
    return { state: next, ended: false };
  }
  if (decision.kind === 'escalate')
    return { state: escalate(ctx, state, decision.reasons, gate.rule), ended: true };
  if (decision.kind !== 'tool') return speak(ctx, state, decision);

  const repeated = repeatOf(ctx, state, decision);
  if (repeated) return answerFromRecord(ctx, state, decision, repeated);

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
    turn: state.turn,
  };
  if (gate.verdict === 'deny') {
    ctx.actions.create({ ...base, status: 'denied' });
    announceAction(ctx, actionId);
    const next: AgentState = {
      ...state,
      refusals: [
        ...state.refusals,
        { tool: decision.tool, by: 'policy', reason: `not allowed by policy rule ${gate.rule}` },
      ],
    };
    saveState(ctx, next);
    return { state: next, ended: false };
  }
  if (gate.verdict === 'approve') {
    ctx.actions.create({ ...base, status: 'pending_approval' });
    announceAction(ctx, actionId);
    const next: AgentState = { ...state, pendingActionId: actionId, pendingTool: decision.tool };
    saveState(ctx, next);
    setStatus(ctx, state.conversationId, 'needs_approval');
    return { state: next, ended: false };
  }
  ctx.actions.create({ ...base, status: 'approved' });
  const next = await execute(ctx, state, actionId, decision.tool, decision.args, {
    actor: 'agent',
    effect: 'allow',
    rule: gate.rule,
  });
  return { state: next, ended: false };
}

/** Identical calls may run twice in a turn (a retry after a change); a third is answered from the record. */
const maxIdenticalCalls = 2;

/** The last of the identical calls already run this turn, when there were `maxIdenticalCalls` of them. */
function repeatOf(ctx: AgentContext, state: AgentState, decision: ToolDecision): Action | undefined {
  const args = stableJson(decision.args);
  const same = ctx.actions
    .byConversation(state.conversationId)
    .filter(
      (a) =>
        a.turn === state.turn &&
        a.tool === decision.tool &&
        (a.status === 'executed' || a.status === 'failed') &&
        stableJson(a.approvedArgs ?? a.proposedArgs) === args,
    );
  return same.length >= maxIdenticalCalls ? same.at(-1) : undefined;
}

/**
 * A call already run twice this turn is not run again: the reasoner gets the recorded answer and must
 * use what it has. A reasoner that still asks again cannot get further: a rep takes over, told why.
 */
function answerFromRecord(
  ctx: AgentContext,
  state: AgentState,
  decision: ToolDecision,
  recorded: Action,
): { state: AgentState; ended: boolean } {
  if (state.repeatsThisTurn >= 1)
    return { state: escalate(ctx, state, ['no_progress'], 'repeated-identical-call'), ended: true };
  const outcome =
    recorded.status === 'executed'
      ? { ok: true as const, value: recorded.result }
      : { ok: false as const, error: recorded.error ?? { code: 'internal' as const, message: 'failed' } };
  const next = observe(
    { ...state, repeatsThisTurn: state.repeatsThisTurn + 1 },
    decision.tool,
    decision.args,
    outcome,
  );
  recordStep(
    ctx,
    state.conversationId,
    'observe',
    `${decision.tool} already ran twice: its recorded result`,
    {
      actionId: recorded.id,
      repeated: true,
    },
  );
  saveState(ctx, next);
  return { state: next, ended: false };
}

/** Every credit the customer of a money call received, read from the payment system for the gate. */
async function creditFacts(ctx: AgentContext, decision: Decision): Promise<CreditFacts | undefined> {
  if (decision.kind !== 'tool' || tools[decision.tool].risk !== 'money') return undefined;
  const customerId = decision.args.customerId;
  if (typeof customerId !== 'string') return undefined;
  const records = await ctx.executor.creditHistory(customerId);
  return records ? { customerId, records, asOf: ctx.now() } : undefined;
}

/** Runs an allowed or approved action through the tool bridge and folds the result into the state. */
export async function execute(
  ctx: AgentContext,
  state: AgentState,
  actionId: string,
  tool: ToolDecision['tool'],
  args: Record<string, unknown>,
  by: { actor: 'agent' | 'rep'; effect: 'allow' | 'approved'; rule: string },
): Promise<AgentState> {
  recordStep(ctx, state.conversationId, 'act', `${tool}`, { actionId, tool, args });
  const outcome = await ctx.executor.execute({
    tool,
    args,
    actor: by.actor,
    principal: principalFor(ctx, state.conversationId, by.actor),
    decision: { effect: by.effect, rule: by.rule, actionId },
    idempotencyKey: actionId,
    conversationId: state.conversationId,
  });
  ctx.actions.finish(actionId, outcome, ctx.now().toISOString());
  announceAction(ctx, actionId);
  const next = observe(state, tool, args, outcome, actionId);
  recordStep(ctx, state.conversationId, 'observe', next.done.at(-1)!.summary, {
    actionId,
    ok: outcome.ok,
    ...(outcome.ok ? { result: outcome.value } : { error: outcome.error }),
  });
  saveState(ctx, next);
  return next;
}

type Said = { text: string; kind: 'reply' | 'clarify' | 'resolve' };

/**
 * Answers the request under way. With more requests of the message left, the answer waits and the loop
 * goes on to the next; the last one sends every answer in one message, ending as its weakest part.
 */
function answer(
  ctx: AgentContext,
  state: AgentState,
  said: Said,
  awaitingConfirmation: AgentState['awaitingConfirmation'],
): { state: AgentState; ended: boolean } {
  const following = nextRequest(state, said.text, said.kind);
  if (following) {
    saveState(ctx, following);
    return { state: following, ended: false };
  }
  const parts = [...state.answered, said];
  postMessage(ctx, state.conversationId, 'agent', parts.map((p) => p.text).join('\n\n'), state.runKey);
  // While an action waits for a rep, the conversation is not over, whatever the reply says.
  const outcome = state.pendingActionId
    ? 'awaiting_approval'
    : parts.some((p) => p.kind === 'clarify')
      ? 'clarifying'
      : parts.every((p) => p.kind === 'resolve')
        ? 'resolved'
        : 'replied';
  const next: AgentState = { ...state, outcome, awaitingConfirmation };
  saveState(ctx, next);
  setStatus(
    ctx,
    state.conversationId,
    state.pendingActionId ? 'needs_approval' : outcome === 'resolved' ? 'resolved' : 'agent_handling',
  );
  return { state: next, ended: true };
}

const speak = (
  ctx: AgentContext,
  state: AgentState,
  decision: Extract<Decision, { kind: 'reply' | 'clarify' | 'resolve' }>,
) => answer(ctx, state, { text: decision.text, kind: decision.kind }, null);

/** Below the act threshold the agent confirms a change, or asks what is meant, instead of acting. */
function ask(ctx: AgentContext, state: AgentState, decision: Decision) {
  const confirmable = decision.kind === 'tool' && tools[decision.tool].risk !== 'read';
  const question = confirmable
    ? replies.confirm(decision.confirmFirst ?? describeAction(decision.tool, decision.args))
    : decision.kind === 'clarify'
      ? decision.text
      : replies.unclear();
  return answer(
    ctx,
    state,
    { text: question, kind: 'clarify' },
    confirmable ? { tool: decision.tool, args: decision.args } : null,
  );
}

function reasonerInput(ctx: AgentContext, state: AgentState): ReasonerInput {
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
