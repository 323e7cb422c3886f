import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { AuditEntry } from '../../../shared/agent';
import { auditCells } from './audit-format';

const rowHeight = 34;

const columns = [
  ['at', 'Time'],
  ['actor', 'Actor'],
  ['tool', 'Tool'],
  ['status', 'Status'],
  ['decision', 'Decision'],
  ['duration', 'Duration'],
  ['args', 'Arguments'],
  ['outcome', 'Result'],
] as const;

/** The audit records as a table; only the rows in view are in the page, so a long log stays fast. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  return (
    <div
      ref={scrollRef}
      className="audit-table"
      role="table"
      aria-label="Tool calls"
      aria-rowcount={entries.length + 1}
      tabIndex={0}
    >
      <div role="rowgroup" className="audit-head">
        <div role="row" aria-rowindex={1} className="audit-row">
          {columns.map(([key, label]) => (
            <div role="columnheader" key={key} className={`cell cell-${key}`}>
              {label}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="audit-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index]!;
          const cells = auditCells(entry);
          return (
            <div
              role="row"
              key={entry.id}
              aria-rowindex={item.index + 2}
              className={`audit-row audit-${entry.status}`}
              style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
            >
              {columns.map(([key]) => (
                <div role="cell" key={key} className={`cell cell-${key}`} title={cells[key]}>
                  {cells[key]}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
