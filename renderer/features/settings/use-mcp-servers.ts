import { useCallback, useEffect, useState } from 'react';
import type { McpServerAdd, McpServersOverview, McpToolRisk } from '../../../shared/mcp-servers';
import type { Result } from '../../../shared/result';
import { assist } from '../../app/client';
import { useAppStore } from '../../app/app-store';

/**
 * Settings → MCP servers: the servers whose tools the agent may use, adding and removing them, and the
 * rep's allowlist. Every change answers with the server's new state, so the list reloads after each.
 */
export function useMcpServers() {
  const connection = useAppStore((s) => s.connection);
  const [overview, setOverview] = useState<McpServersOverview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(
    () =>
      assist.call('mcpServers.list', {}).then((result) => {
        if (result.ok) setOverview(result.value);
        else setError(result.error.message);
      }),
    [],
  );

  useEffect(() => {
    if (connection === 'open') void refresh();
  }, [connection, refresh]);

  /** Runs one change; resolves with the error message, or null when it worked. */
  const run = async (work: () => Promise<Result<unknown>>): Promise<string | null> => {
    setBusy(true);
    setError(null);
    const result = await work();
    await refresh();
    setBusy(false);
    if (result.ok) return null;
    setError(result.error.message);
    return result.error.message;
  };

  return {
    overview,
    busy,
    error,
    add: (server: McpServerAdd) => run(() => assist.call('mcpServers.add', server)),
    remove: (name: string) => run(() => assist.call('mcpServers.remove', { name })),
    reconnect: (name: string) => run(() => assist.call('mcpServers.reconnect', { name })),
    setTool: (server: string, tool: string, allowed: boolean, risk: McpToolRisk) =>
      run(() => assist.call('mcpServers.setTool', { server, tool, allowed, risk })),
  };
}
