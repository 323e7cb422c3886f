import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { ConversationStatus } from '../../../shared/domain';
import { filterQueue, sortForQueue, useQueueStore, type StatusFilter } from './queue-store';
import { formatAge, statusLabels } from './format';

const rowHeight = 64;

/** Every conversation, most urgent first, virtualized so thousands stay smooth. */
export function QueuePanel() {
  const byId = useQueueStore((s) => s.byId);
  const statusFilter = useQueueStore((s) => s.statusFilter);
  const search = useQueueStore((s) => s.search);
  const selectedId = useQueueStore((s) => s.selectedId);
  const { select, setStatusFilter, setSearch } = useQueueStore.getState();
  const items = useMemo(
    () => sortForQueue(filterQueue(Object.values(byId), statusFilter, search)),
    [byId, statusFilter, search],
  );
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
      <div className="queue-filters">
        <input
          type="search"
          placeholder="Search customer, intent, text"
          aria-label="Search conversations"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select
          aria-label="Filter by status"
          value={statusFilter}
          onChange={(event) => setStatusFilter(event.target.value as StatusFilter)}
        >
          <option value="all">All statuses</option>
          {ConversationStatus.options.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      {items.length === 0 ? (
        <p className="empty">No conversations yet. Start one as the customer in the Conversation panel.</p>
      ) : (
        <div ref={scrollRef} className="queue-scroll">
          <ul aria-label="Conversations" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const item = items[row.index]!;
              return (
                <li key={item.id} style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}>
                  <button
                    type="button"
                    className="queue-item"
                    aria-current={item.id === selectedId ? 'true' : undefined}
                    onClick={() => select(item.id)}
                  >
                    <span className="queue-line">
                      <strong>{item.customer}</strong>
                      <span className={`badge status-${item.status}`}>{statusLabels[item.status]}</span>
                    </span>
                    <span className="queue-line muted">
                      <span className="ellipsis">{item.lastMessage ?? ''}</span>
                      <span>{formatAge(item.updatedAt)}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
