import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';

/**
 * What each metrics chart's data table must say, worked out from the web host's database with the
 * test's own queries (read-only), so a chart is checked against the records and not against the
 * report code that drew it. Tables are the header row, then one row of cell texts per item.
 */
export interface ExpectedTables {
  automation: string[][];
  escalation: string[][];
  reasons: string[][];
  approvals: string[][];
  csat: string[][];
  resolution: { bucket: string; fromMinutes: number; toMinutes: number | null; count: number }[];
  /** Tools a person decided on, for the "no name truncated" check. */
  decidedTools: string[];
}

const dayMs = 86_400_000;
const rate = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
const day = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The metrics view's default period: the 30 UTC days ending today. */
function defaultPeriod(now: Date): { from: string; before: string } {
  const today = Math.floor(now.getTime() / dayMs) * dayMs;
  return {
    from: new Date(today - 29 * dayMs).toISOString(),
    before: new Date(today + dayMs).toISOString(),
  };
}

/** A count of rows that stops changing once the agent has nothing left to do. */
export function activity(dataDir: string): string {
  return read(dataDir, (db) =>
    JSON.stringify(
      db
        .prepare(
          `SELECT (SELECT COUNT(*) FROM conversations), (SELECT COUNT(*) FROM messages),
             (SELECT COUNT(*) FROM actions), (SELECT COUNT(*) FROM escalations),
             (SELECT MAX(updated_at) FROM conversations)`,
        )
        .raw()
        .get(),
    ),
  );
}

function read<T>(dataDir: string, work: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, 'assist.db'), { readonly: true, fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** Parses a bucket label of the time-to-resolution table ("under 1 min", "5 min – 15 min", "4 h or more"). */
export function bucketBounds(label: string): { fromMinutes: number; toMinutes: number | null } {
  const minutes = (text: string) => {
    const match = /^(\d+(?:\.\d+)?) (s|min|h)$/.exec(text.trim());
    if (!match) throw new Error(`not a duration: "${text}"`);
    return Number(match[1]) * { s: 1 / 60, min: 1, h: 60 }[match[2] as 's' | 'min' | 'h'];
  };
  if (label.startsWith('under ')) return { fromMinutes: 0, toMinutes: minutes(label.slice(6)) };
  if (label.endsWith(' or more')) return { fromMinutes: minutes(label.slice(0, -8)), toMinutes: null };
  const [from, to] = label.split(' – ');
  return { fromMinutes: minutes(from!), toMinutes: minutes(to!) };
}

export function expectedTables(
  dataDir: string,
  bucketLabels: readonly string[],
  now = new Date(),
): ExpectedTables {
  const period = defaultPeriod(now);
  return read(dataDir, (db) => {
    const conversations = db
      .prepare(
        `SELECT c.id, substr(c.created_at, 1, 10) AS day, c.status,
           EXISTS (SELECT 1 FROM escalations e WHERE e.conversation_id = c.id) AS escalated,
           EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.role = 'rep') AS repWrote,
           EXISTS (SELECT 1 FROM actions a WHERE a.conversation_id = c.id AND a.decided_by IS NOT NULL) AS repDecided,
           (SELECT MIN(at) FROM messages m WHERE m.conversation_id = c.id AND m.role = 'customer') AS firstCustomer,
           COALESCE((SELECT MAX(at) FROM messages m WHERE m.conversation_id = c.id AND m.role <> 'customer'),
             c.updated_at) AS lastWord,
           (SELECT score FROM csat s WHERE s.conversation_id = c.id) AS csat
         FROM conversations c WHERE c.created_at >= @from AND c.created_at < @before
         ORDER BY c.created_at`,
      )
      .all(period) as {
      day: string;
      status: string;
      escalated: 0 | 1;
      repWrote: 0 | 1;
      repDecided: 0 | 1;
      firstCustomer: string | null;
      lastWord: string | null;
      csat: number | null;
    }[];
    const days = [...new Set(conversations.map((c) => c.day))].sort();
    const ofDay = (d: string) => conversations.filter((c) => c.day === d);
    const automated = (c: (typeof conversations)[number]) =>
      c.status === 'resolved' && !c.escalated && !c.repWrote && !c.repDecided;

    const reasons = db
      .prepare(
        `SELECT r.value AS reason, COUNT(DISTINCT e.conversation_id) AS count
         FROM escalations e JOIN conversations c ON c.id = e.conversation_id, json_each(e.reasons) r
         WHERE c.created_at >= @from AND c.created_at < @before GROUP BY r.value`,
      )
      .all(period) as { reason: string; count: number }[];

    const decided = db
      .prepare(
        `SELECT a.tool, a.status, a.proposed_args AS proposed, a.approved_args AS approved
         FROM actions a JOIN conversations c ON c.id = a.conversation_id
         WHERE c.created_at >= @from AND c.created_at < @before AND a.decided_by IS NOT NULL`,
      )
      .all(period) as { tool: string; status: string; proposed: string; approved: string | null }[];
    const decidedTools = [...new Set(decided.map((a) => a.tool))].sort();
    const approvals = decidedTools.map((tool) => {
      const mine = decided.filter((a) => a.tool === tool);
      const approved = mine.filter((a) => a.approved !== null);
      const edited = approved.filter(
        (a) => !isDeepStrictEqual(JSON.parse(a.approved!), JSON.parse(a.proposed)),
      ).length;
      const rejected = mine.filter((a) => a.status === 'rejected').length;
      return [tool, String(approved.length - edited), String(edited), String(rejected)];
    });

    const resolutionMinutes = conversations
      .filter((c) => c.status === 'resolved' && c.firstCustomer && c.lastWord)
      .map((c) => (Date.parse(c.lastWord!) - Date.parse(c.firstCustomer!)) / 60_000);

    const csatDays = days.flatMap((d) => {
      const scores = ofDay(d).flatMap((c) => (c.csat === null ? [] : [c.csat]));
      return scores.length === 0
        ? []
        : [[day(d), `${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1)} / 5`]];
    });

    return {
      automation: [
        ['Day', 'Automation rate', 'Conversations'],
        ...days.map((d) => [
          day(d),
          rate(ofDay(d).filter(automated).length, ofDay(d).length),
          String(ofDay(d).length),
        ]),
      ],
      escalation: [
        ['Day', 'Escalation rate', 'Conversations'],
        ...days.map((d) => [
          day(d),
          rate(ofDay(d).filter((c) => c.escalated).length, ofDay(d).length),
          String(ofDay(d).length),
        ]),
      ],
      reasons: [
        ['Reason', 'Escalated conversations'],
        ...reasons.map((r) => [r.reason, String(r.count)]).sort((a, b) => a[0]!.localeCompare(b[0]!)),
      ],
      approvals: [['Tool', 'Approved as proposed', 'Edited, then approved', 'Rejected'], ...approvals],
      csat: [['Day', 'Average CSAT'], ...csatDays],
      resolution: bucketLabels.map((bucket) => {
        const { fromMinutes, toMinutes } = bucketBounds(bucket);
        const count = resolutionMinutes.filter(
          (m) => m >= fromMinutes && (toMinutes === null || m < toMinutes),
        ).length;
        return { bucket, fromMinutes, toMinutes, count };
      }),
      decidedTools,
    };
  });
}
