import type { Database } from '../../store/database';

/** The customers a durability run plays: one earns the automatic credit, one needs a rep for a refund. */
export interface ChaosCast {
  /** A gold or platinum customer with one late parcel: the agent credits them on its own. */
  lateEmail: string;
  /** A customer with one delivered order: the agent opens a return and parks the refund for a rep. */
  refundEmail: string;
}

const uniqueEmail = '(SELECT COUNT(*) FROM sb_customers t WHERE t.email = c.email COLLATE NOCASE) = 1';

/** Picks the cast from a seeded sandbox. */
export function castFrom(db: Database): ChaosCast {
  const lateEmail = db
    .prepare(
      `SELECT c.email FROM sb_customers c WHERE c.tier IN ('gold', 'platinum') AND ${uniqueEmail}
         AND NOT EXISTS (SELECT 1 FROM sb_credits k WHERE k.customer_id = c.id)
         AND (SELECT COUNT(*) FROM sb_orders o WHERE o.customer_id = c.id AND o.status = 'shipped') = 1
         AND EXISTS (SELECT 1 FROM sb_orders o JOIN sb_shipments s ON s.order_id = o.id
                     WHERE o.customer_id = c.id AND o.status = 'shipped' AND s.status = 'delayed')
       ORDER BY c.id LIMIT 1`,
    )
    .pluck()
    .get() as string | undefined;
  const refundEmail = db
    .prepare(
      `SELECT c.email FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id AND o.status = 'delivered'
       WHERE ${uniqueEmail}
         AND (SELECT COUNT(*) FROM sb_orders x WHERE x.customer_id = c.id
              AND x.status IN ('delivered', 'shipped', 'cancelled')) = 1
         AND o.total_cents BETWEEN 4000 AND 50000
         AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id)
       ORDER BY c.id LIMIT 1`,
    )
    .pluck()
    .get() as string | undefined;
  if (!lateEmail || !refundEmail)
    throw new Error('the seeded sandbox has no customers for the durability run');
  return { lateEmail, refundEmail };
}

/** What each customer writes. */
export const chaosMessages = {
  late: "My order hasn't arrived and I need it by Friday",
  refund: 'I want to return my order and get a refund',
} as const;
