import type { ToolHandler } from '../../tools/connector';
import { ToolError } from '../../tools/tool-error';
import { ConnectorError } from '../http/connector-error';
import type { HttpClient } from '../http/http-client';
import { shipmentOf, Tracker } from './map';

export interface EasypostTools {
  'shipping.track': ToolHandler<'shipping.track'>;
}

export function easypostTools(client: HttpClient): EasypostTools {
  return {
    'shipping.track': async ({ orderId, trackingNumber }, { signal, now }) => {
      if (trackingNumber === undefined)
        throw new ToolError(
          'bad_request',
          'EasyPost tracks by tracking number: read it from the order first, then track that number.',
          'trackingNumber',
        );
      try {
        const tracker = await client.request({
          method: 'POST',
          path: '/v2/trackers',
          json: { tracker: { tracking_code: trackingNumber } },
          // EasyPost answers a repeated code with the tracker it already has: a retry cannot make a second.
          repeatable: true,
          schema: Tracker,
          signal,
        });
        return { shipments: [shipmentOf(tracker, orderId, now())] };
      } catch (error) {
        if (error instanceof ConnectorError && (error.kind === 'bad_request' || error.kind === 'conflict'))
          throw new ToolError(
            'not_found',
            `EasyPost found no carrier that knows tracking number ${trackingNumber}.`,
          );
        throw error;
      }
    },
  };
}
