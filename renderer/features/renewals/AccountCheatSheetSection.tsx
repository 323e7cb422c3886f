import { CheatSheetSummary } from './CheatSheetSummary';
import { useAccounts } from './use-accounts';
import { useCheatSheet } from './use-cheat-sheet';
import { useConversationAccount } from './use-conversation-account';

/** In Details: the brief cheat sheet of the account the open conversation is about, if it is about one. */
export function AccountCheatSheetSection() {
  useAccounts();
  const account = useConversationAccount();
  const { sheet, error } = useCheatSheet(account?.id ?? null);
  if (!account) return null;
  return (
    <section className="account-cheat-sheet" aria-labelledby="account-sheet-title">
      <h3 id="account-sheet-title">Cheat sheet: {account.name}</h3>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {sheet ? <CheatSheetSummary sheet={sheet} /> : !error && <p className="muted">Loading…</p>}
    </section>
  );
}
