import { create } from 'zustand';
import type { MetricsReport } from '../../../shared/metrics';

interface MetricsState {
  /** YYYY-MM-DD, or '' for the main side's default period. */
  from: string;
  to: string;
  report: MetricsReport | null;
  loading: boolean;
  error: string | null;
  setRange(range: { from?: string; to?: string }): void;
  setLoading(loading: boolean): void;
  loaded(report: MetricsReport): void;
  setError(error: string): void;
}

export const useMetricsStore = create<MetricsState>()((set) => ({
  from: '',
  to: '',
  report: null,
  loading: false,
  error: null,
  setRange: (range) => set(range),
  setLoading: (loading) => set({ loading }),
  loaded: (report) => set({ report, loading: false, error: null }),
  setError: (error) => set({ error, loading: false }),
}));
