import { useAppStore } from '../../app/app-store';
import { statusLabels } from '../queue/format';
import { useQueueStore } from '../queue/queue-store';

/** Facts about the selected conversation, and where this app keeps its data. */
export function DetailsPanel() {
  const selected = useQueueStore((s) => (s.selectedId ? s.byId[s.selectedId] : undefined));
  const info = useAppStore((s) => s.info);

  return (
    <section className="panel details" aria-label="Details">
      <header className="panel-header">
        <h2>Details</h2>
      </header>
      {selected ? (
        <dl className="facts" aria-label="Conversation details">
          <dt>Customer</dt>
          <dd>{selected.customer}</dd>
          <dt>Status</dt>
          <dd>{statusLabels[selected.status]}</dd>
          <dt>Intent</dt>
          <dd>{selected.intent ?? 'Not known yet'}</dd>
          <dt>Started</dt>
          <dd>
            <time dateTime={selected.createdAt}>{new Date(selected.createdAt).toLocaleString()}</time>
          </dd>
        </dl>
      ) : (
        <p className="empty">Select a conversation to see its details.</p>
      )}
      {info && (
        <dl className="facts app-info" aria-label="About this app">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Connected by</dt>
          <dd>{info.transport}</dd>
          <dt>Data folder</dt>
          <dd className="path">{info.dataDir}</dd>
          <dt>Schema</dt>
          <dd>v{info.schemaVersion}</dd>
        </dl>
      )}
    </section>
  );
}
