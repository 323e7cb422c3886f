/** One comment of a helpdesk ticket, mapped out of the vendor's shape. */
export interface InboundComment {
  /** The helpdesk's id of the comment (or conversation entry). */
  id: string;
  /** Written by the account the app posts as (its own replies and notes, read back). */
  byUs: boolean;
  /** Written by the ticket's requester (a customer message), not by an agent or a rule. */
  byRequester: boolean;
  public: boolean;
  text: string;
  at: string;
}

/** A helpdesk ticket with every comment, as one sync page carries it. */
export interface InboundTicket {
  id: string;
  subject: string;
  /** The requester's email as the helpdesk verified it; null when the helpdesk has none. */
  requesterEmail: string | null;
  status: string;
  updatedAt: string;
  comments: InboundComment[];
}

/** One page of changed tickets and the cursor to store once the page's work is saved. */
export interface TicketPage {
  tickets: InboundTicket[];
  cursor: string | null;
  /** More pages are waiting after this one. */
  more: boolean;
}

/**
 * A helpdesk as a source of tickets and a place for the app's replies and notes. `key` identifies the
 * post on the app's side (stable across restarts), for helpdesks that accept one.
 */
export interface TicketSource {
  /** Tickets changed since the cursor (null: from the start of the sync window). */
  pull(cursor: string | null, signal?: AbortSignal): Promise<TicketPage>;
  /** A public reply to the requester. Returns the helpdesk's id of the new comment when it gives one. */
  postReply(ticketId: string, text: string, key: string): Promise<{ commentId: string | null }>;
  /** An internal note, optionally reopening the ticket and tagging it. */
  postNote(
    ticketId: string,
    text: string,
    key: string,
    change?: { status?: 'open' | 'pending' | 'solved'; tags?: string[] },
  ): Promise<{ commentId: string | null }>;
}
