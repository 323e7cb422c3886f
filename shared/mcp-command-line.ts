import { parse as parseShell } from 'shell-quote';

/**
 * How a rep writes an MCP server's start command and credentials, in Settings and on the command
 * line alike: the command as a shell would split it, and `NAME=value` or `Name: value` pairs.
 */

/** The command and its arguments, or why the line is not one (pipes, redirections, globs, nothing). */
export function splitCommandLine(
  line: string,
): { ok: true; command: string; args: string[] } | { ok: false; problem: string } {
  const words = parseShell(line);
  if (words.some((word) => typeof word !== 'string'))
    return { ok: false, problem: 'Write a command and its arguments, without pipes or redirections.' };
  const [command, ...args] = words as string[];
  if (!command) return { ok: false, problem: 'Write the command that starts the server.' };
  return { ok: true, command, args };
}

/** `NAME=value` (environment) or `Name: value` (header) entries as credentials, or the first bad entry. */
export function credentialPairs(
  entries: readonly string[],
  separator: '=' | ':',
): { ok: true; pairs: Record<string, string> } | { ok: false; entry: string } {
  const pairs: Record<string, string> = {};
  for (const entry of entries) {
    const at = entry.indexOf(separator);
    if (at <= 0) return { ok: false, entry };
    pairs[entry.slice(0, at).trim()] = entry.slice(at + 1).trim();
  }
  return { ok: true, pairs };
}
