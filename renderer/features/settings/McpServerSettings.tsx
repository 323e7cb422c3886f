import { useMcpServer } from './use-mcp-server';

/**
 * Settings → MCP server: serves the tools, the knowledge base and the prompts to MCP clients on this
 * computer over Streamable HTTP, with a bearer token that is shown once (docs/MCP.md).
 */
export function McpServerSettings() {
  const mcp = useMcpServer();
  const { status } = mcp;
  const state = !status
    ? 'Checking…'
    : !status.enabled
      ? 'Off'
      : status.url
        ? 'Serving'
        : status.tokenSet
          ? 'On, not serving'
          : 'On: create a token to start serving';
  return (
    <section className="settings-form" aria-labelledby="mcp-server-title">
      <h3 id="mcp-server-title">MCP server</h3>
      <p className="hint">
        Lets MCP clients on this computer (Claude Desktop, an IDE, another agent) use the app&apos;s tools,
        knowledge base and prompts. Their writes follow the same policy and wait in the same queue for
        approval.
      </p>
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={mcp.enabled}
            disabled={!status || mcp.busy}
            aria-describedby="mcp-server-loopback"
            onChange={(event) => void mcp.setEnabled(event.target.checked)}
          />{' '}
          Serve the tools to MCP clients
        </label>
        <p id="mcp-server-loopback" className="hint">
          It listens on 127.0.0.1 only: nothing outside this computer can reach it, and web pages are refused.
        </p>
      </div>
      <p role="status" aria-label="MCP server status" className="key-status">
        {state}
      </p>
      {status && (
        <dl className="facts">
          {status.url && (
            <>
              <dt>Address</dt>
              <dd>
                <code>{status.url}</code>
              </dd>
            </>
          )}
          <dt>Token</dt>
          <dd>{status.tokenSet ? 'A token is set' : 'No token yet'}</dd>
        </dl>
      )}
      {status?.enabled && status.url && (
        <p className="hint">
          Clients send the header <code>Authorization: Bearer &lt;token&gt;</code>.
        </p>
      )}
      {mcp.token && (
        <div className="field">
          <label htmlFor="mcp-token">New token</label>
          <input
            id="mcp-token"
            type="text"
            readOnly
            autoComplete="off"
            spellCheck={false}
            value={mcp.token}
            aria-describedby="mcp-token-hint"
            onFocus={(event) => event.target.select()}
          />
          <p id="mcp-token-hint" className="hint">
            Copy it now (select it and press Ctrl+C or ⌘C) into your MCP client: it will not be shown again.
            The previous token no longer works.
          </p>
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={!status || mcp.busy}
          onClick={() => void mcp.newToken()}
        >
          New token
        </button>
      </div>
      {(mcp.error ?? status?.error) && (
        <p role="alert" className="field-error">
          {mcp.error ?? status?.error}
        </p>
      )}
    </section>
  );
}
