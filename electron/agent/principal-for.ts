import type { Principal } from '../tools/principal';
import type { AgentContext } from './agent-context';

/**
 * The principal of a call the loop makes in a conversation, from the conversation record (never from
 * the agent's state, which a reasoner's decisions shape): its channel's verified customer, or the
 * account's customer for a delegated task; a rep's approval carries that customer along.
 */
export function principalFor(ctx: AgentContext, conversationId: string, actor: 'agent' | 'rep'): Principal {
  const customerId = ctx.conversations.verifiedCustomer(conversationId)?.customerId ?? null;
  const channel = ctx.conversations.get(conversationId)?.channel;
  // An MCP client's request is an operator's, not a customer's: its approval reaches any record.
  if (actor === 'rep') return channel === 'mcp' ? { kind: 'rep' } : { kind: 'rep', customerId };
  return channel === 'task' && customerId !== null
    ? { kind: 'task', customerId }
    : { kind: 'customer', customerId };
}
