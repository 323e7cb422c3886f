import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import {
  Address,
  OrderStatus,
  text,
  type Order,
  type OrderItem,
  type Refund,
  type ReturnRequest,
} from '../format';
import { fromJson, toJson } from '../tables/json-column';
import { loadOrder, readOrders, readReturns } from '../tables/orders';
import { readRefunds } from '../tables/payments';
import { checkInput, orderNotFound, systemClock, type Clock } from './repo-support';

const ListFilter = z.strictObject({
  status: z.union([OrderStatus, z.array(OrderStatus).min(1)]).optional(),
  limit: z.int().min(1).max(200).default(50),
});
export type OrderListFilter = z.input<typeof ListFilter>;

/** An order line with what the catalog knows about its sku (null when the sku is not in the catalog). */
export interface OrderLine extends OrderItem {
  productId: string | null;
  options: Record<string, string> | null;
}

/** An order as a rep reads it: lines with their options, and the returns and refunds made against it. */
export interface OrderDetails extends Omit<Order, 'items'> {
  items: OrderLine[];
  returns: ReturnRequest[];
  refunds: Refund[];
}

interface VariantFacts {
  product_id: string;
  options: string;
}

/** States in which an order has not left the warehouse, so it can still be cancelled or re-addressed. */
const notShipped: ReadonlySet<Order['status']> = new Set(['pending', 'processing']);

/**
 * Order management: reading orders, cancelling them and changing their address. It keeps records
 * consistent (nothing is cancelled or re-addressed after it ships) and leaves entitlement to the policy.
 */
export class OrdersRepo {
  constructor(
    private readonly db: Database,
    private readonly now: Clock = systemClock,
  ) {}

  /** An order by id; "W1000123" also finds "#W1000123". */
  get(orderId: string): Result<OrderDetails> {
    const order = loadOrder(this.db, orderId);
    if (!order) return orderNotFound(orderId);
    const variant = this.db.prepare('SELECT product_id, options FROM sb_variants WHERE sku = ?');
    return ok({
      ...order,
      items: order.items.map((item): OrderLine => {
        const facts = variant.get(item.sku) as VariantFacts | undefined;
        return {
          ...item,
          productId: facts?.product_id ?? null,
          options: facts ? fromJson<Record<string, string>>(facts.options) : null,
        };
      }),
      returns: readReturns(this.db, 'WHERE order_id = ? ORDER BY rowid', order.id),
      refunds: readRefunds(this.db, 'WHERE order_id = ? ORDER BY rowid', order.id),
    });
  }

  /** A customer's orders, newest first, optionally only those in one or more statuses. */
  listByCustomer(customerId: string, filter: OrderListFilter = {}): Result<Order[]> {
    const checked = checkInput(ListFilter, filter);
    if (!checked.ok) return checked;
    const known = this.db.prepare('SELECT 1 FROM sb_customers WHERE id = ?').get(customerId);
    if (known === undefined) return fail('not_found', `No customer with id ${customerId}.`, 'customerId');
    const { status, limit } = checked.value;
    const statuses = status === undefined ? [] : [status].flat();
    const inStatus = statuses.length === 0 ? '' : `AND status IN (${statuses.map(() => '?').join(', ')})`;
    return ok(
      readOrders(
        this.db,
        `WHERE customer_id = ? ${inStatus} ORDER BY placed_at DESC, rowid DESC LIMIT ?`,
        customerId,
        ...statuses,
        limit,
      ),
    );
  }

  /** Cancels an order that has not shipped; records when and why. */
  cancel(orderId: string, reason: string): Result<Order> {
    const checked = checkInput(z.strictObject({ reason: text(500) }), { reason });
    if (!checked.ok) return checked;
    return this.db.transaction((): Result<Order> => {
      const order = loadOrder(this.db, orderId);
      if (!order) return orderNotFound(orderId);
      if (!notShipped.has(order.status)) {
        return fail(
          'conflict',
          `Order ${order.id} is ${order.status}; only an order that has not shipped can be cancelled.`,
          'orderId',
        );
      }
      this.db
        .prepare(
          "UPDATE sb_orders SET status = 'cancelled', cancelled_at = ?, cancel_reason = ? WHERE id = ?",
        )
        .run(this.now().toISOString(), checked.value.reason, order.id);
      return ok(loadOrder(this.db, order.id) as Order);
    })();
  }

  /** Sends an order that has not shipped to a different address. */
  updateShippingAddress(orderId: string, address: Address): Result<Order> {
    const checked = checkInput(z.strictObject({ address: Address }), { address });
    if (!checked.ok) return checked;
    return this.db.transaction((): Result<Order> => {
      const order = loadOrder(this.db, orderId);
      if (!order) return orderNotFound(orderId);
      if (!notShipped.has(order.status)) {
        return fail(
          'conflict',
          `Order ${order.id} is ${order.status}; its address can no longer change.`,
          'orderId',
        );
      }
      this.db
        .prepare('UPDATE sb_orders SET shipping_address = ? WHERE id = ?')
        .run(toJson(checked.value.address), order.id);
      return ok(loadOrder(this.db, order.id) as Order);
    })();
  }
}
