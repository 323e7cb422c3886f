import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/agent';
import type { ConversationSummary } from '../../../shared/domain';
import type { Result } from '../../../shared/result';
import type { App } from '../../../electron/app';
import { createMcpServer } from '../../../electron/mcp/server';
import { one, say, scenarioApp } from '../agent/agent-fixture';

describe('the app as an MCP server (official SDK client, in memory)', () => {
  let app: App;
  let client: Client;

  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = (result: CallToolResult) =>
    result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
  const refundsOf = (orderId: string) =>
    app.db.prepare('SELECT COUNT(*) FROM sb_refunds WHERE order_id = ?').pluck().get(orderId) as number;

  beforeAll(async () => {
    app = scenarioApp();
    const server = createMcpServer(app);
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    client = new Client({ name: 'Test Desk', version: '1.0.0' });
    await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  });

  afterAll(async () => {
    await client.close();
    await app.close();
  });

  it('lists every catalog tool with its schema and risk annotations, plus actions_get', async () => {
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    for (const name of ['orders_get', 'payments_refund', 'crm_findCustomer', 'actions_get'])
      expect(byName.has(name), name).toBe(true);
    for (const tool of tools) expect(tool.name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);

    const get = byName.get('orders_get')!;
    expect(get.inputSchema.required).toEqual(['orderId']);
    expect(get.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
    });

    const refund = byName.get('payments_refund')!;
    expect(Object.keys(refund.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['orderId', 'amount', 'currency', 'reason', 'idempotencyKey']),
    );
    expect(refund.inputSchema.required).not.toContain('idempotencyKey');
    expect(refund.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: false,
    });
    expect(byName.get('tickets_create')!.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
    });
    expect(byName.get('orders_cancel')!.annotations).toMatchObject({ destructiveHint: true });
    expect(byName.get('orders_get')!.inputSchema.properties).not.toHaveProperty('idempotencyKey');
  });

  it('answers a read at once', async () => {
    const { id } = one<{ id: string }>(app, 'SELECT id FROM sb_orders ORDER BY id LIMIT 1');
    const result = await call('orders_get', { orderId: id });
    expect(result.isError).toBeFalsy();
    expect((result.structuredContent as { order: { id: string } }).order.id).toBe(id);
    expect(text(result)).toContain(id);
  });

  it('queues a refund for a rep, executes it once on approval and keeps idempotency keys', async () => {
    const order = one<{ id: string; currency: string }>(
      app,
      `SELECT id, currency FROM sb_orders o WHERE status = 'delivered' AND total_cents >= 5000
         AND NOT EXISTS (SELECT 1 FROM sb_refunds r WHERE r.order_id = o.id) ORDER BY id LIMIT 1`,
    );
    const args = { orderId: order.id, amount: 20, currency: order.currency, reason: 'damaged in transit' };
    const auditBefore = app.db
      .prepare("SELECT COUNT(*) FROM audit_log WHERE tool = 'payments.refund'")
      .pluck();
    const before = auditBefore.get();

    const first = await call('payments_refund', { ...args, idempotencyKey: 'refund-key-1' });
    expect(first.isError).toBeFalsy();
    expect(text(first)).toMatch(/waits for a rep's approval/);
    const { actionId, status } = first.structuredContent as { actionId: string; status: string };
    expect(status).toBe('pending_approval');
    expect(refundsOf(order.id)).toBe(0);
    expect(auditBefore.get()).toBe(before);

    const listed = (await app.dispatch('conversations.list', {})) as Result<{ items: ConversationSummary[] }>;
    if (!listed.ok) throw new Error(listed.error.message);
    const action = app.agentContext.actions.get(actionId)!;
    const queued = listed.value.items.find((c) => c.id === action.conversationId)!;
    expect(queued).toMatchObject({ channel: 'mcp', status: 'needs_approval', customer: 'Test Desk (MCP)' });
    expect(action.rationale).toContain('Test Desk');

    // A retry with the same key finds the same action; nothing new is queued.
    const again = await call('payments_refund', { ...args, idempotencyKey: 'refund-key-1' });
    expect((again.structuredContent as { actionId: string }).actionId).toBe(actionId);
    expect(
      app.agentContext.actions.byStatus('pending_approval').filter((a) => a.tool === 'payments.refund'),
    ).toHaveLength(1);
    // The same key for another call is a conflict.
    const other = await call('payments_refund', { ...args, amount: 21, idempotencyKey: 'refund-key-1' });
    expect(other.isError).toBe(true);
    expect(text(other)).toMatch(/conflict/);

    const pending = await call('actions_get', { actionId });
    expect((pending.structuredContent as { status: string }).status).toBe('pending_approval');

    const approved = (await app.dispatch('actions.approve', { actionId })) as Result<Action>;
    expect(approved.ok && approved.value.status).toBe('executed');
    expect(refundsOf(order.id)).toBe(1);
    const twice = (await app.dispatch('actions.approve', { actionId })) as Result<Action>;
    expect(!twice.ok && twice.error.code).toBe('conflict');
    expect(refundsOf(order.id)).toBe(1);
    expect(app.agentContext.conversations.get(action.conversationId)?.status).toBe('resolved');
    // What a restart does with the queue entry changes nothing.
    await app.agent.resumeInterrupted();
    expect(refundsOf(order.id)).toBe(1);
    expect(app.agentContext.conversations.get(action.conversationId)?.status).toBe('resolved');

    const done = await call('actions_get', { actionId });
    expect(done.structuredContent).toMatchObject({ status: 'executed', tool: 'payments_refund' });
    expect((done.structuredContent as { result: { refund: { amount: number } } }).result.refund.amount).toBe(
      20,
    );
    // After execution, the same key still answers with the same action and its result.
    const replay = await call('payments_refund', { ...args, idempotencyKey: 'refund-key-1' });
    expect(replay.structuredContent).toMatchObject({ actionId, status: 'executed' });
    expect(refundsOf(order.id)).toBe(1);
  });

  it('runs a write the policy allows at once, and replays it for the same key', async () => {
    const { id } = one<{ id: string }>(app, 'SELECT id FROM sb_customers ORDER BY id LIMIT 1');
    const args = { customerId: id, subject: 'Follow-up from the MCP client', body: 'Call back on Monday.' };
    const first = await call('tickets_create', { ...args, idempotencyKey: 'ticket-key-1' });
    expect(first.isError).toBeFalsy();
    const ticket = (first.structuredContent as { ticket: { id: string } }).ticket;
    const second = await call('tickets_create', { ...args, idempotencyKey: 'ticket-key-1' });
    expect((second.structuredContent as { ticket: { id: string } }).ticket.id).toBe(ticket.id);
    const count = app.db
      .prepare('SELECT COUNT(*) FROM sb_tickets WHERE subject = ?')
      .pluck()
      .get(args.subject);
    expect(count).toBe(1);
  });

  it('refuses what the policy denies, naming the rule', async () => {
    const { id, currency } = one<{ id: string; currency: string }>(
      app,
      "SELECT id, currency FROM sb_orders WHERE status = 'delivered' ORDER BY id LIMIT 1",
    );
    const result = await call('payments_refund', { orderId: id, amount: 5000, currency, reason: 'too much' });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('refunds-over-limit');
  });

  it('answers bad input with clear errors and stays up', async () => {
    await expect(call('orders_explode', {})).rejects.toThrow(/Unknown tool/);
    const invalid = await call('orders_get', { orderId: 42 });
    expect(invalid.isError).toBe(true);
    expect(text(invalid)).toMatch(/orderId/);
    const huge = await call('kb_search', { query: 'x'.repeat(5 * 1024 * 1024) });
    expect(huge.isError).toBe(true);
    expect(text(huge)).toMatch(/at most/);
    const unknownAction = await call('actions_get', { actionId: 'nope' });
    expect(unknownAction.isError).toBe(true);

    const { id } = one<{ id: string }>(app, 'SELECT id FROM sb_orders ORDER BY id LIMIT 1');
    const still = await call('orders_get', { orderId: id });
    expect(still.isError).toBeFalsy();
  });

  it('serves knowledge-base articles as resources', async () => {
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toContain('kb://article/{id}');
    const { resources } = await client.listResources();
    expect(resources.length).toBeGreaterThan(0);
    const article = one<{ id: string; title: string; body: string }>(
      app,
      'SELECT id, title, body FROM sb_kb_articles WHERE id = ?',
      resources[0]!.name,
    );
    const read = await client.readResource({ uri: resources[0]!.uri });
    const content = read.contents[0] as { text: string };
    expect(content.text).toContain(article.title);
    expect(content.text).toContain(article.body.slice(0, 40));
    await expect(client.readResource({ uri: 'kb://article/no-such-article' })).rejects.toThrow(
      /No knowledge-base article/,
    );
  });

  it('offers the cheat sheet and the escalation briefing as prompts', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['cheat_sheet', 'escalation_briefing']);
    const { id } = one<{ id: string }>(app, 'SELECT id FROM sb_accounts ORDER BY id LIMIT 1');
    const sheet = await client.getPrompt({ name: 'cheat_sheet', arguments: { accountId: id } });
    const body = (sheet.messages[0]!.content as { text: string }).text;
    expect(body).toContain(`account ${id}`);
    expect(body).toMatch(/Churn risk: \d+\/100/);
    expect(body).toMatch(/Renewal quote/);
    await expect(
      client.getPrompt({ name: 'cheat_sheet', arguments: { accountId: 'acc_missing' } }),
    ).rejects.toThrow();
    await expect(
      client.getPrompt({ name: 'escalation_briefing', arguments: { conversationId: 'none' } }),
    ).rejects.toThrow(/No conversation/);

    const report = await say(
      app,
      'Dana Reyes',
      'This is unacceptable, I am calling my lawyer and will sue you.',
    );
    const conversationId = report.conversationId;
    expect(app.agentContext.escalations.open(conversationId)).toBeDefined();
    const briefing = await client.getPrompt({ name: 'escalation_briefing', arguments: { conversationId } });
    const note = (briefing.messages[0]!.content as { text: string }).text;
    expect(note).toMatch(/Escalated by the AI agent/);
    expect(note).toMatch(/Suggested next step/);
  });
});
