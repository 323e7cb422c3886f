import type { ConnectionTest } from '../../../shared/connections';
import { failedConnectionTest } from '../http/connector-error';
import { configParser } from '../parse-config';
import type { SystemConnector } from '../system';
import { hubspotClient, HubspotConfig } from './client';
import { AccountDetails } from './map';
import { hubspotDirectory } from './directory';
import { interactionsSince } from './interactions';
import { hubspotRenewalSignals } from './renewal-signals';
import { hubspotTools } from './tools';

export const hubspot: SystemConnector<HubspotConfig> = {
  name: 'hubspot',
  groups: ['crm'],
  parseConfig: configParser(HubspotConfig),
  open(config, deps) {
    const client = hubspotClient(config, deps);
    return {
      async test(): Promise<ConnectionTest> {
        try {
          const details = await client.request({
            method: 'GET',
            path: '/account-info/v3/details',
            schema: AccountDetails,
          });
          const account = `portal ${details.portalId} (${details.companyCurrency}, ${details.timeZone})`;
          return {
            system: 'hubspot',
            ok: true,
            account,
            problem: null,
            scope: null,
            message: `Connected to HubSpot ${account}.`,
          };
        } catch (error) {
          return failedConnectionTest('hubspot', error);
        }
      },
      handlers: hubspotTools(client),
      directory: hubspotDirectory(client),
      interactionsSince: interactionsSince(client),
      renewals: hubspotRenewalSignals(client),
    };
  },
};
