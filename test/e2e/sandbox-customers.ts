import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Finds seeded sandbox customers who fit a scenario, by reading the web host's database (read-only)
 * from the test process: the seed is generated per data folder, so tests look customers up rather
 * than hard-coding them.
 */
function query<T>(dataDir: string, sql: string): T[] {
  const db = new Database(path.join(dataDir, 'assist.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** Only customers whose email names one account, so the agent identifies them without asking. */
const uniqueEmail = `(SELECT COUNT(*) FROM sb_customers twin WHERE twin.email = c.email COLLATE NOCASE) = 1`;

/**
 * Silver or bronze customers with exactly one order on its way, whose shipment the carrier reports as
 * delayed: the default policy makes their late-delivery credit wait for a rep's approval.
 */
export function customersWithDelayedShipment(dataDir: string, count = 1): string[] {
  const rows = query<{ email: string }>(
    dataDir,
    `SELECT c.email FROM sb_customers c
     WHERE c.tier IN ('silver', 'bronze') AND ${uniqueEmail}
       AND (SELECT COUNT(*) FROM sb_orders o WHERE o.customer_id = c.id AND o.status = 'shipped') = 1
       AND EXISTS (SELECT 1 FROM sb_orders o JOIN sb_shipments s ON s.order_id = o.id
                   WHERE o.customer_id = c.id AND o.status = 'shipped' AND s.status = 'delayed')
     ORDER BY c.id LIMIT ${count}`,
  );
  if (rows.length < count)
    throw new Error(`the seed has only ${rows.length} customers with a delayed shipment`);
  return rows.map((row) => row.email);
}

export interface DeliveredOrder {
  email: string;
  orderId: string;
  total: number;
}

/**
 * Customers whose only delivered, shipped or cancelled order is one delivered order between $40 and
 * $500: a refund the default policy sends for approval, with room to edit the amount down.
 */
export function customersWithOneDeliveredOrder(dataDir: string, count = 1): DeliveredOrder[] {
  const rows = query<{ email: string; orderId: string; totalCents: number }>(
    dataDir,
    `SELECT c.email, o.id AS orderId, o.total_cents AS totalCents
     FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id AND o.status = 'delivered'
     WHERE ${uniqueEmail}
       AND (SELECT COUNT(*) FROM sb_orders x WHERE x.customer_id = c.id
            AND x.status IN ('delivered', 'shipped', 'cancelled')) = 1
       AND o.total_cents BETWEEN 4000 AND 50000
     ORDER BY c.id LIMIT ${count}`,
  );
  if (rows.length < count)
    throw new Error(`the seed has only ${rows.length} customers with one delivered order`);
  return rows.map((row) => ({ email: row.email, orderId: row.orderId, total: row.totalCents / 100 }));
}

/** Any seeded customer's email (for scenarios where who they are does not matter). */
export function anyCustomer(dataDir: string): string {
  const [row] = query<{ email: string }>(
    dataDir,
    `SELECT c.email FROM sb_customers c WHERE ${uniqueEmail} ORDER BY c.id LIMIT 1`,
  );
  if (!row) throw new Error('the seed has no customers');
  return row.email;
}

/** A customer, and a pending order of another customer: what an attacker would name. */
export function customerAndAnothersOrder(dataDir: string): { email: string; orderId: string } {
  const [row] = query<{ email: string; orderId: string }>(
    dataDir,
    `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id <> c.id
     WHERE ${uniqueEmail} AND o.status = 'pending' ORDER BY c.id, o.id LIMIT 1`,
  );
  if (!row) throw new Error('the seed has no pending orders');
  return row;
}
