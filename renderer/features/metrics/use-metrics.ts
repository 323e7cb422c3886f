import { useEffect } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { useMetricsStore } from './metrics-store';

/** The metrics report for the chosen period, reloaded whenever the period changes. */
export function useMetrics() {
  const connection = useAppStore((s) => s.connection);
  const from = useMetricsStore((s) => s.from);
  const to = useMetricsStore((s) => s.to);
  const report = useMetricsStore((s) => s.report);
  const loading = useMetricsStore((s) => s.loading);
  const error = useMetricsStore((s) => s.error);
  useEffect(() => {
    if (connection !== 'open') return;
    let current = true;
    useMetricsStore.getState().setLoading(true);
    void assist.call('metrics.get', { from: from || undefined, to: to || undefined }).then((result) => {
      if (!current) return;
      const store = useMetricsStore.getState();
      if (result.ok) store.loaded(result.value);
      else store.setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [connection, from, to]);
  return { from, to, report, loading, error, setRange: useMetricsStore.getState().setRange };
}
