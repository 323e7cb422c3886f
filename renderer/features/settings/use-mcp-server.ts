import { useCallback, useEffect, useState } from 'react';
import type { ResultOf } from '../../../shared/contract';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';

type McpStatus = ResultOf<'mcpServer.status'>;

/**
 * Settings → MCP server: on or off (a setting), where it listens, whether a token is set, and a new
 * token on request. The new token lives only in this hook's state: it is shown once and is gone when
 * the view closes or the page reloads (the main side never sends it again).
 */
export function useMcpServer() {
  const connection = useAppStore((s) => s.connection);
  const settings = useAppStore((s) => s.settings?.mcpServer);
  const [status, setStatus] = useState<McpStatus | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The rep's choice while it is being saved, so the checkbox follows the click at once. */
  const [choice, setChoice] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(
    () =>
      assist.call('mcpServer.status', {}).then((result) => {
        if (result.ok) setStatus(result.value);
        else setError(result.error.message);
      }),
    [],
  );

  // Again whenever the setting changes (here or in another window).
  useEffect(() => {
    if (connection !== 'open') return;
    void assist.call('mcpServer.status', {}).then((result) => {
      if (result.ok) setStatus(result.value);
      else setError(result.error.message);
    });
  }, [connection, settings?.enabled, settings?.port]);

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    const failed = await work();
    if (failed) setError(failed);
    await refresh();
    setChoice(null);
    setBusy(false);
  };

  return {
    status,
    enabled: choice ?? status?.enabled ?? false,
    token,
    busy,
    error,
    setEnabled: (enabled: boolean) =>
      run(async () => {
        if (!settings) return null;
        if (!enabled) setToken(null);
        setChoice(enabled);
        const result = await assist.call('settings.update', { mcpServer: { ...settings, enabled } });
        return result.ok ? null : result.error.message;
      }),
    newToken: () =>
      run(async () => {
        const result = await assist.call('mcpServer.rotateToken', {});
        if (!result.ok) return result.error.message;
        setToken(result.value.token);
        return null;
      }),
  };
}
