import type { Message } from '../../../shared/domain';
import { useFollowLatest } from '../agent/use-follow-latest';

const roleLabels = { customer: 'Customer', agent: 'Agent', rep: 'Rep' } as const;

/** The messages of a conversation, newest at the bottom, followed as they arrive. */
export function Transcript({ messages, draft }: { messages: Message[]; draft: string | null }) {
  const { ref, onScroll } = useFollowLatest<HTMLDivElement>(messages.length + (draft ? 1 : 0));
  return (
    <div
      className="transcript"
      role="log"
      aria-label="Transcript"
      aria-live="polite"
      tabIndex={0}
      ref={ref}
      onScroll={onScroll}
    >
      <ol className="message-list">
        {messages.map((message) => (
          <li key={message.id} className={`message from-${message.role}`}>
            <span className="message-meta">
              {roleLabels[message.role]} ·{' '}
              <time dateTime={message.at}>{new Date(message.at).toLocaleTimeString()}</time>
            </span>
            <p>{message.text}</p>
          </li>
        ))}
        {draft !== null && (
          <li className="message from-agent typing">
            <span className="message-meta">Agent is typing…</span>
            {draft && <p>{draft}</p>}
          </li>
        )}
      </ol>
    </div>
  );
}
