import { McpServerAddForm } from './McpServerAddForm';
import { McpServerCard } from './McpServerCard';
import { useMcpServers } from './use-mcp-servers';

/**
 * Settings → MCP servers: a team's own MCP servers (an order database, a billing back office, a wiki)
 * whose tools the agent may use. Nothing is allowed until a rep allows it, and a tool changes data
 * (so waits for approval) unless the rep marks it read-only.
 */
export function McpServersSettings() {
  const servers = useMcpServers();
  const allowed = (servers.overview?.servers ?? []).flatMap((server) =>
    server.state === 'connected' ? server.tools.filter((tool) => tool.allowed) : [],
  );
  return (
    <section className="settings-form mcp-servers" aria-labelledby="mcp-servers-title">
      <h3 id="mcp-servers-title">MCP servers</h3>
      <p className="hint">
        Tools of your own MCP servers, used by the agent under the same policy: writes wait for a rep&apos;s
        approval, and what a server answers is treated as data, never as instructions.
      </p>
      <div className="mcp-servers-body">
        <div>
          {servers.overview?.servers.map((server) => (
            <McpServerCard key={server.name} server={server} servers={servers} />
          ))}
          <h4 id="mcp-allowed-title">Tools the agent can use</h4>
          {allowed.length === 0 ? (
            <p className="hint">None yet: add a server, then allow the tools the agent may call.</p>
          ) : (
            <ul aria-labelledby="mcp-allowed-title">
              {allowed.map((tool) => (
                <li key={tool.catalogName}>
                  <code>{tool.catalogName}</code> (
                  {tool.risk === 'read' ? 'read-only' : 'write, needs approval'})
                </li>
              ))}
            </ul>
          )}
        </div>
        <McpServerAddForm servers={servers} />
      </div>
      {servers.error && (
        <p role="alert" className="field-error">
          {servers.error}
        </p>
      )}
    </section>
  );
}
