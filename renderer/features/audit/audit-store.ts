import { create } from 'zustand';
import type { AuditEntry } from '../../../shared/agent';

interface AuditState {
  search: string;
  /** Newest first. */
  entries: AuditEntry[];
  loading: boolean;
  exporting: boolean;
  notice: string | null;
  error: string | null;
  setSearch(search: string): void;
  setLoading(loading: boolean): void;
  loaded(entries: AuditEntry[]): void;
  setExporting(exporting: boolean): void;
  setNotice(notice: string | null): void;
  setError(error: string | null): void;
}

export const useAuditStore = create<AuditState>()((set) => ({
  search: '',
  entries: [],
  loading: false,
  exporting: false,
  notice: null,
  error: null,
  setSearch: (search) => set({ search }),
  setLoading: (loading) => set({ loading }),
  loaded: (entries) => set({ entries: [...entries].reverse(), loading: false, error: null }),
  setExporting: (exporting) => set({ exporting }),
  setNotice: (notice) => set({ notice }),
  setError: (error) => set({ error, loading: false, exporting: false }),
}));
