import { useQueueStore } from '../queue/queue-store';
import { useConversationStore } from './conversation-store';
import { CustomerComposer } from './CustomerComposer';

const roleLabels = { customer: 'Customer', agent: 'Agent', rep: 'Rep' } as const;

/** The transcript of the selected conversation, and the customer side to write into it. */
export function ConversationPanel() {
  const selected = useQueueStore((s) => (s.selectedId ? s.byId[s.selectedId] : undefined));
  const messages = useConversationStore((s) => s.messages);
  const select = useQueueStore((s) => s.select);

  return (
    <section className="panel conversation" aria-label="Conversation">
      <header className="panel-header">
        <h2>{selected ? selected.customer : 'New conversation'}</h2>
        {selected && (
          <button type="button" onClick={() => select(null)}>
            New conversation
          </button>
        )}
      </header>
      <ol className="transcript" role="log" aria-label="Transcript" aria-live="polite">
        {messages.map((message) => (
          <li key={message.id} className={`message from-${message.role}`}>
            <span className="message-meta">
              {roleLabels[message.role]} ·{' '}
              <time dateTime={message.at}>{new Date(message.at).toLocaleTimeString()}</time>
            </span>
            <p>{message.text}</p>
          </li>
        ))}
      </ol>
      <CustomerComposer conversationId={selected?.id ?? null} />
    </section>
  );
}
