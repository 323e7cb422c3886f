import { AuditTable } from './AuditTable';
import { useAuditLog } from './use-audit-log';

/** Every tool call the agent or a rep made, searchable, and exportable as JSON lines. */
export function AuditView() {
  const audit = useAuditLog();
  return (
    <main className="view audit-view" aria-labelledby="audit-title">
      <header className="view-header">
        <h2 id="audit-title">Audit log</h2>
        <input
          type="search"
          aria-label="Search audit log"
          placeholder="Search tool, arguments, results"
          value={audit.search}
          onChange={(event) => audit.setSearch(event.target.value)}
        />
        <span className="count" aria-live="polite">
          {audit.entries.length === 1 ? '1 entry' : `${audit.entries.length} entries`}
        </span>
        <button type="button" onClick={() => void audit.exportJsonLines()} disabled={audit.exporting}>
          Export JSON lines
        </button>
        <span role="status" aria-label="Export status" className="notice">
          {audit.notice}
        </span>
      </header>
      {audit.error && (
        <p role="alert" className="field-error">
          {audit.error}
        </p>
      )}
      {audit.entries.length === 0 ? (
        <p className="empty">
          {audit.loading ? 'Loading…' : audit.search ? 'No tool call matches.' : 'No tool calls yet.'}
        </p>
      ) : (
        <AuditTable entries={audit.entries} />
      )}
    </main>
  );
}
