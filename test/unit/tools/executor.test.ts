import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../electron/store/database';
import { AuditRepo } from '../../../electron/tools/audit-repo';
import type { Connector } from '../../../electron/tools/connector';
import { ToolExecutor, type ToolCall } from '../../../electron/tools/executor';
import { IdempotencyRepo } from '../../../electron/tools/idempotency-repo';
import { ToolError } from '../../../electron/tools/tool-error';

let db: Database;
afterEach(() => db?.close());

const customer = {
  id: 'cus_1',
  name: 'Ana Diaz',
  email: 'ana@example.com',
  phone: null,
  tier: 'gold',
  lifetimeValue: 1200,
  createdAt: '2024-01-01T00:00:00Z',
} as const;
const credit = (amount: number) => ({
  credit: {
    id: `cr_${amount}`,
    customerId: 'cus_1',
    orderId: null,
    amount,
    currency: 'USD',
    reason: 'late',
    createdAt: '2026-01-01T00:00:00Z',
  },
  balance: { amount, currency: 'USD' },
});

function setup(handlers: Connector['handlers'], options: { timeoutMs?: number } = {}) {
  db = openDatabase(':memory:');
  const audit = new AuditRepo(db);
  const connector: Connector = { name: 'fake', handlers };
  const routes = Object.fromEntries(Object.keys(handlers).map((name) => [name, connector]));
  const executor = new ToolExecutor({
    routes,
    audit,
    idempotency: new IdempotencyRepo(db),
    retryDelayMs: 1,
    ...options,
  });
  return { executor, audit };
}

const agentCall = (tool: string, args: unknown, extra: Partial<ToolCall> = {}): ToolCall => ({
  tool,
  args,
  actor: 'agent',
  principal: { kind: 'rep' },
  decision: { effect: 'allow', rule: 'reads are automatic' },
  ...extra,
});

describe('the tool executor', () => {
  it('runs a read and audits it with actor, arguments, result and the deciding rule', async () => {
    const { executor, audit } = setup({
      'crm.getCustomer': () => ({
        customer,
        recentInteractions: [],
        notes: [],
        balance: { amount: 0, currency: 'USD' },
      }),
    });
    const result = await executor.execute(
      agentCall('crm.getCustomer', { customerId: 'cus_1' }, { conversationId: 'c1' }),
    );
    expect(result).toMatchObject({ ok: true, value: { customer: { id: 'cus_1' } } });
    const [entry] = audit.list({ conversationId: 'c1' });
    expect(entry).toMatchObject({
      actor: 'agent',
      tool: 'crm.getCustomer',
      args: { customerId: 'cus_1' },
      status: 'ok',
      decision: { rule: 'reads are automatic' },
    });
    expect(entry?.result).toMatchObject({ customer: { email: 'ana@example.com' } });
  });

  it('refuses bad input with an error naming the field, without calling the connector', async () => {
    let called = false;
    const { executor, audit } = setup({ 'orders.get': () => ((called = true), undefined as never) });
    const result = await executor.execute(agentCall('orders.get', { orderId: 42 }));
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'args.orderId' } });
    expect(called).toBe(false);
    expect(audit.list()[0]).toMatchObject({ status: 'error', error: { field: 'args.orderId' } });
  });

  it('refuses an unknown tool', async () => {
    const { executor } = setup({});
    expect(await executor.execute(agentCall('orders.teleport', {}))).toMatchObject({
      ok: false,
      error: { code: 'unknown_method', field: 'tool' },
    });
  });

  it('requires an idempotency key for writes and money', async () => {
    const { executor } = setup({ 'payments.issueCredit': () => credit(15) });
    const result = await executor.execute(
      agentCall('payments.issueCredit', { customerId: 'cus_1', amount: 15, currency: 'USD', reason: 'late' }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'idempotencyKey' } });
  });

  it('a second call with the same key returns the first result and never acts twice', async () => {
    let credits = 0;
    const { executor, audit } = setup({ 'payments.issueCredit': () => credit(15 * ++credits) });
    const args = { customerId: 'cus_1', amount: 15, currency: 'USD', reason: 'late' };
    const first = await executor.execute(agentCall('payments.issueCredit', args, { idempotencyKey: 'k1' }));
    const second = await executor.execute(agentCall('payments.issueCredit', args, { idempotencyKey: 'k1' }));
    expect(credits).toBe(1);
    expect(second).toMatchObject({ ok: true, replayed: true, value: first.ok ? first.value : null });
    expect(audit.list().map((e) => e.status)).toEqual(['ok', 'replayed']);
  });

  it('refuses a key reused for different arguments', async () => {
    const { executor } = setup({ 'payments.issueCredit': () => credit(15) });
    await executor.execute(
      agentCall(
        'payments.issueCredit',
        { customerId: 'cus_1', amount: 15, currency: 'USD', reason: 'late' },
        { idempotencyKey: 'k1' },
      ),
    );
    const reused = await executor.execute(
      agentCall(
        'payments.issueCredit',
        { customerId: 'cus_1', amount: 50, currency: 'USD', reason: 'late' },
        { idempotencyKey: 'k1' },
      ),
    );
    expect(reused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'idempotencyKey' } });
  });

  it('frees the key of a write that failed, so a retry can run', async () => {
    let attempts = 0;
    const { executor } = setup({
      'payments.issueCredit': () => {
        if (++attempts === 1) throw new ToolError('unavailable', 'payments are down');
        return credit(15);
      },
    });
    const args = { customerId: 'cus_1', amount: 15, currency: 'USD', reason: 'late' };
    expect(
      await executor.execute(agentCall('payments.issueCredit', args, { idempotencyKey: 'k2' })),
    ).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(attempts).toBe(1);
    expect(
      await executor.execute(agentCall('payments.issueCredit', args, { idempotencyKey: 'k2' })),
    ).toMatchObject({ ok: true });
  });

  it('retries a read that fails transiently', async () => {
    let attempts = 0;
    const { executor } = setup({
      'kb.search': () => {
        if (++attempts < 3) throw new ToolError('unavailable', 'index warming up');
        return { results: [] };
      },
    });
    expect(await executor.execute(agentCall('kb.search', { query: 'returns' }))).toEqual({
      ok: true,
      value: { results: [] },
    });
    expect(attempts).toBe(3);
  });

  it('does not retry a missing record', async () => {
    let attempts = 0;
    const { executor } = setup({
      'orders.get': () => {
        attempts++;
        throw new ToolError('not_found', 'No order #W1.', 'orderId');
      },
    });
    expect(await executor.execute(agentCall('orders.get', { orderId: '#W1' }))).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'orderId' },
    });
    expect(attempts).toBe(1);
  });

  it('times out a call that hangs', async () => {
    const { executor } = setup({ 'kb.search': () => new Promise(() => {}) }, { timeoutMs: 20 });
    const result = await executor.execute({ ...agentCall('kb.search', { query: 'x' }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('rejects connector output that breaks the tool schema', async () => {
    const { executor } = setup({ 'orders.get': () => ({ order: { id: 'x' } }) as never });
    expect(await executor.execute(agentCall('orders.get', { orderId: 'x' }))).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('takes over a key left running by a process that was killed, and completes it with the system’s own answer', async () => {
    const seen: (string | undefined)[] = [];
    const { executor } = setup({
      'payments.issueCredit': (_input, context) => {
        seen.push(context.idempotencyKey);
        return credit(5);
      },
    });
    const call = agentCall(
      'payments.issueCredit',
      { customerId: 'cus_1', amount: 5, currency: 'USD', reason: 'late' },
      { idempotencyKey: 'act-1' },
    );
    // The killed process claimed the key, paid, and died before recording the result.
    new IdempotencyRepo(db, 'a-process-that-died').reserve(
      'act-1',
      'payments.issueCredit',
      '{"amount":5,"currency":"USD","customerId":"cus_1","reason":"late"}',
      new Date().toISOString(),
      '1970-01-01T00:00:00.000Z',
    );
    await expect(executor.execute(call)).resolves.toMatchObject({ ok: true });
    expect(seen).toEqual(['act-1']);
    expect(db.prepare("SELECT state FROM tool_idempotency WHERE key = 'act-1'").pluck().get()).toBe('done');
    await expect(executor.execute(call)).resolves.toMatchObject({ ok: true, replayed: true });
    expect(seen).toEqual(['act-1']);
  });

  it('commits a local system’s write and its idempotency record together, or neither', async () => {
    db = openDatabase(':memory:');
    db.exec('CREATE TABLE paid (key TEXT PRIMARY KEY)');
    let fail = true;
    const connector: Connector = {
      name: 'local',
      local: true,
      handlers: {
        'payments.issueCredit': (_input, context) => {
          db.prepare('INSERT INTO paid (key) VALUES (?)').run(context.idempotencyKey);
          if (fail) throw new ToolError('conflict', 'refused after writing');
          return credit(5);
        },
      },
    };
    const executor = new ToolExecutor({
      routes: { 'payments.issueCredit': connector },
      audit: new AuditRepo(db),
      idempotency: new IdempotencyRepo(db),
    });
    const call = agentCall(
      'payments.issueCredit',
      { customerId: 'cus_1', amount: 5, currency: 'USD', reason: 'late' },
      { idempotencyKey: 'act-2' },
    );
    await expect(executor.execute(call)).resolves.toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(db.prepare('SELECT COUNT(*) FROM paid').pluck().get()).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM tool_idempotency WHERE key = 'act-2'").pluck().get()).toBe(0);
    fail = false;
    await expect(executor.execute(call)).resolves.toMatchObject({ ok: true });
    expect(db.prepare('SELECT COUNT(*) FROM paid').pluck().get()).toBe(1);
    expect(db.prepare("SELECT state FROM tool_idempotency WHERE key = 'act-2'").pluck().get()).toBe('done');
  });
});
