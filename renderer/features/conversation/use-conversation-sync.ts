import { useEffect } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { useQueueStore } from '../queue/queue-store';
import { useConversationStore } from './conversation-store';

/** Loads the selected conversation's transcript and appends new messages as they arrive. */
export function useConversationSync(): void {
  const selectedId = useQueueStore((s) => s.selectedId);
  const connection = useAppStore((s) => s.connection);
  useEffect(() => {
    const { show, setLoading, append } = useConversationStore.getState();
    if (selectedId === null || connection !== 'open') return show(selectedId, []);
    let current = true;
    setLoading(true);
    const unsubscribe = assist.on('message.added', append);
    void assist.call('conversations.get', { id: selectedId }).then((result) => {
      if (!current) return;
      if (result.ok) show(selectedId, result.value.messages);
      else useAppStore.getState().setError(result.error.message);
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [selectedId, connection]);
}
