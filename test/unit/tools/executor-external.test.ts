import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase, type Database } from '../../../electron/store/database';
import { AuditRepo } from '../../../electron/tools/audit-repo';
import { ToolExecutor, type ToolCall } from '../../../electron/tools/executor';
import type { ExternalTool, ExternalTools } from '../../../electron/tools/external-tools';
import { IdempotencyRepo } from '../../../electron/tools/idempotency-repo';
import { ToolError } from '../../../electron/tools/tool-error';

let db: Database;
afterEach(() => db?.close());

const schema = z.object({ serial: z.string().min(3) }).strict();
const tool = (name: string, risk: 'read' | 'write'): ExternalTool => ({
  name,
  description: name,
  risk,
  inputSchema: z.toJSONSchema(schema) as Record<string, unknown>,
  input: schema,
});

/** Two tools of one MCP server, served in-process; `fail` makes the server's answer an outage. */
function setup(answer: (name: string, args: Record<string, unknown>) => Promise<unknown>) {
  db = openDatabase(':memory:');
  const audit = new AuditRepo(db);
  const calls: { name: string; args: Record<string, unknown> }[] = [];
  const allowed = [tool('mcp.desk.lookup', 'read'), tool('mcp.desk.open_rma', 'write')];
  const external: ExternalTools = {
    find: (name) => allowed.find((t) => t.name === name),
    available: () => allowed,
    call: async (name, args) => {
      calls.push({ name, args });
      return (await answer(name, args)) as never;
    },
  };
  const executor = new ToolExecutor({
    routes: {},
    external,
    audit,
    idempotency: new IdempotencyRepo(db),
    retryDelayMs: 1,
  });
  return { executor, audit, calls };
}

const call = (tool: string, args: unknown, extra: Partial<ToolCall> = {}): ToolCall => ({
  tool,
  args,
  actor: 'agent',
  principal: { kind: 'customer', customerId: 'cus_1' },
  decision: { effect: 'allow', rule: 'mcp-read-only' },
  ...extra,
});

const text = async () => ({ text: 'covered until 2027-05-31', omittedBytes: 0 });

describe('the executor with MCP tools', () => {
  it('runs an allowed read tool in a customer conversation and audits it under its catalog name', async () => {
    const { executor, audit, calls } = setup(text);
    const outcome = await executor.execute(call('mcp.desk.lookup', { serial: 'SN-123' }));
    expect(outcome).toEqual({ ok: true, value: { text: 'covered until 2027-05-31', omittedBytes: 0 } });
    expect(calls).toEqual([{ name: 'mcp.desk.lookup', args: { serial: 'SN-123' } }]);
    expect(audit.list({}).map((e) => [e.tool, e.status, e.principal])).toEqual([
      ['mcp.desk.lookup', 'ok', 'customer:cus_1'],
    ]);
  });

  it("refuses arguments that break the server's schema, and a tool nobody allowed, without calling out", async () => {
    const { executor, calls } = setup(text);
    for (const args of [{}, { serial: 'x' }, { serial: 'SN-123', extra: 1 }, 'SN-123']) {
      const outcome = await executor.execute(call('mcp.desk.lookup', args));
      expect(outcome.ok || outcome.error.code, JSON.stringify(args)).toBe('bad_request');
    }
    const unknown = await executor.execute(call('mcp.desk.drop_tables', { serial: 'SN-123' }));
    expect(!unknown.ok && unknown.error.code).toBe('unknown_method');
    expect(calls).toEqual([]);
  });

  it('needs an idempotency key for a write, and never runs the same key twice', async () => {
    const { executor, calls } = setup(async () => ({ text: 'RMA-77 opened', omittedBytes: 0 }));
    const args = { serial: 'SN-123' };
    const unkeyed = await executor.execute(call('mcp.desk.open_rma', args));
    expect(!unkeyed.ok && unkeyed.error.field).toBe('idempotencyKey');
    const first = await executor.execute(call('mcp.desk.open_rma', args, { idempotencyKey: 'k1' }));
    const again = await executor.execute(call('mcp.desk.open_rma', args, { idempotencyKey: 'k1' }));
    expect(first).toEqual({ ok: true, value: { text: 'RMA-77 opened', omittedBytes: 0 } });
    expect(again).toMatchObject({ ok: true, replayed: true });
    expect(calls).toHaveLength(1);
  });

  it('does not retry a read whose server is down, and names the server in the error', async () => {
    const { executor, calls } = setup(async () => {
      throw new ToolError('unavailable', 'desk stopped.', undefined, 'MCP server desk');
    });
    const outcome = await executor.execute(call('mcp.desk.lookup', { serial: 'SN-123' }));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unavailable', system: 'MCP server desk' } });
    expect(calls).toHaveLength(1);
  });
});
