import type { Scopes } from '../../shared/policy';

/**
 * Who a tool call runs for. The executor derives from it which customers' records the call may reach;
 * nothing the reasoner writes can change it.
 */
export type Principal =
  /** A customer conversation: the customer its channel (or a one-time code) verified, or nobody yet. */
  | { kind: 'customer'; customerId: string | null }
  /** A task a rep delegated about an account: the account's customer. */
  | { kind: 'task'; customerId: string }
  /** A rep; inside a conversation (approving an action there) it carries that conversation's customer. */
  | { kind: 'rep'; customerId?: string | null }
  /** The app's own checks: resolving a channel's identity, counting limits, sending a one-time code. */
  | { kind: 'system' };

/** Which records a call may reach: any, or only those of one customer (none when `customerId` is null). */
export type Scope = { kind: 'any' } | { kind: 'customer'; customerId: string | null };

/** The scope of a principal under the policy's `scopes`; a customer is always limited to themselves. */
export function scopeOf(principal: Principal, scopes: Scopes): Scope {
  switch (principal.kind) {
    case 'customer':
      return { kind: 'customer', customerId: principal.customerId };
    case 'task':
      return scopes.delegatedTasks === 'account'
        ? { kind: 'customer', customerId: principal.customerId }
        : { kind: 'any' };
    case 'rep':
      return principal.customerId !== undefined && scopes.approvals === 'conversation'
        ? { kind: 'customer', customerId: principal.customerId }
        : { kind: 'any' };
    case 'system':
      return { kind: 'any' };
  }
}

/** How the audit log names whose records a call could reach: `customer:cus_1`, `rep`, `task:unverified`. */
export const principalLabel = (principal: Principal): string =>
  principal.kind === 'customer' || principal.kind === 'task'
    ? `${principal.kind}:${principal.customerId ?? 'unverified'}`
    : principal.kind === 'rep' && principal.customerId
      ? `rep:${principal.customerId}`
      : principal.kind;
