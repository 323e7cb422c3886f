import type { Action, Escalation, RunReport } from '../../../shared/agent';
import type { SyncReport, InboundSystem } from '../../../shared/connections';
import type { Message } from '../../../shared/domain';
import type { ConversationService } from '../../services/conversations';
import type { Database } from '../../store/database';
import { briefingNote, approvalNote, escalationTags } from './sync-notes';
import type { SyncStore } from './sync-store';
import type { InboundTicket, TicketSource } from './ticket-source';

export interface TicketSyncDeps {
  db: Database;
  store: SyncStore;
  conversations: ConversationService;
  /** Runs the agent on a stored customer message and waits for it. */
  handleCustomerMessage(conversationId: string, message: { id: string; text: string }): Promise<RunReport>;
  messages(conversationId: string): Message[];
  escalations(conversationId: string): (Escalation & { id: number })[];
  actions(conversationId: string): Action[];
  now: () => Date;
}

/** Same text after the helpdesk's own formatting (whitespace, line ends). */
const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * One pass of inbound sync for a helpdesk: tickets changed since the stored cursor become (or update)
 * one conversation each, the agent runs on every new customer comment, and what it did goes back: its
 * replies (and reps') as public comments, escalation briefings and waiting approvals as internal notes.
 * The cursor is stored only after a page's tickets are handled; every post is recorded before it is
 * sent and settled after, and an unsettled one is matched against the ticket's comments when the ticket
 * is read again, so a sync stopped at any point and started again posts nothing twice and misses nothing.
 */
export class TicketSync {
  constructor(
    private readonly system: InboundSystem,
    private readonly source: TicketSource,
    private readonly deps: TicketSyncDeps,
  ) {}

  async once(signal?: AbortSignal): Promise<SyncReport> {
    const { store } = this.deps;
    const report: SyncReport = {
      system: this.system,
      fetched: 0,
      created: 0,
      updated: 0,
      processed: 0,
      repliesPosted: 0,
      notesPosted: 0,
      cursor: store.cursor(this.system),
    };
    const seen = new Set<string>();
    for (;;) {
      const page = await this.source.pull(report.cursor, signal);
      for (const ticket of page.tickets) {
        report.fetched += 1;
        seen.add(ticket.id);
        await this.takeIn(ticket, report);
      }
      if (page.cursor !== null) {
        report.cursor = page.cursor;
        store.saveCursor(this.system, page.cursor, this.deps.now().toISOString());
      }
      if (!page.more || signal?.aborted) break;
    }
    // Tickets not changed on the helpdesk may still owe a post: a rep's reply, an approval decided since.
    for (const { ticketId, conversationId } of store.tickets(this.system))
      if (!seen.has(ticketId)) await this.postOutcome(ticketId, conversationId, null, report);
    return report;
  }

  private async takeIn(ticket: InboundTicket, report: SyncReport): Promise<void> {
    const { store } = this.deps;
    let conversationId = store.conversationOf(this.system, ticket.id);
    if (conversationId) report.updated += 1;
    else report.created += 1;
    // The app's own comments, read back, are known by author and by the ids the helpdesk returned.
    for (const comment of ticket.comments)
      if (comment.byUs) store.markComment(this.system, ticket.id, comment.id, null);
    const fresh = ticket.comments.filter(
      (c) => c.byRequester && !c.byUs && c.public && !store.hasComment(this.system, ticket.id, c.id),
    );
    for (const comment of fresh) {
      const message = this.deps.db.transaction(() => {
        const posted = this.deps.conversations.postCustomerMessage({
          ...(conversationId ? { conversationId } : {}),
          customer: ticket.requesterEmail ?? `${this.system}:ticket:${ticket.id}`,
          text: comment.text,
          channel: 'email',
        });
        if (!posted.ok) throw new Error(posted.error.message);
        if (!conversationId) {
          conversationId = posted.value.conversation.id;
          store.linkTicket(this.system, ticket.id, conversationId, this.deps.now().toISOString());
        }
        store.markComment(this.system, ticket.id, comment.id, posted.value.message.id);
        return posted.value.message;
      })();
      await this.deps.handleCustomerMessage(conversationId!, { id: message.id, text: message.text });
      report.processed += 1;
    }
    if (conversationId) await this.postOutcome(ticket.id, conversationId, ticket, report);
  }

  /** Posts what the conversation owes its ticket; `ticket` is its fresh copy when just read. */
  private async postOutcome(
    ticketId: string,
    conversationId: string,
    ticket: InboundTicket | null,
    report: SyncReport,
  ): Promise<void> {
    const { store } = this.deps;
    // A post begun before a stop: settled if it shows among the app's comments, else sent again.
    if (ticket)
      for (const pending of store.unfinishedPosts(this.system, ticketId)) {
        const landed = ticket.comments.find((c) => c.byUs && sameText(c.text, pending.text));
        if (landed) store.finishPost(this.system, pending.source, landed.id);
      }
    const owed: {
      source: string;
      kind: 'reply' | 'note';
      text: string;
      change?: Parameters<TicketSource['postNote']>[3];
    }[] = [];
    for (const message of this.deps.messages(conversationId))
      if (message.role !== 'customer')
        owed.push({ source: `message:${message.id}`, kind: 'reply', text: message.text });
    for (const escalation of this.deps.escalations(conversationId))
      owed.push({
        source: `escalation:${escalation.id}`,
        kind: 'note',
        text: briefingNote(escalation),
        change: { status: 'open', tags: escalationTags(escalation) },
      });
    for (const action of this.deps.actions(conversationId))
      if (action.status === 'pending_approval')
        owed.push({ source: `approval:${action.id}`, kind: 'note', text: approvalNote(action) });

    for (const post of owed) {
      const known = store.post(this.system, post.source);
      if (known?.state === 'posted') continue;
      // Begun before a stop and not yet seen on the ticket: wait for a fresh read before sending again.
      if (known && !ticket) continue;
      store.beginPost(
        { system: this.system, ticketId, source: post.source, kind: post.kind, text: post.text },
        this.deps.now().toISOString(),
      );
      const key = `${this.system}:${ticketId}:${post.source}`;
      const sent =
        post.kind === 'reply'
          ? await this.source.postReply(ticketId, post.text, key)
          : await this.source.postNote(ticketId, post.text, key, post.change);
      this.deps.db.transaction(() => {
        store.finishPost(this.system, post.source, sent.commentId);
        if (sent.commentId) store.markComment(this.system, ticketId, sent.commentId, null);
      })();
      if (post.kind === 'reply') report.repliesPosted += 1;
      else report.notesPosted += 1;
    }
  }
}
