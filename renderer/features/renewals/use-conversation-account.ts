import type { AccountSummary } from '../../../shared/cheatsheet';
import { selectSelected, useQueueStore } from '../queue/queue-store';
import { useRenewalsStore } from './renewals-store';

/**
 * The account behind the open conversation, if any: a delegated task's conversation is named after
 * its account, and a customer's conversation may carry the account's customer id.
 */
export function useConversationAccount(): AccountSummary | null {
  const selected = useQueueStore(selectSelected);
  const accounts = useRenewalsStore((s) => s.accounts);
  if (!selected) return null;
  const byName = (a: AccountSummary) => a.name === selected.customer;
  const byCustomer = (a: AccountSummary) => a.customerId === selected.customer;
  return accounts.find(selected.channel === 'task' ? byName : byCustomer) ?? null;
}
