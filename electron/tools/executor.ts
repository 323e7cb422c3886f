import { isToolName, tools, type ToolName } from '../../shared/tools';
import { fail, fromZodError, ok, type AppError, type Result } from '../../shared/result';
import { logger } from '../log';
import type { Actor, AuditRepo, CallDecision } from './audit-repo';
import type { Connector, ToolHandler } from './connector';
import type { IdempotencyRepo } from './idempotency-repo';
import { stableJson } from './stable-json';
import { ToolError } from './tool-error';

export interface ToolCall {
  tool: string;
  args: unknown;
  actor: Actor;
  decision: CallDecision;
  /** Required for write and money tools: the same key never acts twice. */
  idempotencyKey?: string;
  conversationId?: string;
}

export interface ExecutorOptions {
  /** Which connector serves each tool; tools without one fail with `unavailable`. */
  routes: Partial<Record<ToolName, Connector>>;
  audit: AuditRepo;
  idempotency: IdempotencyRepo;
  timeoutMs?: number;
  /** Extra attempts for reads that fail transiently. */
  readRetries?: number;
  retryDelayMs?: number;
  now?: () => Date;
}

/**
 * The one door through which anything touches a system of record: validates input, enforces
 * idempotency for writes, applies a timeout, retries idempotent reads, and audits every call.
 */
export class ToolExecutor {
  private readonly timeoutMs: number;
  private readonly readRetries: number;
  private readonly retryDelayMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: ExecutorOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.readRetries = options.readRetries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 100;
    this.now = options.now ?? (() => new Date());
  }

  /** Runs one call and returns its validated output or a structured error; never throws. */
  async execute(call: ToolCall): Promise<Result<unknown> & { replayed?: boolean }> {
    const started = performance.now();
    const at = this.now().toISOString();
    const record = (status: 'ok' | 'error' | 'replayed', result: unknown, error: AppError | null) =>
      this.options.audit.append({
        at,
        actor: call.actor,
        tool: call.tool,
        args: call.args,
        status,
        result,
        error,
        durationMs: performance.now() - started,
        decision: call.decision,
        conversationId: call.conversationId ?? null,
        idempotencyKey: call.idempotencyKey ?? null,
      });
    const failWith = (error: AppError) => {
      record('error', null, error);
      return { ok: false as const, error };
    };

    if (!isToolName(call.tool))
      return failWith({
        code: 'unknown_method',
        message: `Unknown tool ${JSON.stringify(call.tool)}.`,
        field: 'tool',
      });
    const spec = tools[call.tool];
    const parsed = spec.input.safeParse(call.args);
    if (!parsed.success) return failWith(fromZodError(parsed.error, 'args'));
    const connector = this.options.routes[call.tool];
    const handler = connector?.handlers[call.tool] as ToolHandler<ToolName> | undefined;
    if (!handler) return failWith({ code: 'unavailable', message: `No connector serves ${call.tool}.` });

    const key = call.idempotencyKey;
    if (spec.risk !== 'read') {
      if (!key)
        return failWith({
          code: 'bad_request',
          message: `${call.tool} changes data: an idempotency key is required.`,
          field: 'idempotencyKey',
        });
      const staleBefore = new Date(this.now().getTime() - 2 * this.timeoutMs).toISOString();
      const held = this.options.idempotency.reserve(key, call.tool, stableJson(parsed.data), at, staleBefore);
      if (held.kind === 'done') {
        record('replayed', held.result, null);
        return { ...ok(held.result), replayed: true };
      }
      if (held.kind === 'mismatch') {
        return failWith({
          code: 'conflict',
          message: `Idempotency key ${key} was already used for a different ${held.tool} call.`,
          field: 'idempotencyKey',
        });
      }
      if (held.kind === 'running')
        return failWith({
          code: 'conflict',
          message: `A call with idempotency key ${key} is still running.`,
          field: 'idempotencyKey',
        });
    }

    const attempts = spec.risk === 'read' ? 1 + this.readRetries : 1;
    let outcome: Result<unknown> = fail('internal', 'not run');
    for (let attempt = 1; attempt <= attempts; attempt++) {
      outcome = await this.runOnce(call.tool, handler, parsed.data as never, key);
      const transient =
        !outcome.ok && (outcome.error.code === 'timeout' || outcome.error.code === 'unavailable');
      if (outcome.ok || !transient || attempt === attempts) break;
      await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * attempt));
    }

    if (!outcome.ok) {
      if (key && spec.risk !== 'read') this.options.idempotency.release(key);
      return failWith(outcome.error);
    }
    if (key && spec.risk !== 'read') this.options.idempotency.complete(key, outcome.value);
    record('ok', outcome.value, null);
    return outcome;
  }

  private async runOnce(
    tool: ToolName,
    handler: ToolHandler<ToolName>,
    input: never,
    key: string | undefined,
  ): Promise<Result<unknown>> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new ToolError('timeout', `${tool} did not answer within ${this.timeoutMs} ms.`));
      }, this.timeoutMs);
    });
    try {
      const value = await Promise.race([
        handler(input, { idempotencyKey: key, signal: controller.signal, now: this.now }),
        timeout,
      ]);
      const checked = tools[tool].output.safeParse(value);
      if (!checked.success) {
        logger.error(
          { tool, issues: checked.error.issues },
          'connector returned output that breaks the tool schema',
        );
        return fail('internal', `${tool} returned data the app does not understand.`);
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof ToolError) return { ok: false, error: error.toAppError() };
      logger.error({ err: error, tool }, 'connector failed');
      return fail('internal', `${tool} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
