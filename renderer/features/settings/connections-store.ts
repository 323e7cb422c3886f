import { create } from 'zustand';
import type { ConnectionsOverview, SystemName, SystemStatus, ToolGroup } from '../../../shared/connections';

/** What the last call of one control said, in words: shown next to that control. */
export interface Outcome {
  ok: boolean;
  text: string;
}

interface ConnectionsState {
  overview: ConnectionsOverview | null;
  loadError: string | null;
  /** The system whose form is open; null while the form is closed. */
  editing: SystemName | null;
  /** What the rep typed, per system, kept until it is saved (a failed save keeps it). */
  drafts: Partial<Record<SystemName, Record<string, string>>>;
  formBusy: boolean;
  formOutcome: Outcome | null;
  /** The field the main side named in its last refusal. */
  formErrorField: string | null;
  testOutcome: Outcome | null;
  confirmingRemove: boolean;
  mappingErrors: Partial<Record<ToolGroup, string>>;
  /** The interval while the rep edits it; null shows the saved one. */
  intervalDraft: string | null;
  intervalOutcome: Outcome | null;
  syncing: Partial<Record<SystemName, boolean>>;
  syncOutcomes: Partial<Record<SystemName, Outcome>>;
  loaded(overview: ConnectionsOverview): void;
  setLoadError(error: string): void;
  systemSaved(status: SystemStatus): void;
  edit(system: SystemName | null): void;
  setDraft(system: SystemName, fields: Record<string, string> | null): void;
  setFormBusy(busy: boolean): void;
  setFormOutcome(outcome: Outcome | null, field?: string | null): void;
  setTestOutcome(outcome: Outcome | null): void;
  confirmRemove(confirming: boolean): void;
  setMappingError(group: ToolGroup, error: string | null): void;
  setIntervalDraft(value: string | null): void;
  setIntervalOutcome(outcome: Outcome | null): void;
  setSyncing(system: SystemName, busy: boolean, outcome?: Outcome): void;
}

export const useConnectionsStore = create<ConnectionsState>()((set) => ({
  overview: null,
  loadError: null,
  editing: null,
  drafts: {},
  formBusy: false,
  formOutcome: null,
  formErrorField: null,
  testOutcome: null,
  confirmingRemove: false,
  mappingErrors: {},
  intervalDraft: null,
  intervalOutcome: null,
  syncing: {},
  syncOutcomes: {},
  loaded: (overview) => set({ overview, loadError: null }),
  setLoadError: (loadError) => set({ loadError }),
  systemSaved: (status) =>
    set((s) =>
      s.overview
        ? {
            overview: {
              ...s.overview,
              systems: s.overview.systems.map((system) => (system.name === status.name ? status : system)),
            },
          }
        : {},
    ),
  edit: (editing) =>
    set({ editing, formOutcome: null, formErrorField: null, testOutcome: null, confirmingRemove: false }),
  setDraft: (system, fields) =>
    set((s) => {
      const { [system]: _previous, ...rest } = s.drafts;
      return { drafts: fields ? { ...rest, [system]: fields } : rest };
    }),
  setFormBusy: (formBusy) => set({ formBusy }),
  setFormOutcome: (formOutcome, formErrorField = null) => set({ formOutcome, formErrorField }),
  setTestOutcome: (testOutcome) => set({ testOutcome }),
  confirmRemove: (confirmingRemove) => set({ confirmingRemove }),
  setMappingError: (group, error) =>
    set((s) => {
      const { [group]: _previous, ...rest } = s.mappingErrors;
      return { mappingErrors: error ? { ...rest, [group]: error } : rest };
    }),
  setIntervalDraft: (intervalDraft) => set({ intervalDraft, intervalOutcome: null }),
  setIntervalOutcome: (intervalOutcome) => set({ intervalOutcome }),
  setSyncing: (system, busy, outcome) =>
    set((s) => ({
      syncing: { ...s.syncing, [system]: busy },
      syncOutcomes: outcome ? { ...s.syncOutcomes, [system]: outcome } : s.syncOutcomes,
    })),
}));
