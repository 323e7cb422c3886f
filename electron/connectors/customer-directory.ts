import type { ToolName } from '../../shared/tools';
import type { Connector, ToolContext, ToolHandler } from '../tools/connector';
import { ToolError } from '../tools/tool-error';
import type { CustomerDirectory } from './system';

// Long enough to serve one agent run from memory, short enough that a CRM edit shows soon.
const cacheMs = 60_000;

const context = (now: () => Date): ToolContext => ({
  idempotencyKey: undefined,
  signal: AbortSignal.timeout(15_000),
  now,
});

/** Customers as the tools of whatever serves the CRM group know them (the sandbox's, by default). */
export function toolsDirectory(
  route: (tool: ToolName) => Connector | undefined,
  now: () => Date,
): CustomerDirectory {
  const handler = <T extends ToolName>(tool: T): ToolHandler<T> => {
    const found = route(tool)?.handlers[tool] as ToolHandler<T> | undefined;
    if (!found) throw new ToolError('unavailable', `No system serves ${tool}.`);
    return found;
  };
  return {
    async idForEmail(email) {
      const wanted = email.trim().toLowerCase();
      const { customers } = await handler('crm.findCustomer')({ email: email.trim() }, context(now));
      return customers.find((c) => c.email.trim().toLowerCase() === wanted)?.id ?? null;
    },
    async emailForId(customerId) {
      try {
        return (await handler('crm.getCustomer')({ customerId }, context(now))).customer.email;
      } catch (error) {
        if (error instanceof ToolError && error.code === 'not_found') return null;
        throw error;
      }
    },
  };
}

/**
 * The one place other systems learn which customer an email belongs to: the directory of the system
 * serving the CRM group (chosen at each lookup, so a mapping change applies at once), its answers kept
 * for a minute.
 */
export function cachedDirectory(current: () => CustomerDirectory): CustomerDirectory {
  const cache = new Map<string, { at: number; directory: CustomerDirectory; value: string | null }>();
  const cached = async (key: string, load: (d: CustomerDirectory) => Promise<string | null>) => {
    const directory = current();
    const hit = cache.get(key);
    if (hit && hit.directory === directory && Date.now() - hit.at < cacheMs) return hit.value;
    const value = await load(directory);
    cache.set(key, { at: Date.now(), directory, value });
    return value;
  };
  return {
    idForEmail: (email) => cached(`email:${email.trim().toLowerCase()}`, (d) => d.idForEmail(email)),
    emailForId: (id) => cached(`id:${id}`, (d) => d.emailForId(id)),
  };
}
