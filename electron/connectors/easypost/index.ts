import type { ConnectionTest } from '../../../shared/connections';
import { failedConnectionTest } from '../http/connector-error';
import { configParser } from '../parse-config';
import type { SystemConnector } from '../system';
import { easypostClient, EasypostConfig } from './client';
import { TrackerList } from './map';
import { easypostTools } from './tools';

export const easypost: SystemConnector<EasypostConfig> = {
  name: 'easypost',
  groups: ['shipping'],
  parseConfig: configParser(EasypostConfig),
  open(config, deps) {
    const client = easypostClient(config, deps);
    return {
      // The Users API takes production keys only, so the test lists one tracker, which any key may.
      async test(): Promise<ConnectionTest> {
        try {
          const { trackers } = await client.request({
            method: 'GET',
            path: '/v2/trackers',
            query: { page_size: 1 },
            schema: TrackerList,
          });
          const account = trackers[0] ? `EasyPost (${trackers[0].mode} mode)` : 'EasyPost';
          return {
            system: 'easypost',
            ok: true,
            account,
            problem: null,
            scope: null,
            message: `Connected to ${account}.`,
          };
        } catch (error) {
          return failedConnectionTest('easypost', error);
        }
      },
      handlers: easypostTools(client),
    };
  },
};
