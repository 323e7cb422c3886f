import { isDeepStrictEqual } from 'node:util';
import type { LabeledText } from '../agent/nlu/intent-classifier';
import { INTENT_LABELS } from '../agent/nlu/intent-labels';
import { OUT_OF_SCOPE } from '../agent/nlu/intent-model';
import type { Database } from '../store/database';

/** Which rep decision a labelled example came from. */
export type CorrectionSource = 'rejected_action' | 'edited_approval';

/** One labelled example made from a rep's correction. */
export interface Correction extends LabeledText {
  source: CorrectionSource;
  /** The action the rep decided on, so a reader can trace the example back. */
  actionId: string;
}

/** The corrections found, and how many decisions could not become an example (and why). */
export interface CollectedCorrections {
  examples: Correction[];
  skipped: { actionId: string; reason: 'no_customer_message' | 'no_known_intent' }[];
}

interface ActionRow {
  id: string;
  conversation_id: string;
  status: string;
  proposed_args: string;
  approved_args: string | null;
  created_at: string;
  intent: string | null;
}

const knownLabels: readonly string[] = [...INTENT_LABELS, OUT_OF_SCOPE];

const parsedOrText = (json: string): unknown => {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    // A column that is not JSON is compared as text: still a difference worth learning from.
    return json;
  }
};

/** Whether the rep approved different arguments from the ones the agent proposed. */
function edited(row: ActionRow): boolean {
  if (row.approved_args === null) return false;
  return !isDeepStrictEqual(parsedOrText(row.approved_args), parsedOrText(row.proposed_args));
}

/**
 * Turns reps' corrections in the app database into labelled examples: each rejected action, and each
 * approval whose arguments the rep edited, gives the customer's last message before the action,
 * labelled with the conversation's intent. The schema has no explicit intent-correction record, so
 * these two decisions are the only corrections there are. Repeated (text, label) pairs count once.
 */
export function collectCorrections(db: Database): CollectedCorrections {
  const rows = db
    .prepare(
      `SELECT a.id, a.conversation_id, a.status, a.proposed_args, a.approved_args, a.created_at, c.intent
         FROM actions a JOIN conversations c ON c.id = a.conversation_id
        WHERE a.status = 'rejected' OR a.approved_args IS NOT NULL
        ORDER BY a.created_at, a.id`,
    )
    .all() as ActionRow[];
  const lastCustomerMessage = db.prepare(
    `SELECT text FROM messages WHERE conversation_id = ? AND role = 'customer' AND at <= ?
      ORDER BY at DESC, rowid DESC LIMIT 1`,
  );
  const examples: Correction[] = [];
  const skipped: CollectedCorrections['skipped'] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const source: CorrectionSource | null =
      row.status === 'rejected' ? 'rejected_action' : edited(row) ? 'edited_approval' : null;
    if (source === null) continue;
    if (row.intent === null || !knownLabels.includes(row.intent)) {
      skipped.push({ actionId: row.id, reason: 'no_known_intent' });
      continue;
    }
    const message = lastCustomerMessage.get(row.conversation_id, row.created_at) as
      { text: string } | undefined;
    if (!message || message.text.trim() === '') {
      skipped.push({ actionId: row.id, reason: 'no_customer_message' });
      continue;
    }
    const key = `${row.intent}\u0000${message.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    examples.push({ text: message.text, label: row.intent, source, actionId: row.id });
  }
  return { examples, skipped };
}
