import { parse as parseShell } from 'shell-quote';
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
  const separator = draft.kind === 'stdio' ? '=' : ':';
  const secrets: Record<string, string> = {};
  for (const line of draft.secrets.split('\n').filter((l) => l.trim() !== '')) {
    const at = line.indexOf(separator);
    if (at <= 0)
      return {
        ok: false,
        field: 'secrets',
        message: `Write one ${draft.kind === 'stdio' ? 'NAME=value' : 'Name: value'} per line.`,
      };
    secrets[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  if (draft.kind === 'http')
    return {
      ok: true,
      value: {
        name: draft.name.trim(),
        transport: { kind: 'http', url: draft.url.trim(), headerNames: Object.keys(secrets) },
        secrets,
      },
    };
  const words = parseShell(draft.command);
  if (words.some((word) => typeof word !== 'string'))
    return {
      ok: false,
      field: 'command',
      message: 'Write a command and its arguments, without pipes or redirections.',
    };
  const [command, ...args] = words as string[];
  if (!command) return { ok: false, field: 'command', message: 'Write the command that starts the server.' };
  return {
    ok: true,
    value: {
      name: draft.name.trim(),
      transport: { kind: 'stdio', command, args, envNames: Object.keys(secrets) },
      secrets,
    },
  };
}
