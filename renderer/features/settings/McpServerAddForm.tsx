import { useId, useState, type FormEvent } from 'react';
import { draftToRequest, emptyDraft, type McpServerDraft } from './mcp-server-form';
import type { useMcpServers } from './use-mcp-servers';

/** Adds an MCP server by the command that starts it or by its URL, with credentials for the keychain. */
export function McpServerAddForm({ servers }: { servers: ReturnType<typeof useMcpServers> }) {
  const id = useId();
  const [draft, setDraft] = useState<McpServerDraft>(emptyDraft);
  const [problem, setProblem] = useState<{ field: keyof McpServerDraft; message: string } | null>(null);
  const set = (patch: Partial<McpServerDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorOf = (field: keyof McpServerDraft) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = draftToRequest(draft);
    if (!request.ok) return setProblem(request);
    setProblem(null);
    const failed = await servers.add(request.value);
    // Credentials leave the page with the request; only the names come back.
    if (!failed) setDraft(emptyDraft);
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Add a server</h4>
      <div className="field">
        <label htmlFor={`${id}-name`}>Server name</label>
        <input
          id={`${id}-name`}
          value={draft.name}
          required
          pattern="[a-z][a-z0-9\-]{0,31}"
          aria-describedby={`${id}-name-hint`}
          onChange={(event) => set({ name: event.target.value })}
        />
        <p id={`${id}-name-hint`} className="hint">
          Lowercase letters, digits and dashes; its tools are named <code>mcp.&lt;name&gt;.&lt;tool&gt;</code>
          .
        </p>
      </div>
      <fieldset className="field">
        <legend>Connect by</legend>
        <label>
          <input type="radio" checked={draft.kind === 'stdio'} onChange={() => set({ kind: 'stdio' })} />{' '}
          Command (stdio)
        </label>{' '}
        <label>
          <input type="radio" checked={draft.kind === 'http'} onChange={() => set({ kind: 'http' })} /> URL
          (Streamable HTTP)
        </label>
      </fieldset>
      {draft.kind === 'stdio' ? (
        <div className="field">
          <label htmlFor={`${id}-command`}>Command</label>
          <input
            id={`${id}-command`}
            value={draft.command}
            required
            spellCheck={false}
            placeholder="npx -y @acme/orders-mcp --readonly"
            {...errorOf('command')}
            onChange={(event) => set({ command: event.target.value })}
          />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-url`}>URL</label>
          <input
            id={`${id}-url`}
            type="url"
            value={draft.url}
            required
            placeholder="https://mcp.example.com/mcp"
            onChange={(event) => set({ url: event.target.value })}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-secrets`}>
          {draft.kind === 'stdio' ? 'Environment variables' : 'Headers'} (optional)
        </label>
        <textarea
          id={`${id}-secrets`}
          rows={2}
          spellCheck={false}
          autoComplete="off"
          value={draft.secrets}
          placeholder={draft.kind === 'stdio' ? 'API_TOKEN=…' : 'Authorization: Bearer …'}
          aria-describedby={`${id}-secrets-hint`}
          {...errorOf('secrets')}
          onChange={(event) => set({ secrets: event.target.value })}
        />
        <p id={`${id}-secrets-hint`} className="hint">
          One per line. Values go to the keychain and are never shown again.
        </p>
      </div>
      {problem && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {problem.message}
        </p>
      )}
      <div className="button-row">
        <button type="submit" disabled={servers.busy}>
          Add server
        </button>
      </div>
    </form>
  );
}
