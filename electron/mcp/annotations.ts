import { tools, type ToolName } from '../../shared/tools';

export interface McpToolAnnotations {
  title: string;
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
}

/**
 * Writes that overwrite or undo state rather than only add to it: every money movement, every change
 * to an order (cancel, address, return, exchange) and a ticket's status, priority, tags or assignee.
 * Creating a record (an interaction, a ticket, a comment, an email, a calendar event) only adds.
 */
const destructiveWrites: ReadonlySet<ToolName> = new Set([
  'orders.cancel',
  'orders.updateAddress',
  'orders.return',
  'orders.exchange',
  'tickets.update',
]);

/** Writes whose repetition with the same arguments changes nothing more (they set a state). */
const idempotentWrites: ReadonlySet<ToolName> = new Set([
  'orders.cancel',
  'orders.updateAddress',
  'tickets.update',
]);

/**
 * The MCP annotations of a catalog tool, from its risk class (docs/MCP.md has the table):
 * read → read-only, non-destructive, idempotent; money → destructive, not idempotent (a second call
 * without the same idempotencyKey pays again); write → destructive when it changes an order or a
 * ticket's fields, idempotent when it sets a state.
 */
export function annotationsFor(tool: ToolName): McpToolAnnotations {
  const risk = tools[tool].risk;
  return {
    title: tool,
    readOnlyHint: risk === 'read',
    destructiveHint: risk === 'money' || (risk === 'write' && destructiveWrites.has(tool)),
    idempotentHint: risk === 'read' || (risk === 'write' && idempotentWrites.has(tool)),
  };
}
