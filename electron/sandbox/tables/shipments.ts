import type { Database } from '../../store/database';
import type { Shipment, ShipmentEvent } from '../format';

interface ShipmentRow {
  id: string;
  order_id: string;
  carrier: string;
  tracking_number: string;
  status: Shipment['status'];
  eta: string | null;
}

/** Shipments (with their carrier events, oldest first) matching an SQL tail over sb_shipments. */
export function readShipments(db: Database, tail: string, ...params: unknown[]): Shipment[] {
  const rows = db.prepare(`SELECT * FROM sb_shipments ${tail}`).all(...params) as ShipmentRow[];
  const events = db.prepare(
    'SELECT at, location, description FROM sb_shipment_events WHERE shipment_id = ? ORDER BY seq',
  );
  return rows.map((row) => ({
    id: row.id,
    orderId: row.order_id,
    carrier: row.carrier,
    trackingNumber: row.tracking_number,
    status: row.status,
    eta: row.eta,
    events: events.all(row.id) as ShipmentEvent[],
  }));
}

/** Prepares an insert of whole shipments with their events. */
export function shipmentWriter(db: Database): (shipment: Shipment) => void {
  const insertShipment = db.prepare(
    `INSERT INTO sb_shipments (id, order_id, carrier, tracking_number, status, eta)
     VALUES (@id, @orderId, @carrier, @trackingNumber, @status, @eta)`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO sb_shipment_events (shipment_id, seq, at, location, description) VALUES (?, ?, ?, ?, ?)',
  );
  return (shipment) => {
    insertShipment.run(shipment);
    shipment.events.forEach((event, seq) =>
      insertEvent.run(shipment.id, seq, event.at, event.location, event.description),
    );
  };
}
