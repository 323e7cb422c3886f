import { z } from 'zod';
import type { ToolOutput } from '../../../shared/tools';

type Shipment = ToolOutput<'shipping.track'>['shipments'][number];

export const TrackerList = z.object({ trackers: z.array(z.object({ mode: z.string() })) });

const Location = z
  .object({ city: z.string().nullish(), state: z.string().nullish(), country: z.string().nullish() })
  .nullish();

export const Tracker = z.object({
  id: z.string(),
  tracking_code: z.string(),
  status: z.string(),
  carrier: z.string().nullable(),
  est_delivery_date: z.string().nullable(),
  tracking_details: z.array(
    z.object({
      message: z.string().nullable(),
      datetime: z.string(),
      tracking_location: Location,
    }),
  ),
});
export type Tracker = z.infer<typeof Tracker>;

const statuses: Record<string, Shipment['status']> = {
  pre_transit: 'in_transit',
  in_transit: 'in_transit',
  out_for_delivery: 'in_transit',
  available_for_pickup: 'in_transit',
  unknown: 'in_transit',
  delivered: 'delivered',
  return_to_sender: 'exception',
  failure: 'exception',
  cancelled: 'exception',
  error: 'exception',
};

/** A parcel still moving after its estimated delivery day is delayed. */
function statusOf(tracker: Tracker, now: Date): Shipment['status'] {
  const status = statuses[tracker.status] ?? 'in_transit';
  const eta = tracker.est_delivery_date?.slice(0, 10);
  return status === 'in_transit' && eta && eta < now.toISOString().slice(0, 10) ? 'delayed' : status;
}

/**
 * A tracker as the contract's shipment. A carrier knows no orders: the order id is the one the
 * caller asked about, or '' when it asked by tracking number alone.
 */
export function shipmentOf(tracker: Tracker, orderId: string | undefined, now: Date): Shipment {
  return {
    id: tracker.id,
    orderId: orderId ?? '',
    carrier: tracker.carrier ?? '',
    trackingNumber: tracker.tracking_code,
    status: statusOf(tracker, now),
    eta: tracker.est_delivery_date,
    events: tracker.tracking_details
      .map((detail) => ({
        at: detail.datetime,
        location: [
          detail.tracking_location?.city,
          detail.tracking_location?.state,
          detail.tracking_location?.country,
        ]
          .filter(Boolean)
          .join(', '),
        description: detail.message ?? '',
      }))
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
  };
}
