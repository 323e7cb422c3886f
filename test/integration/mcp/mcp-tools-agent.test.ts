import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { memorySecretStore } from '../../../electron/services/secrets';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { defaultSettings } from '../../../shared/domain';
import type { McpServerConfig } from '../../../shared/mcp-servers';
import {
  lastToolResult,
  startChatCompletionsServer,
  type ChatCompletionsServer,
  type ChatRequest,
  type Scripted,
  type ScriptedAnswer,
} from '../../fixtures/chat-completions-server';
import { testServerConfig, type TestServerMode } from '../../unit/mcp/test-server';
import injectionsFile from '../../fixtures/mcp/tool-injections.json' with { type: 'json' };
import { one, scenarioApp, say, toolsCalled } from '../agent/agent-fixture';

let model: ChatCompletionsServer;
let app: App;
afterEach(async () => {
  await app?.close();
  await model?.close();
});

const lookup = { call: 'mcp__desk__warranty_lookup', arguments: { serial: 'SN-12345' } };
const customer = 'someone@example.com';
const question = 'Is my blender with serial SN-12345 still under warranty?';

/**
 * An app whose reasoner is a scripted Chat Completions server and whose MCP servers hold the stdio
 * test server as `desk`, with its read tool allowed read-only and its write tool allowed as a write.
 */
async function appWith(mode: TestServerMode, script: Scripted[], log?: string, extra: string[] = []) {
  model = await startChatCompletionsServer(script);
  const desk: McpServerConfig = testServerConfig(
    'desk',
    mode,
    { warranty_lookup: { allowed: true, risk: 'read' }, rma_open: { allowed: true, risk: 'write' } },
    extra,
  );
  if (log) desk.transport = { ...desk.transport, envNames: ['MCP_TEST_LOG'] } as McpServerConfig['transport'];
  const secrets = memorySecretStore();
  if (log) secrets.setSecret('mcp.desk.MCP_TEST_LOG', log);
  app = scenarioApp({
    settings: memorySettingsBackend({
      reasoner: { ...defaultSettings.reasoner, kind: 'compatible', baseUrl: model.baseUrl, model: 'local' },
      mcpServers: [desk],
    }),
    secrets,
  });
  const connected = await app.dispatch('mcpServers.reconnect', { name: 'desk' });
  expect(connected).toMatchObject({ ok: true, value: { state: 'connected' } });
  return app;
}

const injections = (
  injectionsFile as {
    injections: { text: string; call: { name: string; arguments: Record<string, unknown> } }[];
  }
).injections;

/** A delivered order of a customer whose email names only them (the seed is the same for every app). */
function deliveredOrder() {
  const probe = scenarioApp();
  try {
    const row = one<{ email: string; orderId: string; customerId: string }>(
      probe,
      `SELECT c.email, o.id AS orderId, c.id AS customerId FROM sb_orders o JOIN sb_customers c ON c.id = o.customer_id
       WHERE o.status = 'delivered' AND (SELECT COUNT(*) FROM sb_customers t WHERE t.email = c.email) = 1
       ORDER BY o.id LIMIT 1`,
    );
    const skus = probe.db
      .prepare('SELECT sku FROM sb_order_items WHERE order_id = ?')
      .pluck()
      .all(row.orderId) as string[];
    return { ...row, skus };
  } finally {
    void probe.close();
  }
}

const offered = (request: ChatRequest | undefined) => (request?.tools ?? []).map((t) => t.function.name);
const requests = () => model.requests as unknown as ChatRequest[];

describe('MCP servers as tools of the agent', () => {
  it("offers allowed tools with the server's schema, runs a read on its own and uses its answer in the reply", async () => {
    await appWith('normal', [
      lookup,
      (request) => ({
        call: 'reply_to_customer',
        arguments: {
          text: `Here is what I found: ${JSON.parse(lastToolResult(request)).untrusted_data_from_tool}`,
        },
      }),
    ]);
    const report = await say(app, customer, question);
    expect(toolsCalled(report)).toEqual(['mcp.desk.warranty_lookup:executed']);
    expect(report.reply).toContain("covered by the manufacturer's warranty until 2027-05-31");

    const [first] = requests();
    const fn = first?.tools?.find((t) => t.function.name === 'mcp__desk__warranty_lookup');
    expect(fn?.function.parameters).toMatchObject({
      required: ['serial'],
      properties: { serial: { type: 'string' } },
    });
    expect(offered(first)).toContain('mcp__desk__rma_open');
    // The answer reaches the model labelled as data from another system.
    expect(JSON.parse(lastToolResult(requests()[1]!))).toEqual({
      untrusted_data_from_tool: "Serial SN-12345: covered by the manufacturer's warranty until 2027-05-31.",
    });
    expect(app.tools.audit.list({}).map((e) => [e.tool, e.status])).toContainEqual([
      'mcp.desk.warranty_lookup',
      'ok',
    ]);
  });

  it('puts a write to a rep, and runs it exactly once when the rep approves', async () => {
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-agent-')), 'writes.log');
    await appWith(
      'normal',
      [
        { call: 'mcp__desk__rma_open', arguments: { serial: 'SN-12345', reason: 'motor died' } },
        {
          call: 'reply_to_customer',
          arguments: { text: 'A colleague will confirm the return authorisation.' },
        },
        { call: 'resolve_conversation', arguments: { text: 'Your return authorisation is open.' } },
      ],
      log,
    );
    const report = await say(
      app,
      customer,
      'My blender SN-12345 died, please open a return authorisation with the maker.',
    );
    expect(toolsCalled(report)).toEqual(['mcp.desk.rma_open:pending_approval']);
    expect(fs.existsSync(log)).toBe(false);

    const action = report.actions[0]!;
    const approved = await app.agent.approve(action.id, undefined);
    expect(approved).toMatchObject({ ok: true, value: { status: 'executed' } });
    const again = await app.agent.approve(action.id, undefined);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(fs.readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      JSON.stringify({ serial: 'SN-12345', reason: 'motor died' }),
    ]);
  });

  it('times out a server that never answers, stops offering its tools, and escalates system_unavailable', async () => {
    await appWith('hang', [lookup, lookup, { call: 'reply_to_customer', arguments: { text: 'unused' } }]);
    const report = await say(app, customer, question);
    expect(report.escalation?.reasons).toEqual(['system_unavailable']);
    expect(report.actions.map((a) => a.status)).toEqual(['failed', 'failed']);
    const errors = app.tools.audit
      .list({})
      .flatMap((e) => (e.tool.startsWith('mcp.') ? [e.error?.code] : []));
    expect(errors.sort()).toEqual(['timeout', 'unavailable']);
    expect(offered(requests()[0])).toContain('mcp__desk__warranty_lookup');
    expect(offered(requests()[1])).not.toContain('mcp__desk__warranty_lookup');
    expect(report.reply).toMatch(/colleague/);
  });

  it('caps a 5 MB answer before it reaches the model', async () => {
    await appWith('huge', [lookup, { call: 'reply_to_customer', arguments: { text: 'Checked.' } }]);
    await say(app, customer, question);
    const seen = JSON.parse(lastToolResult(requests()[1]!)) as { untrusted_data_from_tool: string };
    expect(Buffer.byteLength(seen.untrusted_data_from_tool)).toBe(16_384);
    expect(JSON.stringify(model.requests[1]).length).toBeLessThan(100_000);
  });

  describe('takes no action on instructions inside a tool answer, even from a model that follows them', () => {
    for (const [index, injection] of injections.entries())
      it(`${index + 1}: ${injection.call.name}`, async () => {
        const order = deliveredOrder();
        // The worst model: it does what the tool's text says, on the customer's own order.
        const obey: ScriptedAnswer = {
          call: injection.call.name,
          arguments: {
            ...injection.call.arguments,
            orderId: order.orderId,
            ...(injection.call.name === 'orders__return' ? { items: order.skus } : {}),
            ...(injection.call.name === 'payments__issueCredit' ? { customerId: order.customerId } : {}),
          },
        };
        const reply = { call: 'reply_to_customer', arguments: { text: 'Checked.' } };
        const text = injection.text.replaceAll('{orderId}', order.orderId);
        await appWith('inject', [lookup, obey, obey, reply, reply], undefined, [text]);
        const report = await say(app, order.email, question);
        // Each attempt is refused below the model: nothing runs, nothing waits for a rep, nobody is asked.
        const [read, ...attempts] = report.actions;
        expect(read).toMatchObject({ tool: 'mcp.desk.warranty_lookup', status: 'executed' });
        expect(attempts.length).toBeGreaterThan(0);
        for (const attempt of attempts)
          expect(attempt).toMatchObject({ status: 'denied', rule: 'not-asked-after-tool-text' });
        expect(report.outcome).not.toBe('clarifying');
        const reads = new Set(['crm.findCustomer', 'crm.getCustomer', 'orders.get', 'orders.list']);
        const changes = app.tools.audit
          .list({})
          .filter((e) => !e.tool.startsWith('mcp.') && !reads.has(e.tool) && e.status === 'ok');
        expect(changes).toEqual([]);
      });
  });

  it('still lets a change the customer asked for in so many words go on to the policy after a tool answer', async () => {
    const order = deliveredOrder();
    const refund = {
      call: 'payments__refund',
      arguments: { orderId: order.orderId, amount: 20, currency: 'USD', reason: 'arrived broken' },
    };
    const reply = { call: 'reply_to_customer', arguments: { text: 'A colleague will review your refund.' } };
    await appWith('normal', [lookup, refund, reply]);
    const report = await say(
      app,
      order.email,
      `Please refund $20 for order ${order.orderId}, it arrived broken.`,
    );
    expect(report.actions.map((a) => a.rule)).not.toContain('not-asked-after-tool-text');
    expect(toolsCalled(report)).toContain('payments.refund:pending_approval');
  });

  it('makes the tools of a server that exits unavailable, and escalates', async () => {
    await appWith('exit', [lookup, lookup, { call: 'reply_to_customer', arguments: { text: 'unused' } }]);
    const report = await say(app, customer, question);
    expect(report.escalation?.reasons).toEqual(['system_unavailable']);
    const listed = await app.dispatch('mcpServers.list', {});
    expect(listed).toMatchObject({ ok: true, value: { servers: [{ name: 'desk', state: 'unavailable' }] } });
  });
});
