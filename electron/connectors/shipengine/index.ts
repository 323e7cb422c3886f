import type { ConnectionTest } from '../../../shared/connections';
import { failedConnectionTest } from '../http/connector-error';
import { configParser } from '../parse-config';
import type { SystemConnector } from '../system';
import { shipengineClient, ShipengineConfig } from './client';
import { CarrierList } from './map';
import { shipengineTools } from './tools';

export const shipengine: SystemConnector<ShipengineConfig> = {
  name: 'shipengine',
  groups: ['shipping'],
  parseConfig: configParser(ShipengineConfig),
  open(config, deps) {
    const client = shipengineClient(config, deps);
    return {
      async test(): Promise<ConnectionTest> {
        try {
          const { carriers } = await client.request({
            method: 'GET',
            path: '/v1/carriers',
            schema: CarrierList,
          });
          const account = `ShipEngine (${carriers.length} ${carriers.length === 1 ? 'carrier' : 'carriers'} connected)`;
          return {
            system: 'shipengine',
            ok: true,
            account,
            problem: null,
            scope: null,
            message: `Connected to ${account}.`,
          };
        } catch (error) {
          return failedConnectionTest('shipengine', error);
        }
      },
      handlers: shipengineTools(client),
    };
  },
};
