import type { ToolHandler } from '../../tools/connector';
import { ToolError } from '../../tools/tool-error';
import type { HttpClient } from '../http/http-client';
import { LabelList, shipmentOf, TrackingInfo } from './map';

export interface ShipengineTools {
  'shipping.track': ToolHandler<'shipping.track'>;
}

/**
 * Tracking goes through the account's label: the tool is given no carrier, which ShipEngine's
 * carrier-code tracking needs, and tracking by label id works on every plan.
 */
export function shipengineTools(client: HttpClient): ShipengineTools {
  return {
    'shipping.track': async ({ orderId, trackingNumber }, { signal, now }) => {
      if (trackingNumber === undefined)
        throw new ToolError(
          'bad_request',
          'ShipEngine tracks by tracking number: read it from the order first, then track that number.',
          'trackingNumber',
        );
      const { labels } = await client.request({
        method: 'GET',
        path: '/v1/labels',
        query: { tracking_number: trackingNumber, page_size: 1 },
        schema: LabelList,
        signal,
      });
      const label = labels.find((candidate) => candidate.tracking_number === trackingNumber);
      if (!label)
        throw new ToolError(
          'not_found',
          `No ShipEngine label has tracking number ${trackingNumber}.`,
          'trackingNumber',
        );
      const info = await client.request({
        method: 'GET',
        path: `/v1/labels/${encodeURIComponent(label.label_id)}/track`,
        schema: TrackingInfo,
        signal,
      });
      return { shipments: [shipmentOf(label, info, orderId, now())] };
    },
  };
}
