import { create } from 'zustand';

export type HandoffBusy = 'takeOver' | 'send' | 'handBack' | null;

interface EscalationState {
  /** What the rep is writing to each customer; absent until they edit it (the draft reply fills it). */
  repText: Record<string, string>;
  busy: HandoffBusy;
  /** The last failed call, kept with its conversation so another one does not show it. */
  error: { conversationId: string; message: string } | null;
  setRepText(conversationId: string, text: string): void;
  clearRepText(conversationId: string): void;
  setBusy(busy: HandoffBusy): void;
  setError(error: { conversationId: string; message: string } | null): void;
}

export const useEscalationStore = create<EscalationState>()((set) => ({
  repText: {},
  busy: null,
  error: null,
  setRepText: (conversationId, text) => set((s) => ({ repText: { ...s.repText, [conversationId]: text } })),
  clearRepText: (conversationId) =>
    set((s) => {
      const { [conversationId]: _gone, ...repText } = s.repText;
      return { repText };
    }),
  setBusy: (busy) => set({ busy }),
  setError: (error) => set({ error }),
}));
