import { useEffect } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { useRenewalsStore } from './renewals-store';

/** Loads the renewal desk's accounts once the connection is up. */
export function useAccounts(): void {
  const connection = useAppStore((s) => s.connection);
  useEffect(() => {
    if (connection !== 'open') return;
    let current = true;
    void assist.call('accounts.list', {}).then((result) => {
      if (!current) return;
      const store = useRenewalsStore.getState();
      if (result.ok) store.setAccounts(result.value.accounts);
      else store.setAccountsError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [connection]);
}
