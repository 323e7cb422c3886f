import { randomUUID } from 'node:crypto';
import type { RunReport } from '../../shared/agent';
import { fail, ok, type Result } from '../../shared/result';
import type { ToolOutput } from '../../shared/tools';
import type { AgentContext } from './agent-context';
import { perceiveMessage } from './customer-turn';
import { runLoop } from './loop';
import { observe } from './observe';
import { postMessage } from './record';
import { buildReport } from './run-report';
import { initialState, type AgentState } from './state';

/** A rep's task, posted to a conversation of its own, with the account it is about already read. */
export interface DelegatedTask {
  start: AgentState;
  message: { id: string; text: string };
}

/**
 * Opens a conversation of channel 'task' in the queue for a rep's renewal-desk task about an account
 * ("pull usage data", "generate the renewal quote", "schedule the renewal call").
 */
export async function openTask(
  ctx: AgentContext,
  accountId: string,
  task: string,
): Promise<Result<DelegatedTask>> {
  if (task.trim() === '') return fail('bad_request', 'Describe the task to delegate.', 'task');
  const args = { accountId };
  const found = await ctx.executor.execute({
    tool: 'accounts.get',
    args,
    actor: 'rep',
    principal: { kind: 'rep' },
    decision: { effect: 'rep', rule: 'delegated task' },
  });
  if (!found.ok) return { ok: false, error: { ...found.error, field: 'accountId' } };
  const { account } = found.value as ToolOutput<'accounts.get'>;
  const conversationId = randomUUID();
  ctx.conversations.create({
    id: conversationId,
    customer: account.name,
    channel: 'task',
    at: ctx.now().toISOString(),
  });
  // A delegated task acts for the account's customer: that is its channel's identity.
  ctx.conversations.verify(conversationId, account.customerId, 'channel');
  const message = { id: randomUUID(), text: task.trim() };
  postMessage(ctx, conversationId, 'rep', message.text, `task:${message.id}`);
  const start = observe(
    { ...initialState(conversationId, account.customerId), verifiedCustomerId: account.customerId },
    'accounts.get',
    args,
    found,
  );
  return ok({ start, message });
}

/** Runs a delegated task through the same loop, policy and approvals as a customer's message. */
export async function runTask(ctx: AgentContext, task: DelegatedTask): Promise<Result<RunReport>> {
  const { state } = await perceiveMessage(ctx, task.start, task.message);
  return ok(buildReport(ctx, await runLoop(ctx, state)));
}
