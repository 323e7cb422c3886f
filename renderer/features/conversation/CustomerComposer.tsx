import { useState, type FormEvent } from 'react';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { useQueueStore } from '../queue/queue-store';

/**
 * The simulated customer side of the sandbox: type as the customer to start or continue a
 * conversation, so the whole loop can be tried on a fresh machine.
 */
export function CustomerComposer({ conversationId }: { conversationId: string | null }) {
  const [customer, setCustomer] = useState('');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const setError = useAppStore((s) => s.setError);
  const existing = useQueueStore((s) => (conversationId ? s.byId[conversationId] : undefined));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    const result = await assist.call('conversations.postCustomerMessage', {
      ...(existing ? { conversationId: existing.id, customer: existing.customer } : { customer }),
      text,
    });
    setSending(false);
    if (!result.ok) return setError(result.error.message);
    setText('');
    setError(null);
    useQueueStore.getState().select(result.value.conversation.id);
  };

  return (
    <form className="composer" aria-label="Customer side" onSubmit={submit}>
      {!existing && (
        <input
          aria-label="Customer email or id"
          placeholder="Customer email or id"
          value={customer}
          onChange={(event) => setCustomer(event.target.value)}
          required
        />
      )}
      <textarea
        aria-label="Message as the customer"
        placeholder={existing ? `Reply as ${existing.customer}` : 'What the customer writes'}
        value={text}
        rows={2}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey))
            event.currentTarget.form?.requestSubmit();
        }}
        required
      />
      <button type="submit" disabled={sending}>
        Send as customer
      </button>
    </form>
  );
}
