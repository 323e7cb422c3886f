import type { ConversationSummary } from '../../../shared/domain';
import { formatAge, formatIntent, formatSentiment, sentimentLabel, statusLabels } from './format';

/** One conversation in the queue: who, what about, how they feel, where it stands and how long it waited. */
export function QueueRow({
  item,
  selected,
  onSelect,
}: {
  item: ConversationSummary;
  selected: boolean;
  onSelect(id: string): void;
}) {
  return (
    <button
      type="button"
      className="queue-item"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(item.id)}
    >
      <span className="queue-line">
        <strong className="ellipsis">{item.customer}</strong>
        <span className={`badge status-${item.status}`}>{statusLabels[item.status]}</span>
      </span>
      <span className="queue-line muted">
        <span className="ellipsis">{formatIntent(item.intent)}</span>
        <span
          className={
            item.sentiment === null ? 'sentiment' : `sentiment sentiment-${sentimentLabel(item.sentiment)}`
          }
        >
          {formatSentiment(item.sentiment)}
        </span>
      </span>
      <span className="queue-line muted">
        <span className="ellipsis">{item.lastMessage ?? ''}</span>
        <time dateTime={item.updatedAt}>{formatAge(item.updatedAt)}</time>
      </span>
    </button>
  );
}
