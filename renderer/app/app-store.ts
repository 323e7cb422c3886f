import { create } from 'zustand';
import type { Settings } from '../../shared/domain';
import type { ResultOf } from '../../shared/contract';
import type { ConnectionStatus } from '../transport/assist';

/** The places of the app, reached from the top bar. */
export type View = 'workspace' | 'renewals' | 'metrics' | 'settings' | 'audit';

interface AppState {
  connection: ConnectionStatus;
  info: ResultOf<'app.info'> | null;
  settings: Settings | null;
  view: View;
  /** The last error a call returned, shown in the status bar until dismissed. */
  error: string | null;
  setConnection(status: ConnectionStatus): void;
  setInfo(info: ResultOf<'app.info'>): void;
  setSettings(settings: Settings): void;
  setView(view: View): void;
  setError(message: string | null): void;
}

export const useAppStore = create<AppState>()((set) => ({
  connection: 'connecting',
  info: null,
  settings: null,
  view: 'workspace',
  error: null,
  setConnection: (connection) => set({ connection }),
  setInfo: (info) => set({ info }),
  setSettings: (settings) => set({ settings }),
  setView: (view) => set({ view }),
  setError: (error) => set({ error }),
}));
