import { randomUUID } from 'node:crypto';
import type { Action, ActionStatus } from '../../shared/agent';
import type { ToolName } from '../../shared/tools';
import type { AgentContext } from '../agent/agent-context';
import { announceAction, postMessage, recordStep, saveState, setStatus } from '../agent/record';
import { initialState } from '../agent/state';

/** How an MCP client appears in the queue: "<client name> (MCP)". */
export const queueCustomerName = (client: string): string => `${client} (MCP)`;

/**
 * Queues an MCP client's call for a rep: a conversation of channel `mcp` with a message saying who
 * asked for what, an agent state in `with_rep` mode (so approving runs the action and no agent loop),
 * and the action pending approval. Approving it (AgentService.approve) executes it once, as a rep with
 * no customer scope (see principalFor). Synchronous: call it inside the transaction that claims the
 * client's idempotency key.
 */
export function queueForApproval(
  ctx: AgentContext,
  request: { client: string; tool: ToolName; args: Record<string, unknown>; rule: string },
): Action {
  const at = ctx.now().toISOString();
  const conversationId = randomUUID();
  const actionId = randomUUID();
  ctx.conversations.create({
    id: conversationId,
    customer: queueCustomerName(request.client),
    channel: 'mcp',
    at,
  });
  postMessage(
    ctx,
    conversationId,
    'rep',
    `The MCP client "${request.client}" asks to run ${request.tool} with ${JSON.stringify(request.args)}.`,
    `mcp:${actionId}`,
  );
  saveState(ctx, {
    ...initialState(conversationId, queueCustomerName(request.client)),
    mode: 'with_rep',
    runKey: `mcp:${actionId}`,
    pendingActionId: actionId,
    pendingTool: request.tool,
    outcome: 'awaiting_approval',
  });
  ctx.actions.create({
    id: actionId,
    conversationId,
    tool: request.tool,
    status: 'pending_approval',
    proposedArgs: request.args,
    rationale: `Requested by the MCP client "${request.client}"; the policy asks a rep to approve it.`,
    confidence: 1,
    rule: request.rule,
    at,
    turn: 0,
  });
  recordStep(ctx, conversationId, 'gate', `approve (rule ${request.rule})`, {
    verdict: 'approve',
    rule: request.rule,
    actionId,
    tool: request.tool,
    client: request.client,
  });
  setStatus(ctx, conversationId, 'needs_approval');
  announceAction(ctx, actionId);
  return ctx.actions.get(actionId)!;
}

const settled = new Set<ActionStatus>(['executed', 'failed', 'rejected']);

/**
 * Once a rep has decided an MCP client's action and it has run (or failed, or was rejected), its
 * conversation leaves the queue's "needs approval" and is resolved: nobody answers an MCP client in
 * the conversation; the client reads the outcome with `actions_get`. Installed by createApp, so it
 * holds in whichever process the rep approves in.
 */
export function settleMcpRequests(ctx: AgentContext): () => void {
  return ctx.bus.subscribe((event, payload) => {
    if (event !== 'action.updated') return;
    const action = payload as Action;
    if (!settled.has(action.status)) return;
    const conversation = ctx.conversations.get(action.conversationId);
    if (conversation?.channel !== 'mcp' || conversation.status === 'resolved') return;
    setStatus(ctx, action.conversationId, 'resolved');
  });
}
