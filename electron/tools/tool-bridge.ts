import type { Policy } from '../../shared/policy';
import { toolNames, type ToolName } from '../../shared/tools';
import { defaultPolicy } from '../policy/default-policy';
import { createSandbox } from '../sandbox/sandbox';
import type { Database } from '../store/database';
import { AuditRepo } from './audit-repo';
import type { Connector } from './connector';
import { sandboxConnector } from './connectors/sandbox-connector';
import { ToolExecutor } from './executor';
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
    overrides?: Partial<Record<ToolName, Connector>>;
    now?: () => Date;
    timeoutMs?: number;
    /** The renewal discount rules that price quotes, and the scopes of reps and delegated tasks. */
    policy?: () => Pick<Policy, 'renewals' | 'scopes'>;
  } = {},
): ToolBridge {
  const shipped = options.policy ? null : defaultPolicy();
  const policy = options.policy ?? (() => shipped!);
  const sandbox = sandboxConnector(createSandbox(db, options.now), db, policy);
  const routes = Object.fromEntries(
    toolNames.map((tool) => [tool, options.overrides?.[tool] ?? sandbox]),
  ) as Record<ToolName, Connector>;
  const audit = new AuditRepo(db);
  const executor = new ToolExecutor({
    routes,
    audit,
    idempotency: new IdempotencyRepo(db),
    scopes: () => policy().scopes,
    ...(options.now ? { now: options.now } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return { executor, audit };
}
