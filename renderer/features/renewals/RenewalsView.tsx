import { AccountList } from './AccountList';
import { CheatSheetView } from './CheatSheetView';
import { DelegationPanel } from './DelegationPanel';
import { filterAccounts, useRenewalsStore } from './renewals-store';
import { useAccounts } from './use-accounts';
import { useCheatSheet } from './use-cheat-sheet';

/** The renewal desk: the book of accounts, and the chosen account's cheat sheet and delegated tasks. */
export function RenewalsView() {
  useAccounts();
  const accounts = useRenewalsStore((s) => s.accounts);
  const accountsError = useRenewalsStore((s) => s.accountsError);
  const search = useRenewalsStore((s) => s.search);
  const page = useRenewalsStore((s) => s.page);
  const selectedId = useRenewalsStore((s) => s.selectedAccountId);
  const { setSearch, setPage, selectAccount } = useRenewalsStore.getState();
  const { sheet, error } = useCheatSheet(selectedId);
  const selected = accounts.find((a) => a.id === selectedId);
  const shown = filterAccounts(accounts, search);

  return (
    <main className="view renewals-view" aria-labelledby="renewals-title">
      <header className="view-header">
        <h2 id="renewals-title">Renewals</h2>
        <input
          type="search"
          aria-label="Search accounts"
          placeholder="Account name"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="count">{shown.length === 1 ? '1 account' : `${shown.length} accounts`}</span>
      </header>
      {accountsError && (
        <p role="alert" className="field-error">
          {accountsError}
        </p>
      )}
      <div className="renewals-body">
        <AccountList
          accounts={shown}
          page={page}
          selectedId={selectedId}
          onPage={setPage}
          onSelect={selectAccount}
        />
        <section className="account-detail" aria-label="Cheat sheet">
          {!selected ? (
            <p className="empty">Choose an account to read its cheat sheet.</p>
          ) : (
            <>
              <h3>{selected.name}</h3>
              {error && (
                <p role="alert" className="field-error">
                  {error}
                </p>
              )}
              {sheet ? <CheatSheetView sheet={sheet} /> : !error && <p className="muted">Loading…</p>}
              <DelegationPanel accountId={selected.id} />
            </>
          )}
        </section>
      </div>
    </main>
  );
}
