import { useEffect } from 'react';
import type { CheatSheet } from '../../../shared/cheatsheet';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { useRenewalsStore } from './renewals-store';

/** The cheat sheet of an account, fetched when first asked for and kept for the session. */
export function useCheatSheet(accountId: string | null): { sheet: CheatSheet | null; error: string | null } {
  const connection = useAppStore((s) => s.connection);
  const sheet = useRenewalsStore((s) => (accountId ? s.sheets[accountId] : undefined));
  const error = useRenewalsStore((s) => (accountId ? s.sheetErrors[accountId] : undefined));
  const loaded = sheet !== undefined;
  useEffect(() => {
    if (connection !== 'open' || !accountId || loaded) return;
    void assist.call('cheatsheet.get', { accountId }).then((result) => {
      const store = useRenewalsStore.getState();
      if (result.ok) store.setSheet(result.value);
      else store.setSheetError(accountId, result.error.message);
    });
  }, [connection, accountId, loaded]);
  return { sheet: sheet ?? null, error: error ?? null };
}
