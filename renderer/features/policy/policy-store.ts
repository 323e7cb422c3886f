import { create } from 'zustand';
import type { ResultOf } from '../../../shared/contract';
import type { PolicyProblem } from '../../../shared/policy';

type PolicyDocument = ResultOf<'policy.get'>;

interface PolicyState {
  document: PolicyDocument | null;
  /** The text while the team lead edits it; null shows the document as loaded. */
  text: string | null;
  /** Problems of the last save attempt (or of the file on disk, on load). */
  problems: PolicyProblem[];
  saving: boolean;
  notice: string | null;
  error: string | null;
  loaded(document: PolicyDocument): void;
  edit(text: string): void;
  discard(): void;
  setSaving(saving: boolean): void;
  rejected(problems: PolicyProblem[]): void;
  saved(): void;
  setError(error: string | null): void;
}

export const usePolicyStore = create<PolicyState>()((set) => ({
  document: null,
  text: null,
  problems: [],
  saving: false,
  notice: null,
  error: null,
  loaded: (document) => set({ document, problems: document.problems, error: null }),
  edit: (text) => set({ text, notice: null }),
  discard: () => set((s) => ({ text: null, problems: s.document?.problems ?? [], notice: null })),
  setSaving: (saving) => set({ saving }),
  rejected: (problems) => set({ problems, saving: false, notice: null }),
  saved: () =>
    set({
      text: null,
      problems: [],
      saving: false,
      notice: "Policy saved. It applies from the agent's next step.",
    }),
  setError: (error) => set({ error, saving: false }),
}));
