import { create } from 'zustand';
import type { ReasonerForm } from './reasoner-form';

type SaveState = 'idle' | 'saving' | 'saved';

interface SettingsState {
  /** The reasoner form while the rep edits it; null shows the saved settings. */
  reasonerForm: ReasonerForm | null;
  reasonerSave: SaveState;
  reasonerError: string | null;
  /** Whether a model API key is stored; the key itself never reaches the UI. */
  hasApiKey: boolean | null;
  apiKeyInput: string;
  apiKeyBusy: boolean;
  apiKeyNotice: string | null;
  apiKeyError: string | null;
  editReasoner(form: ReasonerForm): void;
  setReasonerSave(state: SaveState, error?: string | null): void;
  discardReasoner(): void;
  setApiKeyInput(value: string): void;
  setApiKeyBusy(busy: boolean): void;
  setApiKeyStatus(hasApiKey: boolean, notice?: string | null): void;
  setApiKeyError(error: string | null): void;
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  reasonerForm: null,
  reasonerSave: 'idle',
  reasonerError: null,
  hasApiKey: null,
  apiKeyInput: '',
  apiKeyBusy: false,
  apiKeyNotice: null,
  apiKeyError: null,
  editReasoner: (reasonerForm) => set({ reasonerForm, reasonerSave: 'idle', reasonerError: null }),
  setReasonerSave: (reasonerSave, reasonerError = null) => set({ reasonerSave, reasonerError }),
  discardReasoner: () => set({ reasonerForm: null, reasonerSave: 'idle', reasonerError: null }),
  setApiKeyInput: (apiKeyInput) => set({ apiKeyInput, apiKeyNotice: null, apiKeyError: null }),
  setApiKeyBusy: (apiKeyBusy) => set({ apiKeyBusy }),
  setApiKeyStatus: (hasApiKey, apiKeyNotice = null) => set({ hasApiKey, apiKeyNotice, apiKeyError: null }),
  setApiKeyError: (apiKeyError) => set({ apiKeyError }),
}));
