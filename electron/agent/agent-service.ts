import type { Action, RunReport } from '../../shared/agent';
import { fail, fromZodError, ok, type Result } from '../../shared/result';
import { randomUUID } from 'node:crypto';
import { isToolName, tools, type ToolOutput } from '../../shared/tools';
import { observe } from './observe';
import { statedPreferences } from '../memory/customer-memory';
import { csatQuestion, parseCsatReply } from '../outcomes/csat-question';
import { evaluateToolPolicy } from '../policy/evaluate-tool';
import type { AgentContext } from './agent-context';
import { withAgenda } from './agenda';
import { answersWithFacts, picksFromQuestion } from './answers-with-facts';
import { mergeClaims } from './claims';
import { isAffirmative } from './confirmation';
import { KeyedLock } from '../services/keyed-lock';
import { inboundTriggers } from './gate';
import { IdentityGuard } from './identity/identity-guard';
import { execute, runLoop } from './loop';
import type { Perception } from './perceive';
import { reconcile } from './reconcile';
import { repeatFromRecords, type RepeatOf } from './repeat-contact';
import { readChangeRequests } from './request/change-requests';
import {
  announceAction,
  announceConversation,
  postMessage,
  recordStep,
  saveState,
  setStatus,
} from './record';
import { buildReport } from './run-report';
import { OUT_OF_SCOPE } from './nlu/intent-model';
import { initialState, type AgentState } from './state';

// How many of the customer's messages the state keeps, for what they named earlier in the conversation.
const maxRemembered = 20;

/** A customer is remembered under what they gave (email or id) and, once known, their customer id. */
const memoryKeys = (state: AgentState): string[] => [
  ...new Set([state.customerRef.trim().toLowerCase(), ...(state.customer ? [state.customer.id] : [])]),
];

/** Intents that are an issue a customer can come back about (not greetings, questions or chit-chat). */
/** Readings that end or open a conversation rather than answer the agent's question ("thanks, that's all"). */
const closings = new Set(['thanks_goodbye', 'greeting', 'human_request']);

const issueIntents = new Set([
  'order_status',
  'delivery_delay',
  'cancel_order',
  'return_item',
  'exchange_item',
  'refund_request',
  'change_address',
  'account_access',
  'billing_question',
  'complaint',
]);

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
    return this.serialized(conversationId, async () => {
      const conversation = this.ctx.conversations.get(conversationId);
      if (!conversation) throw new Error(`No conversation ${conversationId}`);
      let state = this.ctx.states.load(conversationId) ?? initialState(conversationId, conversation.customer);
      // Perceived already (a restart picked it up while it was also being handled): nothing to add.
      if (state.handledMessageId && this.ctx.conversations.isAtOrBefore(message.id, state.handledMessageId))
        return buildReport(this.ctx, state);
      const text = message.text;
      // A bare 1–5 after the agent resolved is the answer to the CSAT question, not a new request.
      const score = conversation.status === 'resolved' ? parseCsatReply(text) : null;
      if (score !== null) {
        const recorded = this.ctx.outcomes.recordCsat(conversationId, score, 'customer');
        if (!recorded.ok) throw new Error(recorded.error.message);
        state = { ...state, handledMessageId: message.id };
        saveState(this.ctx, state);
        return buildReport(this.ctx, state);
      }
      // Who the customer is comes from the channel, once; a one-time code may bind another account later.
      const verified = await this.identity.bindChannel(conversationId, conversation.customer);
      const perceived = await this.perceive({ ...state, verifiedCustomerId: verified }, message);
      state = perceived.state;
      if (state.mode !== 'agent') {
        // A human has this conversation: the agent stays silent and only keeps its notes current.
        saveState(this.ctx, state);
        return buildReport(this.ctx, state);
      }
      const screened = await this.identity.screen(state, text, perceived.perception.entities);
      if (screened.kind === 'answered') return buildReport(this.ctx, screened.state);
      state = screened.state;
      if (conversation.status === 'resolved') setStatus(this.ctx, conversationId, 'agent_handling');
      const ended = await runLoop(this.ctx, state);
      this.remember(ended);
      // The report keeps the closing message as its reply; the CSAT question follows it.
      const report = buildReport(this.ctx, ended);
      this.askForCsat(ended);
      return report;
    });
  }

  /**
   * A rep delegates a renewal-desk task about an account ("pull usage data", "generate the renewal
   * quote", "schedule the renewal call", "send the follow-up email"): it runs through the same loop,
   * policy and approvals, as a conversation of channel 'task' in the queue.
   */
  async delegate(accountId: string, task: string): Promise<Result<RunReport>> {
    if (task.trim() === '') return fail('bad_request', 'Describe the task to delegate.', 'task');
    const args = { accountId };
    const found = await this.ctx.executor.execute({
      tool: 'accounts.get',
      args,
      actor: 'rep',
      principal: { kind: 'rep' },
      decision: { effect: 'rep', rule: 'delegated task' },
    });
    if (!found.ok) return { ok: false, error: { ...found.error, field: 'accountId' } };
    const { account } = found.value as ToolOutput<'accounts.get'>;
    const conversationId = randomUUID();
    this.ctx.conversations.create({
      id: conversationId,
      customer: account.name,
      channel: 'task',
      at: this.ctx.now().toISOString(),
    });
    // A delegated task acts for the account's customer: that is its channel's identity.
    this.ctx.conversations.verify(conversationId, account.customerId, 'channel');
    const messageId = randomUUID();
    postMessage(this.ctx, conversationId, 'rep', task.trim(), `task:${messageId}`);
    return this.serialized(conversationId, async () => {
      let state = observe(
        { ...initialState(conversationId, account.customerId), verifiedCustomerId: account.customerId },
        'accounts.get',
        args,
        found,
      );
      state = (await this.perceive(state, { id: messageId, text: task.trim() })).state;
      return ok(buildReport(this.ctx, await runLoop(this.ctx, state)));
    });
  }

  /** Approve a pending action, optionally with edited arguments (the fields to change); executes it exactly once. */
  approve(
    actionId: string,
    editedArgs: Record<string, unknown> | undefined,
    by = 'rep',
  ): Promise<Result<Action>> {
    const action = this.ctx.actions.get(actionId);
    if (!action) return Promise.resolve(fail('not_found', `No action with id ${actionId}.`, 'actionId'));
    return this.serialized(action.conversationId, async () => {
      const current = this.ctx.actions.get(actionId)!;
      if (current.status !== 'pending_approval')
        return fail(
          'conflict',
          `Action ${actionId} is already ${current.status}; nothing was done.`,
          'actionId',
        );
      if (!isToolName(current.tool))
        return fail('internal', `Action ${actionId} names an unknown tool ${current.tool}.`);
      // Edits name the fields they change; the rest of the proposal stands.
      const parsed = tools[current.tool].input.safeParse({ ...current.proposedArgs, ...editedArgs });
      if (!parsed.success) return { ok: false, error: fromZodError(parsed.error, 'args') };
      const args = parsed.data as Record<string, unknown>;
      let state = this.ctx.states.load(current.conversationId)!;
      // Edited arguments are checked again: a rep cannot approve what the policy forbids outright.
      const verdict = evaluateToolPolicy(this.ctx.policy(), current.tool, args, {});
      if (verdict.effect === 'deny')
        return fail(
          'forbidden',
          `The policy does not allow this ${current.tool} (rule ${verdict.rule}).`,
          'args',
        );
      if (!this.ctx.actions.approve(actionId, args, by, this.ctx.now().toISOString())) {
        return fail('conflict', `Action ${actionId} was decided meanwhile; nothing was done.`, 'actionId');
      }
      announceAction(this.ctx, actionId);
      recordStep(
        this.ctx,
        current.conversationId,
        'approval',
        `${by} approved ${current.tool}${editedArgs ? ' (edited)' : ''}`,
        { actionId, args, edited: editedArgs !== undefined },
      );
      state = await execute(
        this.ctx,
        { ...state, pendingActionId: null, pendingTool: null, runKey: `approval:${actionId}` },
        actionId,
        current.tool,
        args,
        {
          actor: 'rep',
          effect: 'approved',
          rule: current.rule,
        },
      );
      await this.resume(state);
      return ok(this.ctx.actions.get(actionId)!);
    });
  }

  /** Reject a pending action; the reason goes back to the reasoner, which tells the customer. */
  reject(actionId: string, reason: string, by = 'rep'): Promise<Result<Action>> {
    const action = this.ctx.actions.get(actionId);
    if (!action) return Promise.resolve(fail('not_found', `No action with id ${actionId}.`, 'actionId'));
    if (reason.trim() === '')
      return Promise.resolve(fail('bad_request', 'Give a reason: the agent passes it on.', 'reason'));
    return this.serialized(action.conversationId, async () => {
      if (!this.ctx.actions.reject(actionId, reason.trim(), by, this.ctx.now().toISOString())) {
        return fail(
          'conflict',
          `Action ${actionId} is already ${this.ctx.actions.get(actionId)!.status}; nothing was done.`,
          'actionId',
        );
      }
      announceAction(this.ctx, actionId);
      recordStep(
        this.ctx,
        action.conversationId,
        'approval',
        `${by} rejected ${action.tool}: ${reason.trim()}`,
        { actionId, reason: reason.trim() },
      );
      const state = this.ctx.states.load(action.conversationId)!;
      await this.resume({
        ...state,
        pendingActionId: null,
        pendingTool: null,
        runKey: `rejection:${actionId}`,
        refusals: [...state.refusals, { tool: action.tool, by: 'rep', reason: reason.trim() }],
      });
      return ok(this.ctx.actions.get(actionId)!);
    });
  }

  /** A rep takes the conversation: from now on the agent sends nothing on it. */
  takeOver(conversationId: string): Result<null> {
    const state = this.ctx.states.load(conversationId);
    if (!state) return fail('not_found', `No conversation with id ${conversationId}.`, 'conversationId');
    saveState(this.ctx, { ...state, mode: 'with_rep' });
    this.ctx.escalations.markTakenOver(conversationId, this.ctx.now().toISOString());
    recordStep(this.ctx, conversationId, 'escalate', 'A rep took over', {});
    setStatus(this.ctx, conversationId, 'with_rep');
    return ok(null);
  }

  /** The rep writes to the customer; only possible while the rep has the conversation. */
  sendRepMessage(conversationId: string, text: string): Result<null> {
    const state = this.ctx.states.load(conversationId);
    if (!state) return fail('not_found', `No conversation with id ${conversationId}.`, 'conversationId');
    if (state.mode !== 'with_rep')
      return fail('conflict', 'Take over the conversation before writing to the customer.', 'conversationId');
    postMessage(this.ctx, conversationId, 'rep', text);
    return ok(null);
  }

  /** The rep hands the conversation back; the agent answers the customer's next message. */
  handBack(conversationId: string): Result<null> {
    const state = this.ctx.states.load(conversationId);
    if (!state) return fail('not_found', `No conversation with id ${conversationId}.`, 'conversationId');
    if (state.mode === 'agent')
      return fail('conflict', 'The agent already has this conversation.', 'conversationId');
    saveState(this.ctx, {
      ...state,
      mode: 'agent',
      lowConfidenceTurns: 0,
      toolFailures: 0,
      unavailableSystem: null,
      repeatOf: null,
      triggers: [],
      // Waiting for the customer's next message, not a run under way.
      outcome: 'replied',
    });
    this.ctx.escalations.markHandedBack(conversationId, this.ctx.now().toISOString());
    recordStep(this.ctx, conversationId, 'escalate', 'Handed back to the agent', {});
    setStatus(this.ctx, conversationId, 'agent_handling');
    return ok(null);
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
    const conversations = new Set([
      ...this.ctx.states
        .maybeInterrupted()
        .filter(
          (s) =>
            s.outcome === null ||
            this.ctx.actions.get(s.pendingActionId ?? '')?.status !== 'pending_approval',
        )
        .map((s) => s.conversationId),
      ...this.ctx.actions.byStatus('approved').map((a) => a.conversationId),
    ]);
    for (const conversationId of conversations) {
      await this.serialized(conversationId, async () => {
        const current = this.ctx.states.load(conversationId);
        if (!current) return;
        const next = await reconcile(this.ctx, current);
        if (next.mode === 'agent' && (next.outcome === null || next !== current)) await this.resume(next);
        else if (next !== current) saveState(this.ctx, next);
      });
    }
    for (const conversationId of this.ctx.conversations.endingWithCustomer()) {
      const state = this.ctx.states.load(conversationId);
      // States from before messages were tracked have no mark; their messages were all perceived.
      if (state && state.handledMessageId === null && state.turn > 0) continue;
      const unanswered = this.ctx.conversations.customerMessagesAfter(
        conversationId,
        state?.handledMessageId ?? null,
      );
      for (const message of unanswered) await this.handleCustomerMessage(conversationId, message);
    }
  }

  private async resume(state: AgentState): Promise<void> {
    // A cleared outcome marks the run as under way, so a crash before its end is resumed on restart.
    const running = state.mode === 'agent' ? { ...state, outcome: null } : state;
    saveState(this.ctx, running);
    if (running.mode === 'agent') {
      const ended = await runLoop(this.ctx, running);
      this.remember(ended);
      this.askForCsat(ended);
    } else announceConversation(this.ctx, state.conversationId);
  }

  private async perceive(
    previous: AgentState,
    message: { id: string; text: string },
  ): Promise<{ state: AgentState; perception: Perception }> {
    const text = message.text;
    const now = this.ctx.now();
    const perception = this.ctx.perceive(text, now);
    const policy = this.ctx.policy();
    const confirming = previous.awaitingConfirmation !== null && isAffirmative(text);
    // An answer to the agent's question about a request it understood continues that request: facts it
    // asked for (a name, an email, an order number), or words that are no request of their own ("the
    // navy one", "large please").
    const answering =
      previous.outcome === 'clarifying' &&
      previous.intent !== null &&
      previous.intent !== OUT_OF_SCOPE &&
      (previous.confidence ?? 0) >= policy.thresholds.clarify &&
      (answersWithFacts(text, perception.entities) ||
        (picksFromQuestion(text) && !closings.has(perception.intent)) ||
        perception.intent === OUT_OF_SCOPE ||
        perception.intentProbability < policy.thresholds.clarify);
    // "Yes" to "Just to confirm…?" keeps the request it confirms, now with the customer's certainty;
    // "get me a person" keeps the topic the rep will take over.
    const intent =
      confirming || answering || (perception.intent === 'human_request' && previous.intent !== null)
        ? previous.intent
        : perception.intent;
    const confidence = confirming
      ? 1
      : answering
        ? (previous.confidence ?? perception.intentProbability)
        : perception.intentProbability;
    const lowConfidenceTurns = confidence < policy.thresholds.clarify ? previous.lowConfidenceTurns + 1 : 0;
    let state: AgentState = {
      ...previous,
      turn: previous.turn + 1,
      handledMessageId: message.id,
      runKey: `message:${message.id}`,
      stepsThisTurn: 0,
      repeatsThisTurn: 0,
      lastMessage: text,
      said: [...previous.said, text].slice(-maxRemembered),
      outcome: null,
      intent,
      confidence,
      lowConfidenceTurns,
      sentiment: perception.sentiment,
      awaitingConfirmation: confirming ? previous.awaitingConfirmation : null,
      claims: mergeClaims(previous.claims, perception.entities),
      kbCitations: [],
      agenda: [],
      answered: [],
      otherThan: [],
      ...this.changeRequests(text, previous, confirming || answering),
    };
    // Several requests in one message ("Has my lamp shipped? Also…"): the first now, the rest after it.
    if (!confirming && !answering)
      state = withAgenda(state, previous, text, (part) => this.ctx.perceive(part, now), policy);
    // A newly named order replaces the one in focus.
    if (perception.entities.orderIds[0] && perception.entities.orderIds[0] !== previous.order?.id)
      state = { ...state, order: null, shipment: null, candidateOrders: null };
    // Repeat contact is judged on the first message of a conversation, in a language the intent model reads.
    const english = !perception.language || perception.language === 'en';
    const repeat =
      policy.escalation.repeatContact && previous.turn === 0 && english
        ? await this.repeatedIssue(state, perception, policy.escalation.repeatContact.withinDays)
        : null;
    state = { ...state, repeatOf: repeat ?? previous.repeatOf };
    this.ctx.conversations.setInsights(state.conversationId, {
      intent,
      sentiment: perception.sentiment,
      customerId: state.customer?.id ?? null,
    });
    recordStep(
      this.ctx,
      state.conversationId,
      'perceive',
      `${intent ?? 'unknown'} (${Math.round(confidence * 100)}%), sentiment ${perception.sentiment.toFixed(2)}`,
      {
        intent,
        confidence,
        ranking: perception.ranking,
        sentiment: perception.sentiment,
        flags: perception.flags,
        language: perception.language ?? null,
        entities: perception.entities,
        requested: state.requested,
        offTargets: state.offTargets,
      },
    );
    state = { ...state, triggers: inboundTriggers(text, perception, state, policy) };
    saveState(this.ctx, state);
    return { state, perception };
  }

  /**
   * The changes asked for in so many words: an answer or a "yes" continues the request under way, so
   * what was asked before still counts; a new request starts afresh.
   */
  private changeRequests(text: string, previous: AgentState, continuing: boolean) {
    const read = readChangeRequests(text);
    return continuing
      ? {
          requested: [...new Set([...previous.requested, ...read.explicit])],
          offTargets: [...new Set([...previous.offTargets, ...read.offTargets])],
          compensation: previous.compensation || read.compensation,
        }
      : { requested: read.explicit, offTargets: read.offTargets, compensation: read.compensation };
  }

  /**
   * The earlier contact a message repeats, about an issue it raises (not a greeting): the issue of each
   * of its requests, or the likeliest issues of a message the model cannot place ("checking in on the
   * trail runners again").
   */
  private async repeatedIssue(
    state: AgentState,
    perception: Perception,
    withinDays: number,
  ): Promise<RepeatOf | null> {
    const readings = [state.intent, ...state.agenda.map((request) => request.intent)].flatMap((reading) =>
      reading === OUT_OF_SCOPE ? perception.ranking.map((r) => r.label) : [reading],
    );
    for (const issue of new Set(readings)) {
      if (!issue || !issueIntents.has(issue)) continue;
      const repeat = await this.previousContact(state, issue, withinDays);
      if (repeat) return repeat;
    }
    return null;
  }

  /**
   * An earlier contact of this customer about the same issue: a conversation in customer memory, else
   * an open ticket or a recent interaction in the records of the customer the channel verified.
   */
  private async previousContact(
    state: AgentState,
    intent: string,
    withinDays: number,
  ): Promise<RepeatOf | null> {
    const since = new Date(this.ctx.now().getTime() - withinDays * 86_400_000).toISOString();
    const orderId = state.claims.orderIds[0] ?? null;
    const found = memoryKeys(state)
      .map((key) => this.ctx.memory.repeatOf(key, state.conversationId, intent, orderId, since))
      .find((issue) => issue !== undefined);
    if (found) return { conversationId: found.conversationId, at: found.at, intent };
    if (!state.verifiedCustomerId) return null;
    const records = await this.ctx.executor.contactHistory(state.verifiedCustomerId, since);
    // Interactions this app logged are its own conversations, which customer memory judged above.
    const loggedHere = (id: string) =>
      this.ctx.audit
        .list({ search: id })
        .some(
          (entry) =>
            entry.tool === 'crm.logInteraction' &&
            (entry.result as { interaction?: { id?: string } } | null)?.interaction?.id === id,
        );
    // The ticket this conversation came from is this contact, not an earlier one.
    const own = this.ctx.sourceTicket?.(state.conversationId) ?? null;
    return repeatFromRecords(intent, orderId, state.lastMessage, since, {
      openTickets: records.openTickets.filter((t) => t.id !== own),
      interactions: records.interactions.filter((i) => !loggedHere(i.id)),
    });
  }

  /** After the agent resolves a chat, it asks the customer how it went. */
  private askForCsat(ended: AgentState): void {
    if (ended.mode !== 'agent' || ended.outcome !== 'resolved') return;
    if (this.ctx.conversations.get(ended.conversationId)?.channel !== 'chat') return;
    postMessage(this.ctx, ended.conversationId, 'agent', csatQuestion(), `${ended.runKey}:csat`);
  }

  /** After each run: the customer's memory learns this conversation's issue and stated preferences. */
  private remember(state: AgentState): void {
    if (!state.intent || !issueIntents.has(state.intent)) return;
    const issue = {
      conversationId: state.conversationId,
      intent: state.intent,
      orderId: state.order?.id ?? state.claims.orderIds[0] ?? null,
      at: this.ctx.now().toISOString(),
      outcome: state.mode === 'agent' ? (state.outcome ?? 'replied') : 'escalated',
      actions: this.ctx.actions
        .byConversation(state.conversationId)
        .filter((a) => a.status === 'executed' && isToolName(a.tool) && tools[a.tool].risk !== 'read')
        .map((a) => a.tool),
    };
    for (const key of memoryKeys(state)) {
      this.ctx.memory.remember(key, issue, statedPreferences(state.lastMessage), issue.at);
    }
  }

  private serialized<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    return this.running.run(conversationId, work);
  }
}
