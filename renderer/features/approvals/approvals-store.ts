import { create } from 'zustand';
import type { FieldValues } from './approval-form';

/** What the rep has done on one approval card so far. */
export interface ApprovalDraft {
  /** Edited field values; null until the rep changes one. */
  values: FieldValues | null;
  rejecting: boolean;
  reason: string;
  busy: 'approving' | 'rejecting' | null;
  error: string | null;
}

export const emptyDraft: ApprovalDraft = {
  values: null,
  rejecting: false,
  reason: '',
  busy: null,
  error: null,
};

interface ApprovalsState {
  drafts: Record<string, ApprovalDraft>;
  /** The card the rep last moved focus into: keyboard shortcuts act on it. */
  focusedId: string | null;
  setValue(actionId: string, name: string, value: string | boolean, initial: FieldValues): void;
  startReject(actionId: string): void;
  cancelReject(actionId: string): void;
  setReason(actionId: string, reason: string): void;
  setBusy(actionId: string, busy: ApprovalDraft['busy']): void;
  setError(actionId: string, error: string | null): void;
  focus(actionId: string | null): void;
  forget(actionId: string): void;
}

export const useApprovalsStore = create<ApprovalsState>()((set) => {
  const patch = (actionId: string, change: (draft: ApprovalDraft) => Partial<ApprovalDraft>) =>
    set((state) => {
      const draft = state.drafts[actionId] ?? emptyDraft;
      return { drafts: { ...state.drafts, [actionId]: { ...draft, ...change(draft) } } };
    });
  return {
    drafts: {},
    focusedId: null,
    setValue: (actionId, name, value, initial) =>
      patch(actionId, (draft) => ({ values: { ...(draft.values ?? initial), [name]: value }, error: null })),
    startReject: (actionId) => patch(actionId, () => ({ rejecting: true, error: null })),
    cancelReject: (actionId) => patch(actionId, () => ({ rejecting: false, reason: '' })),
    setReason: (actionId, reason) => patch(actionId, () => ({ reason })),
    setBusy: (actionId, busy) => patch(actionId, () => ({ busy })),
    setError: (actionId, error) => patch(actionId, () => ({ error })),
    focus: (focusedId) => set({ focusedId }),
    forget: (actionId) =>
      set((state) => {
        const { [actionId]: _gone, ...drafts } = state.drafts;
        return { drafts, focusedId: state.focusedId === actionId ? null : state.focusedId };
      }),
  };
});
