import { randomUUID } from 'node:crypto';
import { isToolName, tools, type CatalogToolName } from '../../shared/tools';
import type { Action } from '../../shared/agent';
import { stableJson } from '../tools/stable-json';
import type { AgentContext } from './agent-context';
import { ask, speak } from './answer';
import type { Decision } from './decision';
import { escalate } from './escalate';
import { gateDecision, type CreditFacts } from './gate';
import { observe } from './observe';
import { principalFor } from './principal-for';
import { reasonerInput } from './reasoner-input';
import { announceAction, recordStep, saveState, setStatus } from './record';
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

    if (decision.kind === 'tool' && isMoney(decision.tool)) {
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

/** Money moves only through built-in tools; an MCP tool is read or write. */
const isMoney = (tool: CatalogToolName) => isToolName(tool) && tools[tool].risk === 'money';

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
  // An MCP tool's risk is the rep's choice in Settings, never the reasoner's.
  const risk = decision.kind === 'tool' ? (ctx.executor.describe(decision.tool)?.risk ?? 'write') : undefined;
  const gate = gateDecision(decision, state, policy, credits, risk);
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
  if (decision.kind !== 'tool' || !isMoney(decision.tool)) return undefined;
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
