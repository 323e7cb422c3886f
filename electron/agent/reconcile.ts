import { isToolName } from '../../shared/tools';
import type { Action } from '../../shared/agent';
import type { AgentContext } from './agent-context';
import { execute } from './loop';
import { observe } from './observe';
import { recordStep } from './record';
import type { AgentState } from './state';

const executor = (action: Action) =>
  action.decidedBy === null
    ? ({ actor: 'agent', effect: 'allow', rule: action.rule } as const)
    : ({ actor: 'rep', effect: 'approved', rule: action.rule } as const);

/**
 * After a crash, brings a conversation's state level with its actions before the run goes on: an
 * approved action that never ran runs now (its id is its idempotency key, so a second execution is a
 * replay), and what an action did that the state never observed is observed from its record. The
 * loop then continues from what really happened, and never decides an existing action anew.
 */
export async function reconcile(ctx: AgentContext, start: AgentState): Promise<AgentState> {
  let state = start;
  const observed = new Set(start.done.map((d) => d.actionId).filter(Boolean));
  for (const action of ctx.actions.byConversation(start.conversationId)) {
    if (observed.has(action.id) || !isToolName(action.tool)) continue;
    const wasPending = state.pendingActionId === action.id;
    // Only this turn's actions, or the one the state still waits on, can be missing from it.
    if (!wasPending && (action.turn === null || action.turn !== state.turn)) continue;
    // A rep's decision starts a run of its own (as approve and reject do), with its own reply.
    const settled = wasPending
      ? {
          ...state,
          pendingActionId: null,
          pendingTool: null,
          runKey: `${action.status === 'rejected' ? 'rejection' : 'approval'}:${action.id}`,
        }
      : state;
    const args = action.approvedArgs ?? action.proposedArgs;
    switch (action.status) {
      case 'approved':
        state = await execute(ctx, settled, action.id, action.tool, args, executor(action));
        break;
      case 'executed':
      case 'failed':
        state = observe(
          settled,
          action.tool,
          args,
          action.status === 'executed'
            ? { ok: true, value: action.result }
            : { ok: false, error: action.error ?? { code: 'internal', message: 'failed' } },
          action.id,
        );
        recordStep(ctx, state.conversationId, 'observe', `${state.done.at(-1)!.summary} (recovered)`, {
          actionId: action.id,
          recovered: true,
        });
        break;
      case 'rejected':
        if (wasPending)
          state = {
            ...settled,
            refusals: [
              ...settled.refusals,
              { tool: action.tool, by: 'rep', reason: action.rejectReason ?? 'rejected' },
            ],
          };
        break;
      case 'pending_approval':
        if (state.pendingActionId === null)
          state = { ...state, pendingActionId: action.id, pendingTool: action.tool };
        break;
      case 'denied':
        if (!state.refusals.some((r) => r.tool === action.tool && r.by === 'policy'))
          state = {
            ...state,
            refusals: [
              ...state.refusals,
              { tool: action.tool, by: 'policy', reason: `not allowed by policy rule ${action.rule}` },
            ],
          };
        break;
    }
  }
  return state;
}
