import { assist } from '../../app/client';
import { useRenewalsStore, type Delegation } from './renewals-store';

/** The tasks the renewal desk offers with one click; the rep may also type any other. */
export const quickTasks = [
  'Pull usage data',
  'Generate renewal quote',
  'Schedule renewal call',
  'Send follow-up email',
] as const;

/** Tasks delegated about one account (newest first), and a way to delegate another. */
export function useDelegation(accountId: string) {
  const delegations = useRenewalsStore((s) => s.delegations);
  const forAccount: Delegation[] = delegations.filter((d) => d.accountId === accountId);
  return {
    delegations: forAccount,
    busy: forAccount.some((d) => d.report === null && d.error === null),
    delegate: async (task: string) => {
      const store = useRenewalsStore.getState();
      const id = store.startDelegation(accountId, task);
      const result = await assist.call('tasks.delegate', { accountId, task });
      store.finishDelegation(id, result.ok ? { report: result.value } : { error: result.error.message });
    },
  };
}
