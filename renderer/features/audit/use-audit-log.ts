import { useEffect } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { exportFileName } from './audit-format';
import { useAuditStore } from './audit-store';
import { downloadText } from './download';

const searchDelayMs = 200;
const listLimit = 10_000;

/**
 * The audit log while it is shown: searched as the rep types (debounced), refreshed whenever an
 * action changes (every tool call ends with one), and exported as JSON lines.
 */
export function useAuditLog() {
  const connection = useAppStore((s) => s.connection);
  const search = useAuditStore((s) => s.search);
  const entries = useAuditStore((s) => s.entries);
  const loading = useAuditStore((s) => s.loading);
  const exporting = useAuditStore((s) => s.exporting);
  const notice = useAuditStore((s) => s.notice);
  const error = useAuditStore((s) => s.error);

  useEffect(() => {
    if (connection !== 'open') return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      useAuditStore.getState().setLoading(true);
      void assist
        .call('audit.list', { search: search.trim() || undefined, limit: listLimit })
        .then((result) => {
          if (!current) return;
          const store = useAuditStore.getState();
          if (result.ok) store.loaded(result.value.entries);
          else store.setError(result.error.message);
        });
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(load, searchDelayMs);
    };
    later();
    const unsubscribe = assist.on('action.updated', later);
    return () => {
      current = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [connection, search]);

  const store = useAuditStore.getState();
  return {
    search,
    entries,
    loading,
    exporting,
    notice,
    error,
    setSearch: store.setSearch,
    exportJsonLines: async () => {
      store.setExporting(true);
      store.setNotice(null);
      const result = await assist.call('audit.export', { search: search.trim() || undefined });
      if (!result.ok) return store.setError(result.error.message);
      downloadText(exportFileName(new Date()), result.value.jsonl, 'application/x-ndjson');
      store.setExporting(false);
      store.setNotice(`Exported ${result.value.count} ${result.value.count === 1 ? 'entry' : 'entries'}.`);
    },
  };
}
