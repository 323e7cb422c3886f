import { create } from 'zustand';
import type { Message } from '../../../shared/domain';

interface ConversationState {
  conversationId: string | null;
  messages: Message[];
  loading: boolean;
  show(conversationId: string | null, messages: Message[]): void;
  setLoading(loading: boolean): void;
  append(message: Message): void;
}

export const useConversationStore = create<ConversationState>()((set) => ({
  conversationId: null,
  messages: [],
  loading: false,
  show: (conversationId, messages) => set({ conversationId, messages, loading: false }),
  setLoading: (loading) => set({ loading }),
  // Events can race the initial load: keep each message once, in time order.
  append: (message) =>
    set((state) =>
      state.conversationId !== message.conversationId || state.messages.some((m) => m.id === message.id)
        ? state
        : { messages: [...state.messages, message] },
    ),
}));
