import { useState } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { useQueueStore } from '../queue/queue-store';

/**
 * The simulated customer side: starts a conversation as a customer, or writes into the selected
 * one whatever its status (the customer can keep writing while a rep has it).
 */
export function useCustomerComposer(conversationId: string | null) {
  const [customer, setCustomer] = useState('');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const existing = useQueueStore((s) => (conversationId ? s.byId[conversationId] : undefined));

  const send = async () => {
    setSending(true);
    const result = await assist.call('conversations.postCustomerMessage', {
      ...(existing ? { conversationId: existing.id, customer: existing.customer } : { customer }),
      text,
    });
    setSending(false);
    const { setError } = useAppStore.getState();
    if (!result.ok) return setError(result.error.message);
    setText('');
    setError(null);
    useQueueStore.getState().select(result.value.conversation.id);
  };

  return { existing, customer, setCustomer, text, setText, sending, send };
}
