import type { ToolName, ToolOutput } from '../../shared/tools';

/** Lists whose entries belong to different customers: a scoped caller gets only its own. */
const ownedLists: Partial<Record<ToolName, (value: unknown, customerId: string | null) => unknown>> = {
  'crm.findCustomer': (value, customerId) => {
    const out = value as ToolOutput<'crm.findCustomer'>;
    return { ...out, customers: out.customers.filter((c) => c.id === customerId) };
  },
  'orders.list': (value, customerId) => {
    const out = value as ToolOutput<'orders.list'>;
    return { ...out, orders: out.orders.filter((o) => o.customerId === customerId) };
  },
};

/** Every `customerId` named anywhere in a value. */
function ownersIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) ownersIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'customerId' && typeof inner === 'string') found.add(inner);
      else ownersIn(inner, found);
    }
  }
  return found;
}

/**
 * A tool's output as a caller limited to one customer may see it: lists keep that customer's entries;
 * anything else that names another customer is withheld (null). A second line of defence behind the
 * check of the arguments, for a connector that answers more than it was asked.
 */
export function scopeOutput(tool: ToolName, value: unknown, customerId: string | null): unknown {
  const scoped = ownedLists[tool]?.(value, customerId) ?? value;
  for (const owner of ownersIn(scoped)) if (owner !== customerId) return null;
  return scoped;
}
