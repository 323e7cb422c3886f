import type { McpServerStatus, McpToolRisk } from '../../../shared/mcp-servers';
import type { useMcpServers } from './use-mcp-servers';

const stateText = (server: McpServerStatus): string =>
  server.state === 'connected'
    ? `Connected: ${server.tools.length} tool${server.tools.length === 1 ? '' : 's'}`
    : server.state === 'unavailable'
      ? `Unavailable: ${server.problem ?? 'it does not answer'}`
      : 'Not connected yet';

/** One server: its state, its tools with the rep's allowlist and risk class, reconnect and remove. */
export function McpServerCard({
  server,
  servers,
}: {
  server: McpServerStatus;
  servers: ReturnType<typeof useMcpServers>;
}) {
  const where =
    server.transport.kind === 'stdio'
      ? [server.transport.command, ...server.transport.args].join(' ')
      : server.transport.url;
  return (
    <article className="mcp-server" aria-labelledby={`mcp-server-${server.name}`}>
      <h4 id={`mcp-server-${server.name}`}>{server.name}</h4>
      <p className="hint">
        <code>{where}</code>
      </p>
      <p role="status" aria-label={`${server.name} status`} className="key-status">
        {stateText(server)}
      </p>
      {server.tools.length > 0 && (
        <table className="rules-table">
          <caption>Tools of {server.name}</caption>
          <thead>
            <tr>
              <th scope="col">Tool</th>
              <th scope="col">Allowed</th>
              <th scope="col">Risk</th>
            </tr>
          </thead>
          <tbody>
            {server.tools.map((tool) => (
              <tr key={tool.name}>
                <th scope="row">
                  <code>{tool.name}</code>
                  <p className="hint">{tool.description}</p>
                </th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Allow ${tool.name}`}
                    checked={tool.allowed}
                    disabled={servers.busy}
                    onChange={(event) =>
                      void servers.setTool(server.name, tool.name, event.target.checked, tool.risk)
                    }
                  />
                </td>
                <td>
                  <select
                    aria-label={`Risk of ${tool.name}`}
                    value={tool.risk}
                    disabled={servers.busy}
                    onChange={(event) =>
                      void servers.setTool(
                        server.name,
                        tool.name,
                        tool.allowed,
                        event.target.value as McpToolRisk,
                      )
                    }
                  >
                    <option value="write">Write (needs approval)</option>
                    <option value="read">Read-only</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={servers.busy}
          onClick={() => void servers.reconnect(server.name)}
        >
          Reconnect {server.name}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={servers.busy}
          onClick={() => void servers.remove(server.name)}
        >
          Remove {server.name}
        </button>
      </div>
    </article>
  );
}
