import { useEffect } from 'react';
import { assist } from './client';
import { useAppStore } from './app-store';

/** Loads app info and settings once the connection is up, and follows settings changes. */
export function useAppSync(): void {
  const connection = useAppStore((s) => s.connection);
  useEffect(() => {
    if (connection !== 'open') return;
    const { setInfo, setSettings, setError } = useAppStore.getState();
    void assist.call('app.info', {}).then((r) => (r.ok ? setInfo(r.value) : setError(r.error.message)));
    void assist
      .call('settings.get', {})
      .then((r) => (r.ok ? setSettings(r.value) : setError(r.error.message)));
    return assist.on('settings.changed', setSettings);
  }, [connection]);
}
