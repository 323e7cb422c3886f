import type { Shipment, ShipmentEvent } from '../format';
import type { Prng } from '../prng';
import type { PlacedOrder } from './orders';
import { cities } from './people-tables';
import { carriers, warehouses } from './store-facts';
import { addDays, iso, isoDate } from '../../../shared/time';

const delayReasons = [
  'severe weather along the route',
  'a high volume of parcels at the regional hub',
  'a missed connection between facilities',
  'a mechanical problem with the delivery vehicle',
  'an incomplete address that the carrier is verifying',
];
const exceptionReasons = [
  'Exception: the package was damaged in transit and a claim has been opened.',
  'Exception: delivery attempted but there was no safe place to leave the package.',
  'Exception: the address could not be found; the package is held at the local depot.',
];
const dropOffs = [
  'Delivered: left at the front door.',
  'Delivered: handed to the resident.',
  'Delivered: left in the parcel locker.',
  'Delivered: left with the building reception.',
];

const latest = (a: string, b: string): string => (a > b ? a : b);

/** A parcel still on its way has no events from the future: squeeze its timeline to end just before `asOf`. */
function beforeToday(events: ShipmentEvent[], asOf: Date): ShipmentEvent[] {
  const first = Date.parse(events[0]!.at);
  const last = Date.parse(events[events.length - 1]!.at);
  const limit = asOf.getTime() - 30 * 60_000;
  if (last <= limit) return events;
  const factor = Math.max(0, limit - first) / (last - first);
  return events.map((event) => ({
    ...event,
    at: iso(new Date(first + (Date.parse(event.at) - first) * factor)),
  }));
}

/** A shipment and the moment its parcel was delivered, if it was. */
export interface GeneratedShipment {
  shipment: Shipment;
  deliveredAt: Date | null;
  labelAt: Date;
}

function trackingNumber(rng: Prng, carrier: (typeof carriers)[number], used: Set<string>): string {
  for (;;) {
    const digits = Array.from({ length: carrier.digits }, () => rng.int(0, 9)).join('');
    const number = `${carrier.prefix}${digits}${carrier.suffix}`;
    if (!used.has(number)) return (used.add(number), number);
  }
}

/**
 * The parcel of each shipped or delivered order, with carrier events up to today: in transit on time,
 * delayed (ETA past the promised date), stuck with an exception, delivered on time or late.
 */
export function generateShipments(
  rng: Prng,
  placed: readonly PlacedOrder[],
  asOf: Date,
): GeneratedShipment[] {
  const used = new Set<string>();
  const result: GeneratedShipment[] = [];
  for (const { order, plan, speed } of placed) {
    if (plan === 'none') continue;
    const carrier = rng.pick(carriers);
    const promised = new Date(`${order.promisedBy}T18:00:00.000Z`);
    const placedAt = new Date(order.placedAt);
    const labelAt = addDays(placedAt, 0.15 + rng.next() * 0.6);
    const origin = rng.pick(warehouses);
    const hub = rng.pick(cities);
    const destination = `${order.shippingAddress.city}, ${order.shippingAddress.state ?? order.shippingAddress.country}`;
    const events: ShipmentEvent[] = [];
    let clock = labelAt;
    const step = (days: number, location: string, description: string) => {
      clock = addDays(clock, days);
      events.push({ at: iso(clock), location, description });
    };
    step(0, origin, 'Shipping label created; the carrier has been notified.');
    step(0.2 + rng.next() * 0.3, origin, `Picked up by ${carrier.name}.`);
    step(0.1 + rng.next() * 0.2, origin, 'Departed the origin facility.');
    step(
      speed.maxDays > 1 ? 0.6 + rng.next() * 0.8 : 0.2,
      `${hub.city}, ${hub.state}`,
      `Arrived at the ${carrier.name} regional hub.`,
    );
    let deliveredAt: Date | null = null;
    let eta: string | null;
    let status: Shipment['status'];
    if (plan === 'delivered_on_time' || plan === 'delivered_late') {
      const target =
        plan === 'delivered_late' ? addDays(promised, 1 + rng.int(0, 4)) : addDays(promised, -rng.int(0, 2));
      step(0.3, `${hub.city}, ${hub.state}`, 'Departed the regional hub.');
      if (plan === 'delivered_late')
        step(0.2, `${hub.city}, ${hub.state}`, `Delayed: ${rng.pick(delayReasons)}.`);
      const hour = `${String(rng.int(10, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
      // Never before the parcel could physically get there: at least a few hours after the last scan.
      const earliest = addDays(clock, 0.3);
      const planned = new Date(`${isoDate(target)}T${hour}:00.000Z`);
      deliveredAt = planned < earliest ? earliest : planned;
      step((deliveredAt.getTime() - clock.getTime()) / 86_400_000 - 0.15, destination, 'Out for delivery.');
      step(0.15, destination, rng.pick(dropOffs));
      status = 'delivered';
      eta = isoDate(deliveredAt);
    } else if (plan === 'on_time') {
      status = 'in_transit';
      eta = latest(isoDate(addDays(promised, -rng.int(0, 1))), isoDate(asOf));
    } else if (plan === 'delayed') {
      step(0.2 + rng.next() * 0.3, `${hub.city}, ${hub.state}`, `Delayed: ${rng.pick(delayReasons)}.`);
      status = 'delayed';
      eta = latest(isoDate(addDays(promised, rng.int(1, 3))), isoDate(addDays(asOf, rng.int(1, 2))));
    } else {
      step(0.3 + rng.next() * 0.4, destination, rng.pick(exceptionReasons));
      status = 'exception';
      eta = null;
    }
    result.push({
      shipment: {
        id: `shp_${String(result.length + 1).padStart(6, '0')}`,
        orderId: order.id,
        carrier: carrier.name,
        trackingNumber: trackingNumber(rng, carrier, used),
        status,
        eta,
        events: deliveredAt ? events : beforeToday(events, asOf),
      },
      deliveredAt,
      labelAt,
    });
  }
  return result;
}
