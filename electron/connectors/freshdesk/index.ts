import { systems, type ConnectionTest } from '../../../shared/connections';
import { ConnectorError, failedConnectionTest } from '../http/connector-error';
import { configParser } from '../parse-config';
import type { SystemConnector } from '../system';
import { FreshdeskConfig, freshdeskClient, isTicketId, once, showTicket, signedInAgent } from './client';
import { freshdeskTicketSource } from './sync';
import { freshdeskTools } from './tools';

const spec = systems.freshdesk;

export const freshdesk: SystemConnector<FreshdeskConfig> = {
  name: spec.name,
  groups: spec.groups,
  parseConfig: configParser(FreshdeskConfig),
  open(config, deps) {
    const http = freshdeskClient(config, deps);
    const host = new URL(config.baseUrl).host;
    const us = once(() => signedInAgent(http));

    return {
      async test(): Promise<ConnectionTest> {
        try {
          const { contact } = await signedInAgent(http);
          return {
            system: spec.name,
            ok: true,
            account: `${contact.name} <${contact.email ?? 'no email'}> at ${host}`,
            problem: null,
            scope: null,
            message: `Connected to ${host} as ${contact.name}.`,
          };
        } catch (error) {
          return failedConnectionTest('freshdesk', error);
        }
      },
      handlers: freshdeskTools(http, deps, us),
      records: {
        async ownerEmailOf(kind, id) {
          if (kind !== 'ticket' || !isTicketId(id)) return null;
          try {
            return (await showTicket(http, id)).requester?.email ?? null;
          } catch (error) {
            if (error instanceof ConnectorError && error.kind === 'not_found') return null;
            throw error;
          }
        },
      },
      tickets: freshdeskTicketSource(http, deps.now, us),
    };
  },
};
