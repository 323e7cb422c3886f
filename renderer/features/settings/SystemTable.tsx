import type { SystemStatus } from '../../../shared/connections';
import { servesText } from './connection-text';
import { useSyncNow } from './use-connections';

/** Sync now for an inbound system, with the report (or the problem) beside the button. */
function SyncNowButton({ system }: { system: SystemStatus }) {
  const sync = useSyncNow(system.name);
  return (
    <>
      <button type="button" className="secondary" disabled={sync.busy} onClick={() => void sync.sync()}>
        Sync now
      </button>
      <span
        role="status"
        aria-label={`${system.label} sync`}
        className={sync.outcome?.ok === false ? 'field-error' : 'notice'}
      >
        {sync.busy ? 'Syncing…' : sync.outcome?.text}
      </span>
    </>
  );
}

function SystemStatusCell({ system }: { system: SystemStatus }) {
  return (
    <td>
      {system.configured ? (
        <span className="badge status-resolved">Configured</span>
      ) : (
        <span className="muted">Not configured</span>
      )}
      {!system.available && (
        <>
          {' '}
          <span className="badge status-escalated">Unavailable</span>
          {system.lastError && <span className="hint"> {system.lastError}</span>}
        </>
      )}
    </td>
  );
}

/** The eight systems: what each serves, whether it is configured and reachable, and its actions. */
export function SystemTable({
  systems,
  onEdit,
}: {
  systems: SystemStatus[];
  onEdit: (system: SystemStatus['name']) => void;
}) {
  return (
    <table className="rules-table">
      <caption>Systems</caption>
      <thead>
        <tr>
          <th scope="col">System</th>
          <th scope="col">Serves</th>
          <th scope="col">Status</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {systems.map((system) => (
          <tr key={system.name}>
            <th scope="row">{system.label}</th>
            <td>{servesText(system)}</td>
            <SystemStatusCell system={system} />
            <td>
              <div className="button-row">
                <button
                  type="button"
                  className="secondary"
                  aria-label={`${system.configured ? 'Edit' : 'Set up'} ${system.label}`}
                  onClick={() => onEdit(system.name)}
                >
                  {system.configured ? 'Edit' : 'Set up'}
                </button>
                {system.inbound && system.configured && <SyncNowButton system={system} />}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
