import type { AccountSummary } from '../../../shared/cheatsheet';
import { formatDay } from './cheat-sheet-format';

const pageSize = 20;

interface Props {
  accounts: AccountSummary[];
  page: number;
  selectedId: string | null;
  onPage(page: number): void;
  onSelect(accountId: string): void;
}

/** The accounts one page at a time (a book can hold thousands), each a button that opens its cheat sheet. */
export function AccountList({ accounts, page, selectedId, onPage, onSelect }: Props) {
  const pages = Math.max(1, Math.ceil(accounts.length / pageSize));
  const shown = accounts.slice(page * pageSize, (page + 1) * pageSize);
  return (
    <div className="account-list">
      <ul aria-label="Accounts">
        {shown.map((account) => (
          <li key={account.id}>
            <button
              type="button"
              className="account-row"
              aria-current={account.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(account.id)}
            >
              <span className="account-name">{account.name}</span>
              <span className="muted">
                {account.plan} · {account.seatsUsed}/{account.seats} seats · renews{' '}
                {formatDay(account.renewalDate)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <nav aria-label="Account pages" className="pager">
        <button type="button" className="secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
          Previous
        </button>
        <span>
          Page {page + 1} of {pages}
        </span>
        <button
          type="button"
          className="secondary"
          disabled={page + 1 >= pages}
          onClick={() => onPage(page + 1)}
        >
          Next
        </button>
      </nav>
    </div>
  );
}
