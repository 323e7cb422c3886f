import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { ConversationStatus } from '../../../shared/domain';
import { formatIntent, statusLabels } from './format';
import { QueueRow } from './QueueRow';
import { SystemsDownNotice } from './SystemsDownNotice';
import { useQueueStore, type StatusFilter } from './queue-store';
import { useQueueView } from './use-queue-view';

const rowHeight = 84;

/** Every conversation, most urgent first, virtualized so thousands stay smooth. */
export function QueuePanel() {
  const { items, total, intents, status, intent, search } = useQueueView();
  const selectedId = useQueueStore((s) => s.selectedId);
  const { select, setStatusFilter, setIntentFilter, setSearch } = useQueueStore.getState();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });

  return (
    <section className="panel queue" aria-label="Queue">
      <header className="panel-header">
        <h2>Queue</h2>
        <span className="count" aria-label={`${items.length} conversations`}>
          {items.length}
        </span>
      </header>
      <SystemsDownNotice />
      <div className="queue-filters">
        <input
          type="search"
          placeholder="Search customer, intent, text"
          aria-label="Search conversations"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <div className="filter-row">
          <select
            aria-label="Filter by status"
            value={status}
            onChange={(event) => setStatusFilter(event.target.value as StatusFilter)}
          >
            <option value="all">All statuses</option>
            {ConversationStatus.options.map((option) => (
              <option key={option} value={option}>
                {statusLabels[option]}
              </option>
            ))}
          </select>
          <select
            aria-label="Filter by intent"
            value={intent}
            onChange={(event) => setIntentFilter(event.target.value)}
          >
            <option value="all">All intents</option>
            {intents.map((option) => (
              <option key={option} value={option}>
                {formatIntent(option)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="empty">
          {total === 0
            ? 'No conversations yet. Start one as the customer in the Conversation panel.'
            : 'No conversation matches these filters.'}
        </p>
      ) : (
        <div ref={scrollRef} className="queue-scroll">
          <ul aria-label="Conversations" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const item = items[row.index]!;
              return (
                <li key={item.id} style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}>
                  <QueueRow item={item} selected={item.id === selectedId} onSelect={select} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
