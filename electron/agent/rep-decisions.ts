import type { Action } from '../../shared/agent';
import { fail, fromZodError, ok, type Result } from '../../shared/result';
import { isToolName, type CatalogToolName } from '../../shared/tools';
import { evaluateToolPolicy } from '../policy/evaluate-tool';
import type { AgentContext } from './agent-context';
import { execute } from './loop';
import { announceAction, recordStep } from './record';
import { resume } from './runs';

/** Approves a pending action, with the fields a rep edited, and executes it exactly once. */
export async function approveAction(
  ctx: AgentContext,
  actionId: string,
  editedArgs: Record<string, unknown> | undefined,
  by: string,
): Promise<Result<Action>> {
  const current = ctx.actions.get(actionId)!;
  if (current.status !== 'pending_approval')
    return fail('conflict', `Action ${actionId} is already ${current.status}; nothing was done.`, 'actionId');
  const tool = current.tool;
  // An MCP tool whose server went away, or that a rep no longer allows, cannot be approved.
  const spec = ctx.executor.describe(tool);
  if (!spec) return fail('unavailable', `${tool} is not available now; nothing was done.`, 'actionId');
  // Edits name the fields they change; the rest of the proposal stands.
  const parsed = spec.input.parse({ ...current.proposedArgs, ...editedArgs });
  if (!parsed.success) return { ok: false, error: fromZodError(parsed.error, 'args') };
  const args = parsed.data as Record<string, unknown>;
  const state = ctx.states.load(current.conversationId)!;
  // Edited arguments are checked again: a rep cannot approve what the policy forbids outright.
  const verdict = isToolName(tool) ? evaluateToolPolicy(ctx.policy(), tool, args, {}) : undefined;
  if (verdict?.effect === 'deny')
    return fail('forbidden', `The policy does not allow this ${tool} (rule ${verdict.rule}).`, 'args');
  if (!ctx.actions.approve(actionId, args, by, ctx.now().toISOString())) {
    return fail('conflict', `Action ${actionId} was decided meanwhile; nothing was done.`, 'actionId');
  }
  announceAction(ctx, actionId);
  recordStep(
    ctx,
    current.conversationId,
    'approval',
    `${by} approved ${current.tool}${editedArgs ? ' (edited)' : ''}`,
    { actionId, args, edited: editedArgs !== undefined },
  );
  const executed = await execute(
    ctx,
    { ...state, pendingActionId: null, pendingTool: null, runKey: `approval:${actionId}` },
    actionId,
    tool as CatalogToolName,
    args,
    { actor: 'rep', effect: 'approved', rule: current.rule },
  );
  await resume(ctx, executed);
  return ok(ctx.actions.get(actionId)!);
}

/** Rejects a pending action; the reason goes back to the reasoner, which tells the customer. */
export async function rejectAction(
  ctx: AgentContext,
  action: Action,
  reason: string,
  by: string,
): Promise<Result<Action>> {
  const actionId = action.id;
  if (!ctx.actions.reject(actionId, reason, by, ctx.now().toISOString())) {
    return fail(
      'conflict',
      `Action ${actionId} is already ${ctx.actions.get(actionId)!.status}; nothing was done.`,
      'actionId',
    );
  }
  announceAction(ctx, actionId);
  recordStep(ctx, action.conversationId, 'approval', `${by} rejected ${action.tool}: ${reason}`, {
    actionId,
    reason,
  });
  const state = ctx.states.load(action.conversationId)!;
  await resume(ctx, {
    ...state,
    pendingActionId: null,
    pendingTool: null,
    runKey: `rejection:${actionId}`,
    refusals: [...state.refusals, { tool: action.tool, by: 'rep', reason }],
  });
  return ok(ctx.actions.get(actionId)!);
}
