import type { Action, RunReport } from '../../shared/agent';
import { fail, ok, type Result } from '../../shared/result';
import { KeyedLock } from '../services/keyed-lock';
import type { AgentContext } from './agent-context';
import { handleCustomerMessage } from './customer-turn';
import { openTask, runTask } from './delegated-task';
import { handBack, sendRepMessage, takeOver } from './handoff';
import { IdentityGuard } from './identity/identity-guard';
import { approveAction, rejectAction } from './rep-decisions';
import { continueInterrupted, interruptedConversations, unperceivedMessages } from './runs';
import { buildReport } from './run-report';

const noAction = (actionId: string) => fail('not_found', `No action with id ${actionId}.`, 'actionId');

/** The agent's entry points: a customer message, a rep's approval or rejection, take over and hand back. */
export class AgentService {
  /** One run at a time per conversation: a second event waits for the first to finish. */
  private readonly running = new KeyedLock();
  private readonly identity: IdentityGuard;

  constructor(private readonly ctx: AgentContext) {
    this.identity = new IdentityGuard(ctx);
  }

  /** Perceive a customer message that is already stored, then run the loop (unless a human has it). */
  handleCustomerMessage(conversationId: string, message: { id: string; text: string }): Promise<RunReport> {
    return this.serialized(conversationId, () =>
      handleCustomerMessage(this.ctx, this.identity, conversationId, message),
    );
  }

  /**
   * A rep delegates a renewal-desk task about an account ("pull usage data", "generate the renewal
   * quote", "schedule the renewal call", "send the follow-up email"): it runs through the same loop,
   * policy and approvals, as a conversation of channel 'task' in the queue.
   */
  async delegate(accountId: string, task: string): Promise<Result<RunReport>> {
    const opened = await openTask(this.ctx, accountId, task);
    if (!opened.ok) return opened;
    return this.serialized(opened.value.start.conversationId, () => runTask(this.ctx, opened.value));
  }

  /** Approve a pending action, optionally with edited arguments (the fields to change); executes it exactly once. */
  approve(
    actionId: string,
    editedArgs: Record<string, unknown> | undefined,
    by = 'rep',
  ): Promise<Result<Action>> {
    const action = this.ctx.actions.get(actionId);
    if (!action) return Promise.resolve(noAction(actionId));
    return this.serialized(action.conversationId, () => approveAction(this.ctx, actionId, editedArgs, by));
  }

  /** Reject a pending action; the reason goes back to the reasoner, which tells the customer. */
  reject(actionId: string, reason: string, by = 'rep'): Promise<Result<Action>> {
    const action = this.ctx.actions.get(actionId);
    if (!action) return Promise.resolve(noAction(actionId));
    if (reason.trim() === '')
      return Promise.resolve(fail('bad_request', 'Give a reason: the agent passes it on.', 'reason'));
    return this.serialized(action.conversationId, () => rejectAction(this.ctx, action, reason.trim(), by));
  }

  /** A rep takes the conversation: from now on the agent sends nothing on it. */
  takeOver(conversationId: string): Result<null> {
    return takeOver(this.ctx, conversationId);
  }

  /** The rep writes to the customer; only possible while the rep has the conversation. */
  sendRepMessage(conversationId: string, text: string): Result<null> {
    return sendRepMessage(this.ctx, conversationId, text);
  }

  /** The rep hands the conversation back; the agent answers the customer's next message. */
  handBack(conversationId: string): Result<null> {
    return handBack(this.ctx, conversationId);
  }

  report(conversationId: string): Result<RunReport> {
    const state = this.ctx.states.load(conversationId);
    if (!state) return fail('not_found', `No conversation with id ${conversationId}.`, 'conversationId');
    return ok(buildReport(this.ctx, state));
  }

  /**
   * After a restart, every conversation continues from what really happened: actions approved but not
   * run, run but not observed, or decided by a rep while the run was cut short are settled first
   * (see reconcile), then the interrupted run goes on; customer messages stored but never perceived
   * (a crash right after they arrived) are handled in order.
   */
  async resumeInterrupted(): Promise<void> {
    for (const conversationId of interruptedConversations(this.ctx)) {
      await this.serialized(conversationId, () => continueInterrupted(this.ctx, conversationId));
    }
    for (const conversationId of this.ctx.conversations.endingWithCustomer()) {
      for (const message of unperceivedMessages(this.ctx, conversationId))
        await this.handleCustomerMessage(conversationId, message);
    }
  }

  private serialized<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    return this.running.run(conversationId, work);
  }
}
