import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { ConnectionForm } from './ConnectionForm';
import { useConnectionsStore } from './connections-store';
import { SyncIntervalForm } from './SyncIntervalForm';
import { SystemTable } from './SystemTable';
import { ToolMappingTable } from './ToolMappingTable';
import { useConnectionsOverview } from './use-connections';

/**
 * The team's real systems: which are configured and reachable, the add/edit form, which system serves
 * each group of tools (the sandbox until mapped) and how often inbound tickets are pulled.
 */
export function ConnectionsSettings() {
  const { overview, loadError } = useConnectionsOverview();
  const editing = useConnectionsStore((s) => s.editing);
  const addRef = useRef<HTMLButtonElement>(null);
  const { edit } = useConnectionsStore.getState();
  const close = () => {
    flushSync(() => edit(null));
    addRef.current?.focus();
  };
  /** Add connection opens the form on the first system not configured yet. */
  const addTarget = overview?.systems.find((system) => !system.configured) ?? overview?.systems[0];
  return (
    <section className="settings-form" aria-labelledby="connections-title">
      <h3 id="connections-title">Connections</h3>
      <p className="hint">
        Your team&apos;s helpdesk, CRM, shop, payments and carriers. Each group of tools stays on the embedded
        sandbox until you map it to a configured system. Credentials go to the operating system&apos;s
        keychain (a file only you can read in web mode) and are never shown again.
      </p>
      {loadError && (
        <p role="alert" className="field-error">
          {loadError}
        </p>
      )}
      {overview ? (
        <>
          <SystemTable systems={overview.systems} onEdit={edit} />
          <div className="policy-columns">
            <div>
              {editing ? (
                <ConnectionForm onClose={close} />
              ) : (
                addTarget && (
                  <div className="button-row">
                    <button ref={addRef} type="button" onClick={() => edit(addTarget.name)}>
                      Add connection
                    </button>
                  </div>
                )
              )}
            </div>
            <div>
              <ToolMappingTable />
              <SyncIntervalForm />
            </div>
          </div>
        </>
      ) : (
        !loadError && <p className="muted">Loading connections…</p>
      )}
    </section>
  );
}
