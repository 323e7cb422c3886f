import { systems, type ConnectionTest } from '../../../shared/connections';
import { ConnectorError, failedConnectionTest } from '../http/connector-error';
import { configParser } from '../parse-config';
import type { SystemConnector } from '../system';
import { ZendeskConfig, isTicketId, showTicket, signedInUser, zendeskClient } from './client';
import { requesterEmailOf } from './map';
import { zendeskTicketSource } from './sync';
import { zendeskTools } from './tools';

const spec = systems.zendesk;

export const zendesk: SystemConnector<ZendeskConfig> = {
  name: spec.name,
  groups: spec.groups,
  parseConfig: configParser(ZendeskConfig),
  open(config, deps) {
    const http = zendeskClient(config, deps);
    const host = new URL(config.baseUrl).host;
    const result = (fields: Omit<ConnectionTest, 'system' | 'scope'> & { scope?: string | null }) => ({
      system: spec.name,
      scope: null,
      ...fields,
    });

    return {
      async test() {
        try {
          const user = await signedInUser(http);
          if (user.role === 'end-user')
            return result({
              ok: false,
              account: null,
              problem: 'scope_missing',
              message: `${user.email ?? user.name} is an end user at ${host}; the app needs an agent's API token.`,
            });
          return result({
            ok: true,
            account: `${user.name} <${user.email ?? 'no email'}> at ${host}`,
            problem: null,
            message: `Connected to ${host} as ${user.name}.`,
          });
        } catch (error) {
          return failedConnectionTest('zendesk', error);
        }
      },
      handlers: zendeskTools(http, deps),
      records: {
        async ownerEmailOf(kind, id) {
          if (kind !== 'ticket' || !isTicketId(id)) return null;
          try {
            return requesterEmailOf(await showTicket(http, id));
          } catch (error) {
            if (error instanceof ConnectorError && error.kind === 'not_found') return null;
            throw error;
          }
        },
      },
      tickets: zendeskTicketSource(http, deps.now),
    };
  },
};
