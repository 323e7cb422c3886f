import { useEffect } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { useQueueStore } from './queue-store';

/** Loads the queue when connected and keeps it live from conversation events. */
export function useQueueSync(): void {
  const connection = useAppStore((s) => s.connection);
  useEffect(() => {
    if (connection !== 'open') return;
    const { replaceAll, upsert } = useQueueStore.getState();
    void assist.call('conversations.list', { limit: 10_000 }).then((result) => {
      if (result.ok) replaceAll(result.value.items);
      else useAppStore.getState().setError(result.error.message);
    });
    return assist.on('conversation.updated', upsert);
  }, [connection]);
}
