import type { ToolInput, ToolName, ToolOutput } from '../../shared/tools';

/** What a connector gets besides the validated input. */
export interface ToolContext {
  /** Present for writes and money: pass it on to APIs that support idempotency (Stripe, Shopify…). */
  idempotencyKey: string | undefined;
  /** Aborted when the call times out. */
  signal: AbortSignal;
  now(): Date;
}

export type ToolHandler<T extends ToolName> = (
  input: ToolInput<T>,
  context: ToolContext,
) => ToolOutput<T> | Promise<ToolOutput<T>>;

/**
 * A system of record behind some of the tools: the sandbox implements them all; Zendesk, HubSpot,
 * Shopify, Stripe or a carrier API implement the ones they own. The agent never sees which.
 * Handlers throw ToolError for expected failures (missing record, refused state change, outage).
 */
export interface Connector {
  readonly name: string;
  readonly handlers: { readonly [T in ToolName]?: ToolHandler<T> };
}
