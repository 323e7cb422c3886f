import type { ConnectionTest } from '../../../shared/connections';
import { failedConnectionTest } from '../http/connector-error';
import { configParser } from '../parse-config';
import type { SystemConnector } from '../system';
import { salesforceApi, SalesforceConfig } from './client';
import { UserInfo } from './map';
import { salesforceDirectory } from './directory';
import { interactionsSince } from './interactions';
import { salesforceRenewalSignals } from './renewal-signals';
import { salesforceTools } from './tools';

export const salesforce: SystemConnector<SalesforceConfig> = {
  name: 'salesforce',
  groups: ['crm'],
  parseConfig: configParser(SalesforceConfig),
  open(config, deps) {
    const api = salesforceApi(config, deps);
    return {
      async test(): Promise<ConnectionTest> {
        try {
          const user = await api.http.request({
            method: 'GET',
            path: '/services/oauth2/userinfo',
            schema: UserInfo,
          });
          const account = `${user.preferred_username} (org ${user.organization_id})`;
          return {
            system: 'salesforce',
            ok: true,
            account,
            problem: null,
            scope: null,
            message: `Connected to Salesforce as ${account}.`,
          };
        } catch (error) {
          return failedConnectionTest('salesforce', error);
        }
      },
      handlers: salesforceTools(api),
      directory: salesforceDirectory(api),
      interactionsSince: interactionsSince(api),
      renewals: salesforceRenewalSignals(api),
    };
  },
};
