import type { ConnectionTest } from '../../../shared/connections';
import { failedConnectionTest } from '../http/connector-error';
import { configParser } from '../parse-config';
import type { SystemConnector } from '../system';
import { StripeConfig, stripeClient } from './client';
import { CustomerList, StripeAccount, accountLabel } from './map';
import { stripeCredits } from './credits';
import { stripeHandlers } from './tools';

const result = (fields: Omit<ConnectionTest, 'system'>): ConnectionTest => ({ system: 'stripe', ...fields });

export const stripe: SystemConnector<StripeConfig> = {
  name: 'stripe',
  groups: ['payments'],
  parseConfig: configParser(StripeConfig),
  open(config, deps) {
    const http = stripeClient(config, deps);
    const restricted = config.secretKey.startsWith('rk_');
    return {
      async test() {
        try {
          // A restricted key may not read the account; listing customers proves a permission the tools need.
          if (restricted) {
            await http.request({
              method: 'GET',
              path: '/v1/customers',
              query: { limit: 1 },
              schema: CustomerList,
            });
            const mode = config.secretKey.startsWith('rk_live_') ? 'live' : 'test';
            const account = `Stripe restricted key (${mode} mode)`;
            return result({
              ok: true,
              account,
              problem: null,
              scope: null,
              message: `Connected to ${account}.`,
            });
          }
          const account = accountLabel(
            await http.request({ method: 'GET', path: '/v1/account', schema: StripeAccount }),
          );
          return result({
            ok: true,
            account,
            problem: null,
            scope: null,
            message: `Connected to ${account}.`,
          });
        } catch (error) {
          return failedConnectionTest('stripe', error);
        }
      },
      handlers: stripeHandlers(http, deps.customers, config.orderIdMetadataKey),
      creditsSince: stripeCredits(http, deps.customers, config.orderIdMetadataKey),
    };
  },
};
