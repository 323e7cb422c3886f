import type { AuditStatus } from '../../shared/agent';
import { defaultScopes, type Scopes } from '../../shared/policy';
import { isToolName, tools, type ToolName } from '../../shared/tools';
import { fail, fromZodError, ok, type AppError, type Result } from '../../shared/result';
import { logger } from '../log';
import type { Actor, AuditRepo, CallDecision } from './audit-repo';
import type { Connector, CreditRecord, InteractionRecord, OpenTicketRecord, ToolHandler } from './connector';
import type { IdempotencyRepo } from './idempotency-repo';
import { scopeOf, type Principal } from './principal';
import { notFoundMessage, ownerRoute, recordRefs, type RecordRef } from './record-refs';
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

const principalLabel = (principal: Principal): string =>
  principal.kind === 'customer' || principal.kind === 'task'
    ? `${principal.kind}:${principal.customerId ?? 'unverified'}`
    : principal.kind === 'rep' && principal.customerId
      ? `rep:${principal.customerId}`
      : principal.kind;

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

    if (!isToolName(call.tool))
      return failWith({
        code: 'unknown_method',
        message: `Unknown tool ${JSON.stringify(call.tool)}.`,
        field: 'tool',
      });
    const spec = tools[call.tool];
    const parsed = spec.input.safeParse(call.args);
    if (!parsed.success) return failWith(fromZodError(parsed.error, 'args'));
    const args = parsed.data as Record<string, unknown>;
    const connector = this.options.routes[call.tool];
    const handler = connector?.handlers[call.tool] as ToolHandler<ToolName> | undefined;
    if (!connector || !handler)
      return failWith({ code: 'unavailable', message: `No connector serves ${call.tool}.` });

    const scope = scopeOf(call.principal, this.scopes());
    if (scope.kind === 'customer') {
      for (const ref of recordRefs(call.tool, args)) {
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
      spec.risk === 'read'
        ? await this.runRead(call.tool, handler, args)
        : await this.runWrite(call, connector, handler, args, at);
    if (!outcome.ok) return failWith(outcome.error);

    let value = outcome.value;
    if (scope.kind === 'customer') {
      value = scopeOutput(call.tool, value, scope.customerId);
      if (value === null) {
        logger.error({ tool: call.tool }, 'a connector answered with records of another customer');
        return deny({ code: 'not_found', message: `${call.tool} found nothing.` });
      }
    }
    record(outcome.replayed ? 'replayed' : 'ok', value, null);
    return outcome.replayed ? { ...ok(value), replayed: true } : ok(value);
  }

  /**
   * Credits the customer received, from the payment system's records (what goodwill limits count);
   * null when that system cannot say.
   */
  async creditHistory(customerId: string): Promise<CreditRecord[] | null> {
    const records = this.options.routes['payments.issueCredit']?.records;
    if (!records) return null;
    try {
      return await records.creditsSince(customerId, '1970-01-01T00:00:00.000Z');
    } catch (error) {
      logger.warn({ err: error }, 'credit history unavailable');
      return null;
    }
  }

  /**
   * A customer's CRM interactions since `since` and open tickets, from the systems behind the CRM and
   * ticket tools, for repeat contacts; empty where a system cannot say.
   */
  async contactHistory(
    customerId: string,
    since: string,
  ): Promise<{ interactions: InteractionRecord[]; openTickets: OpenTicketRecord[] }> {
    const crm = this.options.routes['crm.getCustomer']?.records;
    const desk = this.options.routes['tickets.update']?.records;
    const read = async <T>(what: string, run: (() => T[] | Promise<T[]>) | undefined): Promise<T[]> => {
      try {
        return run ? await run() : [];
      } catch (error) {
        logger.warn({ err: error }, `${what} unavailable`);
        return [];
      }
    };
    return {
      interactions: await read(
        'CRM interactions',
        crm?.interactionsSince && (() => crm.interactionsSince!(customerId, since)),
      ),
      openTickets: await read('open tickets', desk?.openTickets && (() => desk.openTickets!(customerId))),
    };
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

  private async runRead(tool: ToolName, handler: ToolHandler<ToolName>, args: unknown): Promise<Outcome> {
    let outcome: Outcome = fail('internal', 'not run');
    for (let attempt = 1; attempt <= 1 + this.readRetries; attempt++) {
      outcome = await this.runOnce(tool, handler, args as never, undefined);
      const transient =
        !outcome.ok && (outcome.error.code === 'timeout' || outcome.error.code === 'unavailable');
      if (outcome.ok || !transient) break;
      if (attempt <= this.readRetries)
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * attempt));
    }
    return outcome;
  }

  private async runWrite(
    call: ToolCall,
    connector: Connector,
    handler: ToolHandler<ToolName>,
    args: unknown,
    at: string,
  ): Promise<Outcome> {
    const key = call.idempotencyKey;
    if (!key)
      return fail(
        'bad_request',
        `${call.tool} changes data: an idempotency key is required.`,
        'idempotencyKey',
      );
    const tool = call.tool as ToolName;
    const fingerprint = stableJson(args);
    const staleBefore = new Date(this.now().getTime() - 2 * this.timeoutMs).toISOString();
    const claim = (): Outcome | null => {
      const held = this.options.idempotency.reserve(key, tool, fingerprint, at, staleBefore);
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

    if (connector.local) return this.runLocalWrite(tool, handler, args, key, claim);

    const refused = claim();
    if (refused) return refused;
    const outcome = await this.runOnce(tool, handler, args as never, key);
    if (outcome.ok) this.options.idempotency.complete(key, outcome.value);
    else this.options.idempotency.release(key);
    return outcome;
  }

  /** A write to the app's own database: the claim, the effect and its result commit together. */
  private runLocalWrite(
    tool: ToolName,
    handler: ToolHandler<ToolName>,
    args: unknown,
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
          value = handler(args as never, { idempotencyKey: key, signal: controller.signal, now: this.now });
        } catch (error) {
          throw new Rollback(this.failure(tool, error));
        }
        if (value instanceof Promise) throw new Error(`${tool}: a local connector must answer synchronously`);
        const checked = this.checkOutput(tool, value);
        if (!checked.ok) throw new Rollback(checked);
        this.options.idempotency.complete(key, checked.value);
        return checked;
      });
    } catch (error) {
      if (error instanceof Rollback) return error.outcome;
      return this.failure(tool, error);
    }
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
      return this.checkOutput(tool, value);
    } catch (error) {
      return this.failure(tool, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private checkOutput(tool: ToolName, value: unknown): Result<unknown> {
    const checked = tools[tool].output.safeParse(value);
    if (checked.success) return ok(checked.data);
    logger.error(
      { tool, issues: checked.error.issues },
      'connector returned output that breaks the tool schema',
    );
    return fail('internal', `${tool} returned data the app does not understand.`);
  }

  private failure(tool: ToolName, error: unknown): Result<never> {
    if (error instanceof ToolError) return { ok: false, error: error.toAppError() };
    logger.error({ err: error, tool }, 'connector failed');
    return fail('internal', `${tool} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
