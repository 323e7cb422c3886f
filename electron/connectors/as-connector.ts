import { systems, type SystemName } from '../../shared/connections';
import type { ToolName } from '../../shared/tools';
import type { Connector, RecordsPort, ToolHandler } from '../tools/connector';
import type { RecordKind } from '../tools/record-refs';
import { ToolError } from '../tools/tool-error';
import { asToolError } from './http/connector-error';
import type { SystemHealth } from './http/system-health';
import type { CustomerDirectory, OpenSystem } from './system';

/**
 * A real system as the tool executor sees it: handlers that fail as ToolErrors (an outage naming its
 * system), fail at once while the system is marked unavailable, and ownership answered in CRM ids
 * through the customer directory, so the executor's rules hold for every connector as for the sandbox.
 */
export function asConnector(
  name: SystemName,
  open: OpenSystem,
  deps: {
    directory: CustomerDirectory;
    health: SystemHealth;
    /** Whose records answer for kinds this system cannot (a carrier's shipments: the orders system). */
    fallback: (kind: RecordKind) => RecordsPort | undefined;
  },
): Connector {
  const label = systems[name].label;
  const handlers: Partial<Record<ToolName, ToolHandler<ToolName>>> = {};
  for (const [tool, handler] of Object.entries(open.handlers) as [ToolName, ToolHandler<ToolName>][])
    handlers[tool] = async (input, context) => {
      if (!deps.health.mayTry(name))
        throw new ToolError(
          'unavailable',
          `${label} is marked unavailable after repeated failures: ${deps.health.lastError(name) ?? 'no answer'}`,
          undefined,
          name,
        );
      try {
        return await handler(input as never, context);
      } catch (error) {
        throw asToolError(error);
      }
    };

  const { directory } = deps;
  const servesCrm = systems[name].groups.includes('crm');
  const records: RecordsPort = {
    ownerOf: async (kind, id) => {
      if (kind === 'customer' && servesCrm) return (await directory.emailForId(id)) === null ? null : id;
      if (kind === 'email' && servesCrm) return directory.idForEmail(id);
      if ((kind === 'order' || kind === 'ticket' || kind === 'shipment') && open.records) {
        const email = await open.records.ownerEmailOf(kind, id);
        return email === null ? null : directory.idForEmail(email);
      }
      const other = deps.fallback(kind);
      if (!other) throw new Error(`${label} cannot say who owns ${kind} records`);
      return other.ownerOf(kind, id);
    },
    creditsSince: async (customerId, since) => {
      if (!open.creditsSince) throw new Error(`${label} keeps no credits`);
      return open.creditsSince(customerId, since);
    },
    ...(open.interactionsSince ? { interactionsSince: open.interactionsSince } : {}),
  };
  return { name, handlers, records };
}
