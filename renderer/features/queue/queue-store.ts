import { create } from 'zustand';
import { ConversationStatus, type ConversationSummary } from '../../../shared/domain';

export type StatusFilter = ConversationStatus | 'all';

/** 'all', or one intent name as the agent reports it. */
export type IntentFilter = string;

interface QueueState {
  byId: Record<string, ConversationSummary>;
  selectedId: string | null;
  statusFilter: StatusFilter;
  intentFilter: IntentFilter;
  search: string;
  replaceAll(items: ConversationSummary[]): void;
  upsert(item: ConversationSummary): void;
  select(id: string | null): void;
  setStatusFilter(filter: StatusFilter): void;
  setIntentFilter(filter: IntentFilter): void;
  setSearch(search: string): void;
}

export const useQueueStore = create<QueueState>()((set) => ({
  byId: {},
  selectedId: null,
  statusFilter: 'all',
  intentFilter: 'all',
  search: '',
  replaceAll: (items) => set({ byId: Object.fromEntries(items.map((item) => [item.id, item])) }),
  upsert: (item) => set((state) => ({ byId: { ...state.byId, [item.id]: item } })),
  select: (selectedId) => set({ selectedId }),
  setStatusFilter: (statusFilter) => set({ statusFilter }),
  setIntentFilter: (intentFilter) => set({ intentFilter }),
  setSearch: (search) => set({ search }),
}));

/** The conversation the rep has open, if any. */
export const selectSelected = (state: QueueState): ConversationSummary | undefined =>
  state.selectedId ? state.byId[state.selectedId] : undefined;

const urgency = new Map(ConversationStatus.options.map((status, index) => [status, index]));

/** What needs a human first (approval, escalation, with rep), then the oldest waiting within each. */
export function sortForQueue(items: ConversationSummary[]): ConversationSummary[] {
  return [...items].sort(
    (a, b) =>
      (urgency.get(a.status) ?? 99) - (urgency.get(b.status) ?? 99) || a.updatedAt.localeCompare(b.updatedAt),
  );
}

/** Items matching the status and intent filters and the search text (customer, intent or last message). */
export function filterQueue(
  items: ConversationSummary[],
  filters: { status: StatusFilter; intent: IntentFilter; search: string },
): ConversationSummary[] {
  const needle = filters.search.trim().toLowerCase();
  return items.filter(
    (item) =>
      (filters.status === 'all' || item.status === filters.status) &&
      (filters.intent === 'all' || item.intent === filters.intent) &&
      (needle === '' ||
        [item.customer, item.intent ?? '', item.lastMessage ?? ''].some((text) =>
          text.toLowerCase().includes(needle),
        )),
  );
}

/** The intents present in the queue, for the intent filter. */
export function intentsIn(items: ConversationSummary[]): string[] {
  return [...new Set(items.flatMap((item) => (item.intent ? [item.intent] : [])))].sort();
}
