import { useEffect } from 'react';
import { SystemName, type ToolGroup } from '../../../shared/connections';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';
import { syncText } from './connection-text';
import { useConnectionsStore } from './connections-store';

const intervalProblem = 'Enter a whole number of seconds from 15 to 3600.';

/** Reads the systems again: their health changes with every call that reaches them. */
export async function refreshConnections(): Promise<void> {
  const result = await assist.call('connections.list', {});
  const store = useConnectionsStore.getState();
  if (result.ok) store.loaded(result.value);
  else store.setLoadError(result.error.message);
}

/** The systems, their health and the tool mapping: loaded each time the section is shown. */
export function useConnectionsOverview() {
  const connection = useAppStore((s) => s.connection);
  const overview = useConnectionsStore((s) => s.overview);
  const loadError = useConnectionsStore((s) => s.loadError);
  useEffect(() => {
    if (connection === 'open') void refreshConnections();
  }, [connection]);
  return { overview, loadError };
}

/** Which system serves each tool group; a refused change leaves the saved mapping and says why. */
export function useToolMapping() {
  const overview = useConnectionsStore((s) => s.overview);
  const errors = useConnectionsStore((s) => s.mappingErrors);
  return {
    mapping: overview?.mapping ?? null,
    errors,
    /** Sandbox, plus the configured systems that can serve the group (and whatever serves it now). */
    choices: (group: ToolGroup) =>
      (overview?.systems ?? []).filter(
        (system) =>
          (system.configured && system.groups.includes(group)) || overview?.mapping[group] === system.name,
      ),
    map: async (group: ToolGroup, value: string) => {
      const system = value === 'sandbox' ? value : SystemName.parse(value);
      const result = await assist.call('connections.map', { group, system });
      const store = useConnectionsStore.getState();
      if (!result.ok) return store.setMappingError(group, result.error.message);
      store.loaded(result.value);
      store.setMappingError(group, null);
    },
  };
}

/** How often inbound systems are polled; the typed value stays until it is saved. */
export function useSyncInterval() {
  const saved = useConnectionsStore((s) => s.overview?.syncIntervalSeconds);
  const draft = useConnectionsStore((s) => s.intervalDraft);
  const outcome = useConnectionsStore((s) => s.intervalOutcome);
  const store = useConnectionsStore.getState();
  const value = draft ?? (saved === undefined ? '' : String(saved));
  const seconds = Number(value.trim());
  const valid = value.trim() !== '' && Number.isInteger(seconds) && seconds >= 15 && seconds <= 3600;
  return {
    value,
    dirty: draft !== null,
    problem: draft !== null && !valid ? intervalProblem : null,
    outcome,
    change: store.setIntervalDraft,
    save: async () => {
      if (!valid) return;
      const result = await assist.call('connections.setSyncInterval', { seconds });
      if (!result.ok) return store.setIntervalOutcome({ ok: false, text: result.error.message });
      store.loaded(result.value);
      store.setIntervalDraft(null);
      store.setIntervalOutcome({ ok: true, text: 'Saved.' });
    },
  };
}

/** One pass of inbound sync for a helpdesk, on demand, with its report. */
export function useSyncNow(system: SystemName) {
  const busy = useConnectionsStore((s) => s.syncing[system] ?? false);
  const outcome = useConnectionsStore((s) => s.syncOutcomes[system] ?? null);
  return {
    busy,
    outcome,
    sync: async () => {
      const store = useConnectionsStore.getState();
      store.setSyncing(system, true);
      const result = await assist.call('connections.sync', { system });
      store.setSyncing(
        system,
        false,
        result.ok ? { ok: true, text: syncText(result.value) } : { ok: false, text: result.error.message },
      );
      await refreshConnections();
    },
  };
}
