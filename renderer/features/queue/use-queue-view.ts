import { useMemo } from 'react';
import { filterQueue, intentsIn, sortForQueue, useQueueStore } from './queue-store';

/** The queue as the rep sees it: filtered, most urgent first, and the intents to filter by. */
export function useQueueView() {
  const byId = useQueueStore((s) => s.byId);
  const status = useQueueStore((s) => s.statusFilter);
  const intent = useQueueStore((s) => s.intentFilter);
  const search = useQueueStore((s) => s.search);
  const all = useMemo(() => Object.values(byId), [byId]);
  const items = useMemo(
    () => sortForQueue(filterQueue(all, { status, intent, search })),
    [all, status, intent, search],
  );
  const intents = useMemo(() => intentsIn(all), [all]);
  return { items, total: all.length, intents, status, intent, search };
}
