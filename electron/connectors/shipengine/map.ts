import { z } from 'zod';
import type { ToolOutput } from '../../../shared/tools';

type Shipment = ToolOutput<'shipping.track'>['shipments'][number];

export const CarrierList = z.object({ carriers: z.array(z.object({ carrier_id: z.string() })) });

export const LabelList = z.object({
  labels: z.array(z.object({ label_id: z.string(), tracking_number: z.string(), carrier_code: z.string() })),
});
export type Label = z.infer<typeof LabelList>['labels'][number];

export const TrackingInfo = z.object({
  tracking_number: z.string(),
  status_code: z.string(),
  estimated_delivery_date: z.string().nullish(),
  events: z.array(
    z.object({
      occurred_at: z.string(),
      description: z.string().nullish(),
      city_locality: z.string().nullish(),
      state_province: z.string().nullish(),
      country_code: z.string().nullish(),
    }),
  ),
});
export type TrackingInfo = z.infer<typeof TrackingInfo>;

/**
 * ShipEngine's status codes: accepted, in transit, not yet in system and unknown are still moving;
 * delivered and delivered to a collection point (SP) are delivered; a failed attempt (AT) is delayed.
 */
const statuses: Record<string, Shipment['status']> = {
  AC: 'in_transit',
  IT: 'in_transit',
  NY: 'in_transit',
  UN: 'in_transit',
  DE: 'delivered',
  SP: 'delivered',
  AT: 'delayed',
  EX: 'exception',
};

/** A parcel still moving after its estimated delivery day is delayed. */
function statusOf(info: TrackingInfo, now: Date): Shipment['status'] {
  const status = statuses[info.status_code.toUpperCase()] ?? 'in_transit';
  const eta = info.estimated_delivery_date?.slice(0, 10);
  return status === 'in_transit' && eta && eta < now.toISOString().slice(0, 10) ? 'delayed' : status;
}

/**
 * A label's tracking as the contract's shipment. A carrier knows no orders: the order id is the one
 * the caller asked about, or '' when it asked by tracking number alone.
 */
export function shipmentOf(
  label: Label,
  info: TrackingInfo,
  orderId: string | undefined,
  now: Date,
): Shipment {
  return {
    id: label.label_id,
    orderId: orderId ?? '',
    carrier: label.carrier_code,
    trackingNumber: info.tracking_number,
    status: statusOf(info, now),
    eta: info.estimated_delivery_date ?? null,
    events: info.events
      .map((event) => ({
        at: event.occurred_at,
        location: [event.city_locality, event.state_province, event.country_code].filter(Boolean).join(', '),
        description: event.description ?? '',
      }))
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
  };
}
