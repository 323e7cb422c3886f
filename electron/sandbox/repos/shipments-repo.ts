import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../../store/database';
import type { Shipment } from '../format';
import { resolveOrderId } from '../tables/orders';
import { readShipments } from '../tables/shipments';

/** What to track: an order (all its parcels) or one tracking number. */
export type TrackingQuery = { orderId: string } | { trackingNumber: string };

/** Carrier tracking: shipments per order with status, ETA and carrier events. */
export class ShipmentsRepo {
  constructor(private readonly db: Database) {}

  /**
   * The shipments of an order (empty while it has not shipped), or the one shipment with a tracking
   * number. Events are oldest first.
   */
  track(query: TrackingQuery): Result<Shipment[]> {
    if ('trackingNumber' in query) {
      const shipments = readShipments(this.db, 'WHERE tracking_number = ?', query.trackingNumber.trim());
      return shipments.length > 0
        ? ok(shipments)
        : fail('not_found', `No shipment with tracking number ${query.trackingNumber}.`, 'trackingNumber');
    }
    const orderId = resolveOrderId(this.db, query.orderId);
    if (orderId === undefined) return fail('not_found', `No order with id ${query.orderId}.`, 'orderId');
    return ok(readShipments(this.db, 'WHERE order_id = ? ORDER BY rowid', orderId));
  }
}
