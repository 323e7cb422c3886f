import type { Policy } from '../../shared/policy';
import type { RenewalQuoter } from '../../shared/renewal-signals';
import { toolNames, type ToolName } from '../../shared/tools';
import { defaultPolicy } from '../policy/default-policy';
import type { Database } from '../store/database';
import { AuditRepo } from './audit-repo';
import type { Connector } from './connector';
import { sandboxConnectorOver } from './connectors/sandbox-over-db';
import { ToolExecutor } from './executor';
import type { ExternalTools } from './external-tools';
import { IdempotencyRepo } from './idempotency-repo';

export interface ToolBridge {
  executor: ToolExecutor;
  audit: AuditRepo;
}

/**
 * The tool bridge over the app database: every tool served by the sandbox unless a real connector
 * (Zendesk, Shopify, Stripe…) is routed to it, e.g. `{ 'tickets.create': zendesk }`.
 */
export function createToolBridge(
  db: Database,
  options: {
    /**
     * Real connectors for some tools: fixed, or asked on every call (the team's connections, which
     * Settings can change at any time; `route` is the bridge's own routing, for the CRM directory).
     */
    overrides?:
      | Partial<Record<ToolName, Connector>>
      | ((route: (tool: ToolName) => Connector) => Partial<Record<ToolName, Connector>>);
    now?: () => Date;
    timeoutMs?: number;
    /** The scopes of reps and delegated tasks. */
    policy?: () => Pick<Policy, 'scopes'>;
    /**
     * The renewal desk's quotes for `renewals.quote` (the app passes `renewalQuoter`); without it that
     * tool answers unavailable. A function, so the tools never import the renewal desk.
     */
    renewalQuote?: RenewalQuoter;
    /** Tools of the MCP servers a rep allowed, run through the same executor. */
    external?: ExternalTools;
  } = {},
): ToolBridge {
  const shipped = options.policy ? null : defaultPolicy();
  const policy = options.policy ?? (() => shipped!);
  const sandbox = sandboxConnectorOver(db, options.now, options.renewalQuote);
  const overrides = options.overrides;
  const route = (tool: ToolName): Connector =>
    (typeof overrides === 'function' ? overrides(route)[tool] : overrides?.[tool]) ?? sandbox;
  const routes = {} as Record<ToolName, Connector>;
  for (const tool of toolNames)
    Object.defineProperty(routes, tool, { get: () => route(tool), enumerable: true });
  const audit = new AuditRepo(db);
  const executor = new ToolExecutor({
    routes,
    audit,
    idempotency: new IdempotencyRepo(db),
    scopes: () => policy().scopes,
    ...(options.now ? { now: options.now } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.external ? { external: options.external } : {}),
  });
  return { executor, audit };
}
