import type { EscalationReason } from '../../shared/agent';
import type { Channel } from '../../shared/domain';
import type { CsatRecord } from '../outcomes/csat-repo';
import { ConversationsRepo } from '../store/conversations-repo';
import type { Database } from '../store/database';
import { Prng } from './prng';
import { minuteMs, sampleConversation } from './sample-conversations';
import { customersOr } from './sample-stories';
import { defaultSeed } from './seed/generate-sandbox';
import { writeSampleHistory } from './write-sample-history';

export { writeSampleHistory };

/** How a past conversation went: every kind the metrics view tells apart. */
export const sampleKinds = ['automated', 'approved', 'edited', 'rejected', 'escalated'] as const;
export type SampleKind = (typeof sampleKinds)[number];

const kindWeights: Record<SampleKind, number> = {
  automated: 50,
  approved: 16,
  edited: 7,
  rejected: 7,
  escalated: 20,
};

export interface SampleAction {
  tool: string;
  proposedArgs: Record<string, unknown>;
  /** What the rep approved (the proposal, or an edit of it); null when rejected or run on its own. */
  approvedArgs: Record<string, unknown> | null;
  decision: 'auto' | 'approved' | 'rejected';
  rejectReason: string | null;
  rule: string;
  createdAt: string;
  decidedAt: string | null;
}

export interface SampleConversation {
  id: string;
  kind: SampleKind;
  customer: string;
  customerId: string | null;
  channel: Extract<Channel, 'chat' | 'email'>;
  intent: string;
  sentiment: number;
  createdAt: string;
  messages: { role: 'customer' | 'agent' | 'rep'; text: string; at: string }[];
  action: SampleAction | null;
  escalation: { reasons: EscalationReason[]; at: string } | null;
  csat: CsatRecord | null;
}

export interface SampleCustomer {
  id: string | null;
  name: string;
  email: string;
}

export interface SampleHistoryOptions {
  /** The sandbox seed: the same seed, day and customers give the same history. */
  seed?: number;
  now: Date;
  /** Who the conversations are with; made-up ones (sample.example.com) when none are given. */
  customers?: readonly SampleCustomer[];
}

const dayMs = 86_400_000;
/** How many UTC days (today included) the history covers: the metrics view's default range. */
export const sampleHistoryDays = 30;

/**
 * A deterministic history of past conversations over the 30 UTC days up to `now`: automated ones,
 * approvals (as proposed, edited, rejected) on write and money tools, escalations with their reasons,
 * CSAT for some resolved ones and realistic handle times. Every kind appears at least once. All of them
 * are resolved (a rep finished the escalated and rejected ones), so none is waiting on anyone.
 */
export function generateSampleHistory(options: SampleHistoryOptions): SampleConversation[] {
  const prng = new Prng((Math.imul(options.seed ?? defaultSeed, 0x9e3779b1) + 101) >>> 0);
  const customers = customersOr(options.customers ?? []);
  const end = options.now.getTime();
  // The 30 UTC days ending today, as the metrics view's default range counts them.
  const start = Math.floor(end / dayMs) * dayMs - (sampleHistoryDays - 1) * dayMs;
  const count = prng.int(70, 100);
  const drafts = Array.from({ length: count }, (_, index) => ({
    kind: index < sampleKinds.length ? sampleKinds[index]! : prng.weighted(kindWeights),
    // At least four hours back, so even the longest one ended before now.
    createdAt: prng.int(start, end - 4 * 60 * minuteMs),
  })).sort((a, b) => a.createdAt - b.createdAt);
  return drafts.map((draft, index) =>
    sampleConversation(prng, `sample-${String(index + 1).padStart(3, '0')}`, draft, customers),
  );
}

/** Marks that the sample history was written once, so clearing it never brings it back. */
const markKey = 'sample_history_seeded';

/**
 * Writes the sample history when the first-run working day starts on a fresh folder: no conversation
 * yet and never written before. The check, the write and the mark share one transaction.
 * Returns how many conversations it wrote (0 when it did nothing).
 */
export function seedSampleHistoryOnFirstRun(
  db: Database,
  options: { seed?: number | undefined; now: Date },
): number {
  const fresh = () =>
    db.prepare('SELECT 1 FROM app_meta WHERE key = ?').get(markKey) === undefined &&
    db.prepare('SELECT 1 FROM conversations LIMIT 1').get() === undefined;
  if (!fresh()) return 0;
  const history = generateSampleHistory({
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    now: options.now,
  });
  return db.transaction(() => {
    if (!fresh()) return 0;
    const written = writeSampleHistory(db, history);
    db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)').run(
      markKey,
      JSON.stringify({ at: options.now.toISOString(), conversations: written }),
    );
    return written;
  })();
}

/**
 * Deletes every sample conversation and everything hanging off it (messages, steps, state, actions,
 * escalations, CSAT) in one transaction; live conversations are untouched. Returns how many it removed.
 */
export function clearSampleData(db: Database): number {
  return new ConversationsRepo(db).deleteSample();
}
