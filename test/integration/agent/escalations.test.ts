import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import type { Connector } from '../../../electron/tools/connector';
import { ToolError } from '../../../electron/tools/tool-error';
import { defaultPolicyText } from '../../../electron/policy/default-policy-text';
import { one, say, scenarioApp } from './agent-fixture';

let app: App;
afterEach(async () => app?.close());

const customerWithOrder = (status: string, offset = 0) =>
  one<{ email: string; orderId: string }>(
    app,
    `SELECT c.email, o.id AS orderId FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
     WHERE o.status = ? AND o.total_cents <= 100000
       AND NOT EXISTS (SELECT 1 FROM sb_returns r WHERE r.order_id = o.id) AND NOT EXISTS (SELECT 1 FROM sb_refunds f WHERE f.order_id = o.id) ORDER BY o.id LIMIT 1 OFFSET ?`,
    status,
    offset,
  );

/** The briefing lists what really ran, from the audit log, in order. */
function expectBriefingMatchesAudit(conversationId: string, briefing: { actionsTaken: { tool: string }[] }) {
  const audited = app.tools.audit.list({ conversationId }).map((entry) => entry.tool);
  expect(briefing.actionsTaken.map((a) => a.tool)).toEqual(audited);
}

describe('each escalation trigger fires on its own case, with a briefing of what was done', () => {
  it('an explicit request for a human', async () => {
    app = scenarioApp();
    for (const [index, message] of [
      'I want to talk to a real person',
      'can I speak to a human agent please',
      'get me a representative now',
    ].entries()) {
      const { email } = customerWithOrder('shipped', index);
      const report = await say(app, email, message);
      expect(report.outcome).toBe('escalated');
      expect(report.escalation?.reasons).toContain('explicit_request');
      expect(report.reply).toMatch(/colleague/);
      // Looked up before the handoff, so the rep's briefing names the customer.
      expect(report.escalation?.briefing.customer?.email).toBe(email);
    }
  });

  it('legal or compliance words', async () => {
    app = scenarioApp();
    for (const [index, message] of [
      "If this isn't fixed I'm calling my lawyer",
      'I will file a chargeback with my bank',
      'I am reporting you to the regulator under GDPR',
    ].entries()) {
      const { email } = customerWithOrder('shipped', 10 + index);
      const report = await say(app, email, message);
      expect(report.escalation?.reasons).toContain('legal');
    }
  });

  it('sentiment under the threshold', async () => {
    app = scenarioApp();
    const { email } = customerWithOrder('shipped', 20);
    const report = await say(
      app,
      email,
      'This is absolutely horrible, the worst service ever, I am furious and disgusted!!!',
    );
    expect(report.escalation?.reasons).toContain('sentiment');
    expect(report.escalation?.briefing.sentiment.label).toBe('negative');
  });

  it('a complaint about a previous agent', async () => {
    app = scenarioApp();
    const { email } = customerWithOrder('shipped', 21);
    const report = await say(app, email, 'The agent I spoke to yesterday was rude and hung up on me');
    expect(report.escalation?.reasons).toContain('previous_agent_complaint');
  });

  it('a repeat contact about the same issue, which the briefing mentions', async () => {
    app = scenarioApp();
    const { email, orderId } = customerWithOrder('pending', 3);
    const first = await say(app, email, `Where is my order ${orderId}?`);
    expect(first.escalation).toBeNull();
    const second = await say(app, email, `Any news on order ${orderId}? Where is it?`);
    expect(second.escalation?.reasons).toContain('repeat_contact');
    expect(second.escalation?.briefing.history[0]).toContain(first.conversationId);
    expect(second.escalation?.briefing.history[1]).toMatch(
      /contact.* on record\. Latest: order status \(#W\d+\)/,
    );
    expect(second.reply).toMatch(/^I can see you contacted us about this on \w+day/);
  });

  it('low confidence, twice below the clarify threshold', async () => {
    app = scenarioApp();
    const first = await say(app, 'drifter@example.com', 'hmm');
    expect(first.outcome).toBe('clarifying');
    const second = await say(app, 'drifter@example.com', 'qwerty zzz', first.conversationId);
    expect(second.escalation?.reasons).toContain('low_confidence');
  });

  it('money over the limit when no approval is possible', async () => {
    app = scenarioApp();
    // The team lead lowers the refund approval limit: larger refunds cannot be approved by anyone here.
    const saved = app.policy.save(defaultPolicyText.replace('amountAtMost: 1000', 'amountAtMost: 5'));
    expect(saved.ok).toBe(true);
    const { email, orderId } = customerWithOrder('delivered', 4);
    const report = await say(app, email, `I want to return order ${orderId} and get my money back`);
    expect(report.escalation?.reasons).toEqual(['policy_limit']);
    expect(report.actions.filter((a) => a.tool === 'payments.refund' && a.status === 'executed')).toEqual([]);
    expect(report.escalation?.briefing.suggestedNextStep).toMatch(/policy/);
    expectBriefingMatchesAudit(report.conversationId, report.escalation!.briefing);
  });

  it('repeated tool failure', async () => {
    const down: Connector = {
      name: 'orders-down',
      handlers: {
        'orders.get': () => {
          throw new ToolError('unavailable', 'order system is down');
        },
      },
    };
    app = scenarioApp({ connectors: { 'orders.get': down } });
    const { email, orderId } = customerWithOrder('shipped', 30);
    const report = await say(app, email, `Where is order ${orderId}?`);
    expect(report.escalation?.reasons).toEqual(['tool_failure']);
    const briefing = report.escalation!.briefing;
    expectBriefingMatchesAudit(report.conversationId, briefing);
    expect(briefing.actionsTaken.filter((a) => a.tool === 'orders.get').length).toBeGreaterThanOrEqual(2);
    expect(briefing.customer?.email).toBe(email);
  });
});

describe('after a handoff', () => {
  it('the agent sends nothing while a rep has the conversation, and answers again once handed back', async () => {
    app = scenarioApp();
    const { email, orderId } = customerWithOrder('shipped', 40);
    const escalated = await say(app, email, 'I want to speak to a human');
    const id = escalated.conversationId;
    expect(app.agent.takeOver(id).ok).toBe(true);
    expect(app.agent.sendRepMessage(id, 'Hi, this is Sam. Let me look into it.').ok).toBe(true);
    const agentMessages = () => app.conversations.get(id).ok && app.conversations.get(id);
    const before = (agentMessages() as { value: { messages: { role: string }[] } }).value.messages.filter(
      (m) => m.role === 'agent',
    ).length;
    await say(app, email, `It's order ${orderId}, where is it?`, id);
    const after = (agentMessages() as { value: { messages: { role: string }[] } }).value.messages.filter(
      (m) => m.role === 'agent',
    ).length;
    expect(after).toBe(before);

    expect(app.agent.handBack(id).ok).toBe(true);
    const resumed = await say(app, email, `Where is order ${orderId}?`, id);
    expect(resumed.outcome).not.toBe('escalated');
    expect(resumed.reply).toContain(orderId);
  });

  it('a rep cannot write before taking over', async () => {
    app = scenarioApp();
    const report = await say(app, 'someone@example.com', 'I want a human');
    expect(app.agent.sendRepMessage(report.conversationId, 'hello')).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
