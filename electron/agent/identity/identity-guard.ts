import { createHash, randomInt } from 'node:crypto';
import type { ToolOutput } from '../../../shared/tools';
import type { ToolCall } from '../../tools/executor';
import type { AgentContext } from '../agent-context';
import { escalate } from '../escalate';
import type { Perception } from '../perceive';
import { postMessage, recordStep, saveState, setStatus } from '../record';
import type { AgentState } from '../state';
import { describeClaim, identityClaims, type IdentityClaim } from './identity-claims';
import { identityReplies } from './identity-replies';
import { registerSecret } from '../../security/secret-registry';

const codeMinutes = 15;
const maxAttempts = 3;
const CODE = /\b(\d{6})\b/;

/** A system call of the guard: audited on the conversation, never shown to the reasoner. */
const systemCall = (conversationId: string, rule: string) =>
  ({
    actor: 'system',
    principal: { kind: 'system' },
    decision: { effect: 'system', rule },
    conversationId,
  }) satisfies Omit<ToolCall, 'tool' | 'args'>;

type Customer = ToolOutput<'crm.findCustomer'>['customers'][number];

const hashCode = (conversationId: string, code: string) =>
  createHash('sha256').update(`${conversationId}:${code}`).digest('hex');

/** What the guard did with a message: the loop runs on, or the guard answered it itself. */
export type Screened = { kind: 'continue'; state: AgentState } | { kind: 'answered'; state: AgentState };

/**
 * Who the customer is comes from the channel (the chat's signed-in email, the ticket's requester) and
 * from nothing they write. A message that claims another account gets a one-time code sent to that
 * account's address on file; only the code binds the conversation to it. The reply is the same whether
 * or not the account exists, so it reveals nothing.
 */
export class IdentityGuard {
  constructor(private readonly ctx: AgentContext) {}

  /**
   * The conversation's verified customer; one not yet bound is bound to the customer its channel
   * vouches for, if any.
   */
  async bindChannel(conversationId: string, channelRef: string): Promise<string | null> {
    const bound = this.ctx.conversations.verifiedCustomer(conversationId);
    if (bound) return bound.customerId;
    const ref = channelRef.trim();
    // A signed-in chat gives an email; an integration may give the account id. A name vouches for nobody.
    const args: Record<string, string> | null = ref.includes('@')
      ? { email: ref }
      : /^\S+$/.test(ref)
        ? { customerId: ref }
        : null;
    if (!args) return null;
    const customer = await this.lookUp(conversationId, args, 'channel-identity');
    if (!customer) return null;
    this.ctx.conversations.verify(conversationId, customer.id, 'channel');
    return customer.id;
  }

  /** Handles a one-time code or a claim of another identity before the loop sees the message. */
  async screen(state: AgentState, text: string, entities: Perception['entities']): Promise<Screened> {
    const pending = this.ctx.identityChecks.get(state.conversationId);
    const code = CODE.exec(text)?.[1];
    if (pending && code) return this.checkCode(state, code);
    const known = state.verifiedCustomerId ? await this.known(state) : null;
    const [claim] = identityClaims(text, entities, known);
    if (!claim) return { kind: 'continue', state };
    const candidate = await this.resolve(state.conversationId, claim);
    if (candidate && candidate.id === state.verifiedCustomerId) return { kind: 'continue', state };
    return { kind: 'answered', state: await this.sendCode(state, claim, candidate) };
  }

  private async sendCode(
    state: AgentState,
    claim: IdentityClaim,
    candidate: Customer | null,
  ): Promise<AgentState> {
    const now = this.ctx.now();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (candidate) {
      const email = identityReplies.email(code, codeMinutes);
      // The code belongs in the customer's mailbox only: every log, step and audit entry drops it.
      registerSecret(email.body);
      await this.ctx.executor.execute({
        ...systemCall(state.conversationId, 'identity-one-time-code'),
        tool: 'email.send',
        args: { to: candidate.email, customerId: candidate.id, ...email },
        idempotencyKey: `identity:${state.conversationId}:${state.runKey}`,
      });
    }
    this.ctx.identityChecks.start(
      {
        conversationId: state.conversationId,
        customerId: candidate?.id ?? null,
        codeHash: candidate ? hashCode(state.conversationId, code) : null,
        expiresAt: new Date(now.getTime() + codeMinutes * 60_000).toISOString(),
        request: { intent: state.intent, confidence: state.confidence, lastMessage: state.lastMessage },
      },
      now.toISOString(),
    );
    recordStep(this.ctx, state.conversationId, 'gate', 'Identity claim: one-time code required', {
      claim: claim.kind,
      rule: 'identity-from-channel',
    });
    return this.answer(state, identityReplies.codeSent(describeClaim(claim)));
  }

  private async checkCode(state: AgentState, code: string): Promise<Screened> {
    const check = this.ctx.identityChecks.get(state.conversationId)!;
    if (check.expiresAt < this.ctx.now().toISOString()) {
      this.ctx.identityChecks.clear(state.conversationId);
      return { kind: 'answered', state: this.answer(state, identityReplies.codeExpired()) };
    }
    if (check.customerId && check.codeHash === hashCode(state.conversationId, code)) {
      this.ctx.identityChecks.clear(state.conversationId);
      this.ctx.conversations.verify(state.conversationId, check.customerId, 'code');
      recordStep(this.ctx, state.conversationId, 'gate', 'Identity confirmed with the one-time code', {
        rule: 'identity-one-time-code',
      });
      const customer = await this.lookUp(state.conversationId, { customerId: check.customerId }, 'identity');
      postMessage(
        this.ctx,
        state.conversationId,
        'agent',
        identityReplies.codeAccepted(customer?.name ?? check.customerId),
        `${state.runKey}:identity`,
      );
      // A new customer: nothing verified about the previous one carries over; the request does.
      const verified: AgentState = {
        ...state,
        verifiedCustomerId: check.customerId,
        customer: null,
        customerNotFound: false,
        order: null,
        candidateOrders: null,
        shipment: null,
        tracked: {},
        products: [],
        intent: check.request.intent,
        confidence: check.request.confidence,
        lastMessage: check.request.lastMessage,
        lowConfidenceTurns: 0,
      };
      saveState(this.ctx, verified);
      return { kind: 'continue', state: verified };
    }
    const attempts = this.ctx.identityChecks.failedAttempt(state.conversationId);
    if (attempts < maxAttempts)
      return {
        kind: 'answered',
        state: this.answer(state, identityReplies.codeWrong(maxAttempts - attempts)),
      };
    this.ctx.identityChecks.clear(state.conversationId);
    postMessage(
      this.ctx,
      state.conversationId,
      'agent',
      identityReplies.tooManyTries(),
      `${state.runKey}:identity`,
    );
    return {
      kind: 'answered',
      state: escalate(this.ctx, state, ['identity_unverified'], 'identity-one-time-code'),
    };
  }

  private answer(state: AgentState, text: string): AgentState {
    postMessage(this.ctx, state.conversationId, 'agent', text, state.runKey);
    const next: AgentState = { ...state, outcome: 'clarifying' };
    saveState(this.ctx, next);
    setStatus(this.ctx, state.conversationId, 'agent_handling');
    return next;
  }

  /** The verified customer's email and name, to tell their own details from a claim of someone else's. */
  private async known(state: AgentState) {
    if (state.customer?.id === state.verifiedCustomerId) return state.customer;
    return this.lookUp(state.conversationId, { customerId: state.verifiedCustomerId! }, 'identity');
  }

  /** The one account a claim names, or null when it names none or several. */
  private resolve(conversationId: string, claim: IdentityClaim): Promise<Customer | null> {
    const args: Record<string, string> =
      claim.kind === 'email'
        ? { email: claim.email }
        : claim.kind === 'customerId'
          ? { customerId: claim.customerId }
          : { name: claim.name, zip: claim.zip };
    return this.lookUp(conversationId, args, 'identity-claim');
  }

  private async lookUp(
    conversationId: string,
    args: Record<string, string>,
    rule: string,
  ): Promise<Customer | null> {
    const found = await this.ctx.executor.execute({
      ...systemCall(conversationId, rule),
      tool: 'crm.findCustomer',
      args,
    });
    if (!found.ok) return null;
    const { customers } = found.value as ToolOutput<'crm.findCustomer'>;
    return customers.length === 1 ? customers[0]! : null;
  }
}
