import { create } from 'zustand';
import type { RunReport } from '../../../shared/agent';
import type { AccountSummary, CheatSheet } from '../../../shared/cheatsheet';
import type { EventPayload } from '../../../shared/contract';

/** One task the rep handed to the agent from the renewal desk, and how it ended. */
export interface Delegation {
  id: number;
  accountId: string;
  task: string;
  report: RunReport | null;
  error: string | null;
}

interface RenewalsState {
  /** Soonest renewal first, as the main side lists them. */
  accounts: AccountSummary[];
  accountsError: string | null;
  search: string;
  page: number;
  selectedAccountId: string | null;
  sheets: Record<string, CheatSheet>;
  sheetErrors: Record<string, string>;
  /** Newest first. */
  delegations: Delegation[];
  upcomingCall: EventPayload<'call.upcoming'> | null;
  setAccounts(accounts: AccountSummary[]): void;
  setAccountsError(error: string): void;
  setSearch(search: string): void;
  setPage(page: number): void;
  selectAccount(accountId: string | null): void;
  setSheet(sheet: CheatSheet): void;
  setSheetError(accountId: string, error: string): void;
  startDelegation(accountId: string, task: string): number;
  finishDelegation(id: number, outcome: { report: RunReport } | { error: string }): void;
  showUpcomingCall(call: EventPayload<'call.upcoming'> | null): void;
}

let nextDelegationId = 1;

export const useRenewalsStore = create<RenewalsState>()((set) => ({
  accounts: [],
  accountsError: null,
  search: '',
  page: 0,
  selectedAccountId: null,
  sheets: {},
  sheetErrors: {},
  delegations: [],
  upcomingCall: null,
  setAccounts: (accounts) => set({ accounts, accountsError: null }),
  setAccountsError: (accountsError) => set({ accountsError }),
  setSearch: (search) => set({ search, page: 0 }),
  setPage: (page) => set({ page }),
  selectAccount: (selectedAccountId) => set({ selectedAccountId }),
  setSheet: (sheet) => set((state) => ({ sheets: { ...state.sheets, [sheet.accountId]: sheet } })),
  setSheetError: (accountId, error) =>
    set((state) => ({ sheetErrors: { ...state.sheetErrors, [accountId]: error } })),
  startDelegation: (accountId, task) => {
    const id = nextDelegationId++;
    set((state) => ({
      delegations: [{ id, accountId, task, report: null, error: null }, ...state.delegations],
    }));
    return id;
  },
  finishDelegation: (id, outcome) =>
    set((state) => ({
      delegations: state.delegations.map((d) =>
        d.id === id
          ? {
              ...d,
              report: 'report' in outcome ? outcome.report : null,
              error: 'error' in outcome ? outcome.error : null,
            }
          : d,
      ),
    })),
  showUpcomingCall: (upcomingCall) =>
    set((state) =>
      upcomingCall
        ? { upcomingCall, sheets: { ...state.sheets, [upcomingCall.accountId]: upcomingCall.cheatSheet } }
        : { upcomingCall },
    ),
}));

/** The accounts whose name matches the search text, in list order. */
export function filterAccounts(accounts: AccountSummary[], search: string): AccountSummary[] {
  const needle = search.trim().toLowerCase();
  return needle === '' ? accounts : accounts.filter((a) => a.name.toLowerCase().includes(needle));
}
