import type { AuditStatus } from '../../shared/agent';
import { defaultScopes, type Scopes } from '../../shared/policy';
import type { ToolName } from '../../shared/tools';
import { fail, fromZodError, ok, type AppError, type Result } from '../../shared/result';
import { logger } from '../log';
import type { Actor, AuditRepo, CallDecision } from './audit-repo';
import type { Connector, CreditRecord, InteractionRecord, OpenTicketRecord } from './connector';
import type { ExternalTools } from './external-tools';
import type { IdempotencyRepo } from './idempotency-repo';
import { principalLabel, scopeOf, type Principal } from './principal';
import { contactHistory, creditHistory } from './record-history';
import { notFoundMessage, ownerRoute, recordRefs, type RecordRef } from './record-refs';
import { resolveTool, type Runnable } from './runnable';
import { scopeOutput } from './scope-output';
import { stableJson } from './stable-json';
import { ToolError } from './tool-error';

export interface ToolCall {
  tool: string;
  args: unknown;
  actor: Actor;
  /** Whose records the call may reach (see Principal); set by code, never by a reasoner. */
  principal: Principal;
  decision: CallDecision;
  /** Required for write and money tools: the same key never acts twice. */
  idempotencyKey?: string;
  conversationId?: string;
}

export interface ExecutorOptions {
  /** Which connector serves each tool; tools without one fail with `unavailable`. */
  routes: Partial<Record<ToolName, Connector>>;
  /** Tools from MCP servers the rep allowed, under their `mcp.<server>.<tool>` names. */
  external?: ExternalTools;
  audit: AuditRepo;
  idempotency: IdempotencyRepo;
  /** The policy's scopes for reps and delegated tasks. */
  scopes?: () => Scopes;
  timeoutMs?: number;
  /** Extra attempts for reads that fail transiently. */
  readRetries?: number;
  retryDelayMs?: number;
  now?: () => Date;
}

type Outcome = Result<unknown> & { replayed?: boolean };

/** Carries a failed local write's outcome out of its transaction, which rolls back on the way. */
class Rollback extends Error {
  constructor(readonly outcome: Outcome) {
    super('rolled back');
  }
}

/**
 * The one door through which anything touches a system of record: validates input, keeps each
 * caller to the records its principal may reach, enforces idempotency for writes, applies a timeout,
 * retries idempotent reads, and audits every call.
 */
export class ToolExecutor {
  private readonly timeoutMs: number;
  private readonly readRetries: number;
  private readonly retryDelayMs: number;
  private readonly now: () => Date;
  private readonly scopes: () => Scopes;

  constructor(private readonly options: ExecutorOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.readRetries = options.readRetries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 100;
    this.now = options.now ?? (() => new Date());
    this.scopes = options.scopes ?? (() => defaultScopes);
  }

  /** Runs one call and returns its validated output or a structured error; never throws. */
  async execute(call: ToolCall): Promise<Outcome> {
    const started = performance.now();
    const at = this.now().toISOString();
    const record = (
      status: AuditStatus,
      result: unknown,
      error: AppError | null,
      decision: CallDecision = call.decision,
    ) =>
      this.options.audit.append({
        at,
        actor: call.actor,
        principal: principalLabel(call.principal),
        tool: call.tool,
        args: call.args,
        status,
        result,
        error,
        durationMs: performance.now() - started,
        decision,
        conversationId: call.conversationId ?? null,
        idempotencyKey: call.idempotencyKey ?? null,
      });
    const failWith = (error: AppError) => {
      record('error', null, error);
      return { ok: false as const, error };
    };
    // Out of scope reads the same as missing, so a caller cannot probe for others' records.
    const deny = (error: AppError) => {
      record('denied', null, error, { ...call.decision, rule: 'record-ownership' });
      return { ok: false as const, error };
    };

    const resolved = resolveTool(call.tool, this.options.routes, this.options.external, this.readRetries);
    if (resolved.kind === 'unknown')
      return failWith({
        code: 'unknown_method',
        message: `Unknown tool ${JSON.stringify(call.tool)}.`,
        field: 'tool',
      });
    if (resolved.kind === 'unserved')
      return failWith({ code: 'unavailable', message: `No connector serves ${call.tool}.` });
    const tool = resolved.runnable;
    const parsed = tool.parse(call.args);
    if (!parsed.success) return failWith(fromZodError(parsed.error, 'args'));
    const args = parsed.data as Record<string, unknown>;

    const scope = scopeOf(call.principal, this.scopes());
    if (scope.kind === 'customer' && tool.builtIn) {
      for (const ref of recordRefs(call.tool as ToolName, args)) {
        const owner = await this.ownerOf(ref);
        if (owner === undefined)
          return failWith({
            code: 'unavailable',
            message: `${call.tool} cannot be used in a customer conversation: its system does not say who owns ${ref.kind} records.`,
          });
        if (owner === null || owner !== scope.customerId)
          return deny({ code: 'not_found', message: notFoundMessage(ref), field: ref.field });
      }
    }

    const outcome =
      tool.risk === 'read' ? await this.runRead(tool, args) : await this.runWrite(call, tool, args, at);
    if (!outcome.ok) return failWith(outcome.error);

    let value = outcome.value;
    if (scope.kind === 'customer' && tool.builtIn) {
      value = scopeOutput(call.tool as ToolName, value, scope.customerId);
      if (value === null) {
        logger.error({ tool: call.tool }, 'a connector answered with records of another customer');
        return deny({ code: 'not_found', message: `${call.tool} found nothing.` });
      }
    }
    record(outcome.replayed ? 'replayed' : 'ok', value, null);
    return outcome.replayed ? { ...ok(value), replayed: true } : ok(value);
  }

  /**
   * What the agent needs to know of a tool before calling it: its risk class (the catalog's, or the
   * rep's choice for an MCP tool) and its input schema; undefined for a tool nobody serves.
   */
  describe(name: string): { risk: Runnable['risk']; input: Pick<Runnable, 'parse'> } | undefined {
    const resolved = resolveTool(name, this.options.routes, this.options.external, this.readRetries);
    return resolved.kind === 'found' ? { risk: resolved.runnable.risk, input: resolved.runnable } : undefined;
  }

  /** Credits the customer received, from the payment system's records; null when it cannot say. */
  creditHistory(customerId: string): Promise<CreditRecord[] | null> {
    return creditHistory(this.options.routes, customerId);
  }

  /** A customer's recent CRM interactions and open tickets, for repeat contacts. */
  contactHistory(
    customerId: string,
    since: string,
  ): Promise<{ interactions: InteractionRecord[]; openTickets: OpenTicketRecord[] }> {
    return contactHistory(this.options.routes, customerId, since);
  }

  /** The owner of a record (null: no such record), or undefined when its system cannot say. */
  private async ownerOf(ref: RecordRef): Promise<string | null | undefined> {
    const records = this.options.routes[ownerRoute[ref.kind]]?.records;
    if (!records) return undefined;
    try {
      return await records.ownerOf(ref.kind, ref.id);
    } catch (error) {
      logger.warn({ err: error, kind: ref.kind }, 'ownership lookup failed');
      return undefined;
    }
  }

  private async runRead(tool: Runnable, args: Record<string, unknown>): Promise<Outcome> {
    let outcome: Outcome = fail('internal', 'not run');
    for (let attempt = 1; attempt <= 1 + tool.retries; attempt++) {
      outcome = await this.runOnce(tool, args, undefined);
      const transient =
        !outcome.ok && (outcome.error.code === 'timeout' || outcome.error.code === 'unavailable');
      if (outcome.ok || !transient) break;
      if (attempt <= tool.retries)
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * attempt));
    }
    return outcome;
  }

  private async runWrite(
    call: ToolCall,
    tool: Runnable,
    args: Record<string, unknown>,
    at: string,
  ): Promise<Outcome> {
    const key = call.idempotencyKey;
    if (!key)
      return fail(
        'bad_request',
        `${call.tool} changes data: an idempotency key is required.`,
        'idempotencyKey',
      );
    const fingerprint = stableJson(args);
    const staleBefore = new Date(this.now().getTime() - 2 * this.timeoutMs).toISOString();
    const claim = (): Outcome | null => {
      const held = this.options.idempotency.reserve(key, tool.name, fingerprint, at, staleBefore);
      if (held.kind === 'done') return { ...ok(held.result), replayed: true };
      if (held.kind === 'mismatch')
        return fail(
          'conflict',
          `Idempotency key ${key} was already used for a different ${held.tool} call.`,
          'idempotencyKey',
        );
      if (held.kind === 'running')
        return fail('conflict', `A call with idempotency key ${key} is still running.`, 'idempotencyKey');
      return null;
    };

    if (tool.local) return this.runLocalWrite(tool, args, key, claim);

    const refused = claim();
    if (refused) return refused;
    const outcome = await this.runOnce(tool, args, key);
    if (outcome.ok) this.options.idempotency.complete(key, outcome.value);
    else this.options.idempotency.release(key);
    return outcome;
  }

  /** A write to the app's own database: the claim, the effect and its result commit together. */
  private runLocalWrite(
    tool: Runnable,
    args: Record<string, unknown>,
    key: string,
    claim: () => Outcome | null,
  ): Outcome {
    try {
      return this.options.idempotency.atomically((): Outcome => {
        const refused = claim();
        if (refused) return refused;
        const controller = new AbortController();
        let value: unknown;
        try {
          value = tool.run(args, { idempotencyKey: key, signal: controller.signal, now: this.now });
        } catch (error) {
          throw new Rollback(this.failure(tool.name, error));
        }
        if (value instanceof Promise)
          throw new Error(`${tool.name}: a local connector must answer synchronously`);
        const checked = tool.check(value);
        if (!checked.ok) throw new Rollback(checked);
        this.options.idempotency.complete(key, checked.value);
        return checked;
      });
    } catch (error) {
      if (error instanceof Rollback) return error.outcome;
      return this.failure(tool.name, error);
    }
  }

  private async runOnce(
    tool: Runnable,
    args: Record<string, unknown>,
    key: string | undefined,
  ): Promise<Result<unknown>> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new ToolError('timeout', `${tool.name} did not answer within ${this.timeoutMs} ms.`));
      }, this.timeoutMs);
    });
    try {
      const value = await Promise.race([
        tool.run(args, { idempotencyKey: key, signal: controller.signal, now: this.now }),
        timeout,
      ]);
      return tool.check(value);
    } catch (error) {
      return this.failure(tool.name, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private failure(tool: string, error: unknown): Result<never> {
    if (error instanceof ToolError) return { ok: false, error: error.toAppError() };
    logger.error({ err: error, tool }, 'connector failed');
    return fail('internal', `${tool} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
