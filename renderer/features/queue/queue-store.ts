import { create } from 'zustand';
import { ConversationStatus, type ConversationSummary } from '../../../shared/domain';

export type StatusFilter = ConversationStatus | 'all';

interface QueueState {
  byId: Record<string, ConversationSummary>;
  selectedId: string | null;
  statusFilter: StatusFilter;
  search: string;
  replaceAll(items: ConversationSummary[]): void;
  upsert(item: ConversationSummary): void;
  select(id: string | null): void;
  setStatusFilter(filter: StatusFilter): void;
  setSearch(search: string): void;
}

export const useQueueStore = create<QueueState>()((set) => ({
  byId: {},
  selectedId: null,
  statusFilter: 'all',
  search: '',
  replaceAll: (items) => set({ byId: Object.fromEntries(items.map((item) => [item.id, item])) }),
  upsert: (item) => set((state) => ({ byId: { ...state.byId, [item.id]: item } })),
  select: (selectedId) => set({ selectedId }),
  setStatusFilter: (statusFilter) => set({ statusFilter }),
  setSearch: (search) => set({ search }),
}));

const urgency = new Map(ConversationStatus.options.map((status, index) => [status, index]));

/** What needs a human first (approval, escalation, with rep), then the oldest waiting within each. */
export function sortForQueue(items: ConversationSummary[]): ConversationSummary[] {
  return [...items].sort(
    (a, b) =>
      (urgency.get(a.status) ?? 99) - (urgency.get(b.status) ?? 99) || a.updatedAt.localeCompare(b.updatedAt),
  );
}

/** Items matching the status filter and the search text (customer, intent or last message). */
export function filterQueue(
  items: ConversationSummary[],
  status: StatusFilter,
  search: string,
): ConversationSummary[] {
  const needle = search.trim().toLowerCase();
  return items.filter(
    (item) =>
      (status === 'all' || item.status === status) &&
      (needle === '' ||
        [item.customer, item.intent ?? '', item.lastMessage ?? ''].some((text) =>
          text.toLowerCase().includes(needle),
        )),
  );
}
