import type { Database } from '../../store/database';
import type { ChaosCast } from './chaos-scenario';

/** What a crash and restart broke; every count must be 0. */
export interface Damage {
  moneyDoubled: number;
  moneyLost: number;
  moneyRecordedWrongly: number;
  repliesDoubled: number;
  conversationsStranded: number;
  details: string[];
}

/** Agent messages per customer in a run that was never killed: no run may end with more. */
export type ReplyCounts = Record<string, number>;

export function replyCounts(db: Database, cast: ChaosCast): ReplyCounts {
  const count = db.prepare(
    `SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id
     WHERE c.customer = ? AND m.role = 'agent'`,
  );
  return Object.fromEntries(
    [cast.lateEmail, cast.refundEmail].map((email) => [email, count.pluck().get(email) as number]),
  );
}

const moneyTable = { 'payments.issueCredit': 'sb_credits', 'payments.refund': 'sb_refunds' } as const;

/** Inspects a data folder after a killed run and a restart. */
export function inspectDamage(db: Database, cast: ChaosCast, baseline: ReplyCounts): Damage {
  const damage: Damage = {
    moneyDoubled: 0,
    moneyLost: 0,
    moneyRecordedWrongly: 0,
    repliesDoubled: 0,
    conversationsStranded: 0,
    details: [],
  };
  const note = (kind: keyof Omit<Damage, 'details'>, detail: string) => {
    damage[kind] += 1;
    damage.details.push(`${kind}: ${detail}`);
  };

  const credits = db
    .prepare(
      'SELECT COUNT(*) FROM sb_credits k JOIN sb_customers c ON c.id = k.customer_id WHERE c.email = ?',
    )
    .pluck()
    .get(cast.lateEmail) as number;
  if (credits > 1) note('moneyDoubled', `${credits} credits for one late parcel`);
  const refunds = db
    .prepare(
      'SELECT COUNT(*) FROM sb_refunds f JOIN sb_customers c ON c.id = f.customer_id WHERE c.email = ?',
    )
    .pluck()
    .get(cast.refundEmail) as number;
  if (refunds > 1) note('moneyDoubled', `${refunds} refunds of one order`);

  const actions = db
    .prepare(
      "SELECT id, tool, status, result FROM actions WHERE tool IN ('payments.issueCredit', 'payments.refund')",
    )
    .all() as { id: string; tool: keyof typeof moneyTable; status: string; result: string | null }[];
  for (const action of actions) {
    const row = db
      .prepare(`SELECT id FROM ${moneyTable[action.tool]} WHERE idempotency_key = ?`)
      .pluck()
      .get(action.id) as string | undefined;
    if (action.status === 'approved') note('moneyLost', `${action.tool} ${action.id} approved but never run`);
    if (action.status === 'executed' && !row)
      note('moneyLost', `${action.tool} ${action.id} executed, no money moved`);
    if (action.status === 'failed' && row)
      note('moneyRecordedWrongly', `${action.tool} ${action.id} recorded as failed, but ${row} was paid`);
    if (action.status === 'executed' && row && !action.result?.includes(`"${row}"`))
      note('moneyRecordedWrongly', `${action.tool} ${action.id} records another result than ${row}`);
  }
  const running = db
    .prepare("SELECT key FROM tool_idempotency WHERE state = 'running'")
    .pluck()
    .all() as string[];
  for (const key of running) note('moneyRecordedWrongly', `idempotency key ${key} left running`);

  for (const [email, expected] of Object.entries(replyCounts(db, cast)))
    if (expected > (baseline[email] ?? 0))
      note('repliesDoubled', `${expected} agent messages to ${email}, ${baseline[email]} without a crash`);

  const stranded = db
    .prepare(
      `SELECT c.id, c.customer FROM conversations c
       LEFT JOIN agent_state s ON s.conversation_id = c.id
       WHERE (SELECT m.role FROM messages m WHERE m.conversation_id = c.id ORDER BY m.at DESC, m.rowid DESC LIMIT 1) = 'customer'
          OR (json_extract(s.state, '$.mode') = 'agent' AND json_extract(s.state, '$.outcome') IS NULL)`,
    )
    .all() as { id: string; customer: string }[];
  for (const conversation of stranded)
    note('conversationsStranded', `${conversation.customer} got no answer`);
  return damage;
}
