import { z } from 'zod';
import type { Database } from '../store/database';

/** One issue a customer raised: the conversation, what it was about, and how it ended. */
export const RememberedIssue = z.object({
  conversationId: z.string(),
  intent: z.string(),
  orderId: z.string().nullable(),
  at: z.string(),
  outcome: z.string(),
  actions: z.array(z.string()),
});
export type RememberedIssue = z.infer<typeof RememberedIssue>;

export const Preferences = z.object({ channel: z.enum(['email', 'phone', 'chat', 'sms']).optional() });
export type Preferences = z.infer<typeof Preferences>;

export interface CustomerMemory {
  customerKey: string;
  issues: RememberedIssue[];
  preferences: Preferences;
  /** A short running summary a rep or the agent can read at a glance. */
  summary: string;
  updatedAt: string;
}

const keep = 20;

const intentWords: Record<string, string> = {
  order_status: 'order status',
  delivery_delay: 'late delivery',
  cancel_order: 'cancellation',
  return_item: 'return',
  exchange_item: 'exchange',
  refund_request: 'refund',
  change_address: 'address change',
  account_access: 'account access',
  billing_question: 'billing',
  complaint: 'complaint',
};

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', {
    weekday: 'long',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** "3 earlier contacts: late delivery on Monday, Nov 23 (resolved; payments.issueCredit), …". */
export function summarize(issues: RememberedIssue[]): string {
  if (issues.length === 0) return 'No earlier contacts.';
  const recent = issues.slice(-5).reverse();
  const parts = recent.map(
    (i) =>
      `${intentWords[i.intent] ?? i.intent.replace(/_/g, ' ')}${i.orderId ? ` (${i.orderId})` : ''} on ${day(i.at)}, ${i.outcome}${i.actions.length ? `: ${i.actions.join(', ')}` : ''}`,
  );
  return `${issues.length} contact${issues.length === 1 ? '' : 's'} on record. Latest: ${parts.join('; ')}.`;
}

/** Customer memory: the only door to the customer_memory table. */
export class CustomerMemoryRepo {
  constructor(private readonly db: Database) {}

  get(customerKey: string): CustomerMemory | undefined {
    const row = this.db.prepare('SELECT * FROM customer_memory WHERE customer_key = ?').get(customerKey) as
      | { customer_key: string; issues: string; preferences: string; summary: string; updated_at: string }
      | undefined;
    return (
      row && {
        customerKey: row.customer_key,
        issues: z.array(RememberedIssue).parse(JSON.parse(row.issues)),
        preferences: Preferences.parse(JSON.parse(row.preferences)),
        summary: row.summary,
        updatedAt: row.updated_at,
      }
    );
  }

  /** Records (or updates) the issue of one conversation, and any preference the customer stated. */
  remember(
    customerKey: string,
    issue: RememberedIssue,
    preferences: Preferences,
    at: string,
  ): CustomerMemory {
    const current = this.get(customerKey);
    const issues = [
      ...(current?.issues ?? []).filter((i) => i.conversationId !== issue.conversationId),
      issue,
    ]
      .sort((a, b) => a.at.localeCompare(b.at))
      .slice(-keep);
    const merged = { ...current?.preferences, ...preferences };
    const memory: CustomerMemory = {
      customerKey,
      issues,
      preferences: merged,
      summary: summarize(issues),
      updatedAt: at,
    };
    this.db
      .prepare(
        `INSERT INTO customer_memory (customer_key, issues, preferences, summary, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (customer_key) DO UPDATE SET issues = excluded.issues, preferences = excluded.preferences,
           summary = excluded.summary, updated_at = excluded.updated_at`,
      )
      .run(customerKey, JSON.stringify(issues), JSON.stringify(merged), memory.summary, at);
    return memory;
  }

  /** The latest earlier issue of this customer about the same intent (and order, when both name one) since `since`. */
  repeatOf(
    customerKey: string,
    conversationId: string,
    intent: string,
    orderId: string | null,
    since: string,
  ): RememberedIssue | undefined {
    return this.get(customerKey)
      ?.issues.filter(
        (i) =>
          i.conversationId !== conversationId &&
          i.intent === intent &&
          i.at >= since &&
          (orderId === null || i.orderId === null || i.orderId === orderId),
      )
      .at(-1);
  }
}

const channelCues: [RegExp, Preferences['channel']][] = [
  [/\b(email|e-mail) me\b|\bby (email|e-mail)\b|\bprefer (email|e-mail)\b/i, 'email'],
  [/\bcall me\b|\bby phone\b|\bprefer (a )?(call|phone)\b/i, 'phone'],
  [/\btext me\b|\bby (sms|text)\b/i, 'sms'],
  [/\bprefer (the )?chat\b/i, 'chat'],
];

/** Preferences a customer states in so many words ("please email me"). */
export function statedPreferences(text: string): Preferences {
  const found = channelCues.find(([cue]) => cue.test(text));
  return found ? { channel: found[1] } : {};
}
