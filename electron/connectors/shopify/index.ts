import type { ConnectionTest } from '../../../shared/connections';
import { failedConnectionTest } from '../http/connector-error';
import { configParser } from '../parse-config';
import type { SystemConnector } from '../system';
import { ShopifyConfig, shopifyClient } from './client';
import { findOrder } from './lookups';
import { ShopReply } from './map';
import { connectionTest } from './queries';
import { shopifyHandlers } from './tools';

const result = (fields: Omit<ConnectionTest, 'system'>): ConnectionTest => ({ system: 'shopify', ...fields });

export const shopify: SystemConnector<ShopifyConfig> = {
  name: 'shopify',
  groups: ['orders'],
  parseConfig: configParser(ShopifyConfig),
  open(config, deps) {
    const api = shopifyClient(config, deps);
    return {
      async test() {
        try {
          // Reading one order and one product proves the scopes the tools need, not only the token.
          const { shop } = await api.query(connectionTest, {}, ShopReply);
          const account = `${shop.name} (${shop.myshopifyDomain})`;
          return result({
            ok: true,
            account,
            problem: null,
            scope: null,
            message: `Connected to ${account}.`,
          });
        } catch (error) {
          return failedConnectionTest('shopify', error);
        }
      },
      handlers: shopifyHandlers(api, deps.customers),
      records: {
        async ownerEmailOf(kind, id) {
          if (kind !== 'order') return null;
          return (await findOrder(api, id))?.email ?? null;
        },
      },
    };
  },
};
