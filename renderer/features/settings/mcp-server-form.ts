import { credentialPairs, splitCommandLine } from '../../../shared/mcp-command-line';
import type { McpServerAdd } from '../../../shared/mcp-servers';

export interface McpServerDraft {
  name: string;
  kind: 'stdio' | 'http';
  /** The command and its arguments as a shell would take them. */
  command: string;
  url: string;
  /** One `NAME=value` (environment) or `Name: value` (header) per line. */
  secrets: string;
}

export const emptyDraft: McpServerDraft = { name: '', kind: 'stdio', command: '', url: '', secrets: '' };

/** The form as an `mcpServers.add` request, or the field at fault and what to fix. */
export function draftToRequest(
  draft: McpServerDraft,
): { ok: true; value: McpServerAdd } | { ok: false; field: keyof McpServerDraft; message: string } {
  const lines = draft.secrets.split('\n').filter((l) => l.trim() !== '');
  const credentials = credentialPairs(lines, draft.kind === 'stdio' ? '=' : ':');
  if (!credentials.ok)
    return {
      ok: false,
      field: 'secrets',
      message: `Write one ${draft.kind === 'stdio' ? 'NAME=value' : 'Name: value'} per line.`,
    };
  const secrets = credentials.pairs;
  const name = draft.name.trim();
  if (draft.kind === 'http')
    return {
      ok: true,
      value: {
        name,
        transport: { kind: 'http', url: draft.url.trim(), headerNames: Object.keys(secrets) },
        secrets,
      },
    };
  const line = splitCommandLine(draft.command);
  if (!line.ok) return { ok: false, field: 'command', message: line.problem };
  return {
    ok: true,
    value: {
      name,
      transport: { kind: 'stdio', command: line.command, args: line.args, envNames: Object.keys(secrets) },
      secrets,
    },
  };
}
