import { randomUUID } from 'node:crypto';
import type { Channel, ConversationSummary, Message } from '../../shared/domain';
import { fail, ok, type Result } from '../../shared/result';
import type { ConversationsRepo } from '../store/conversations-repo';
import type { EventBus } from './event-bus';

/** Conversation use cases shared by every transport. */
export class ConversationService {
  constructor(
    private readonly repo: ConversationsRepo,
    private readonly bus: EventBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(filter: Parameters<ConversationsRepo['list']>[0]): ConversationSummary[] {
    return this.repo.list(filter);
  }

  get(id: string): Result<{ conversation: ConversationSummary; messages: Message[] }> {
    const conversation = this.repo.get(id);
    if (!conversation) return fail('not_found', `No conversation with id ${id}.`, 'id');
    return ok({ conversation, messages: this.repo.messages(id) });
  }

  /** A message from the customer side: starts a conversation, or continues the one named. */
  postCustomerMessage(input: {
    conversationId?: string | undefined;
    customer: string;
    text: string;
    /** Chat unless it came from elsewhere (a helpdesk ticket is email). */
    channel?: Channel;
  }): Result<{ conversation: ConversationSummary; message: Message }> {
    const at = this.now().toISOString();
    let conversationId = input.conversationId;
    if (conversationId === undefined) {
      conversationId = randomUUID();
      this.repo.create({
        id: conversationId,
        customer: input.customer,
        channel: input.channel ?? 'chat',
        at,
      });
    } else if (!this.repo.get(conversationId)) {
      return fail('not_found', `No conversation with id ${conversationId}.`, 'conversationId');
    }
    const message: Message = { id: randomUUID(), conversationId, role: 'customer', text: input.text, at };
    this.repo.addMessage(message);
    const conversation = this.repo.get(conversationId) as ConversationSummary;
    this.bus.emit('message.added', message);
    this.bus.emit('conversation.updated', conversation);
    return ok({ conversation, message });
  }
}
