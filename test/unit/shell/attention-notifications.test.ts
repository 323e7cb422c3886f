import { Notification } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../../electron/app';
import { memorySettingsBackend } from '../../../electron/services/settings';
import { notifyOnAttention } from '../../../electron/shell/attention-notifications';
import type { Action, ActionStatus, Escalation } from '../../../shared/agent';
import { FakeNotification, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let app: App;
let conversationId: string;
const onClick = vi.fn();

beforeEach(() => {
  resetFakeElectron();
  onClick.mockClear();
  app = createApp({
    dataDir: ':memory:',
    settings: memorySettingsBackend(),
    transport: 'electron',
    seed: false,
  });
  // Straight through the service: no agent run, so the only events are the ones a test emits.
  const posted = app.conversations.postCustomerMessage({ customer: 'Dana Reyes', text: 'My refund?' });
  if (!posted.ok) throw new Error(posted.error.message);
  conversationId = posted.value.conversation.id;
  notifyOnAttention({ app, Notification, onClick });
});
afterEach(() => app.close());

function action(id: string, status: ActionStatus): Action {
  return {
    id,
    conversationId,
    tool: 'payments.refund',
    status,
    turn: 1,
    proposedArgs: { orderId: 'A-1001', amount: 120 },
    approvedArgs: null,
    result: null,
    error: null,
    rationale: 'Refund of 120.00 is over the auto-approve limit.',
    confidence: 0.91,
    rule: 'tools.payments.refund.approve',
    rejectReason: null,
    decidedBy: null,
    createdAt: '2025-03-03T10:00:00.000Z',
    decidedAt: null,
    executedAt: null,
  };
}

function escalation(reasons: Escalation['reasons']): Escalation & { conversationId: string } {
  return {
    conversationId,
    reasons,
    briefing: {
      summary: 'Customer wants a person.',
      customer: null,
      history: [],
      sentiment: { score: -0.4, label: 'negative' },
      intent: 'refund_status',
      actionsTaken: [],
      pendingActions: [],
      suggestedNextStep: 'Call the customer back.',
      draftReply: 'I am passing you to a colleague.',
    },
  };
}

const shown = () => FakeNotification.instances.filter((notification) => notification.shown);

describe('notifications for approvals', () => {
  it('tells the rep an action is waiting, naming the tool and the customer', () => {
    app.bus.emit('action.updated', action('act-1', 'pending_approval'));
    expect(shown().map((notification) => notification.options)).toEqual([
      {
        title: 'Approval needed: payments.refund',
        body: 'Dana Reyes: Refund of 120.00 is over the auto-approve limit.',
      },
    ]);
  });

  it('tells the rep once per action, however often the action is updated while waiting', () => {
    app.bus.emit('action.updated', action('act-1', 'pending_approval'));
    app.bus.emit('action.updated', action('act-1', 'pending_approval'));
    expect(shown()).toHaveLength(1);
  });

  it('tells the rep about each new action waiting', () => {
    app.bus.emit('action.updated', action('act-1', 'pending_approval'));
    app.bus.emit('action.updated', action('act-2', 'pending_approval'));
    expect(shown()).toHaveLength(2);
  });

  it('stays quiet for actions that are not waiting for approval', () => {
    for (const status of ['approved', 'executed', 'rejected', 'denied', 'failed'] as const) {
      app.bus.emit('action.updated', action(`act-${status}`, status));
    }
    expect(FakeNotification.instances).toEqual([]);
  });

  it('keeps the line short when the rationale is long', () => {
    app.bus.emit('action.updated', {
      ...action('act-1', 'pending_approval'),
      rationale: 'word '.repeat(100),
    });
    const body = shown()[0]?.options.body ?? '';
    expect(body.length).toBeLessThanOrEqual(120);
    expect(body.endsWith('…')).toBe(true);
  });

  it('leaves the arguments out of the notification', () => {
    app.bus.emit('action.updated', action('act-1', 'pending_approval'));
    expect(JSON.stringify(shown()[0]?.options)).not.toContain('A-1001');
  });
});

describe('notifications for escalations', () => {
  it('names the customer and the reasons', () => {
    app.bus.emit('escalation.raised', escalation(['explicit_request', 'sentiment']));
    expect(shown().map((notification) => notification.options)).toEqual([
      { title: 'Escalation: Dana Reyes', body: 'Asked for a person, customer upset' },
    ]);
  });

  it('tells the rep about every escalation', () => {
    app.bus.emit('escalation.raised', escalation(['legal']));
    app.bus.emit('escalation.raised', escalation(['repeat_contact']));
    expect(shown()).toHaveLength(2);
  });

  it('falls back to the customer in the briefing when the conversation is unknown', () => {
    const raised = escalation(['low_confidence']);
    raised.conversationId = 'no-such-conversation';
    raised.briefing.customer = {
      id: 'c1',
      name: 'Lee Park',
      email: 'lee@example.com',
      tier: 'gold',
      lifetimeValue: 10,
    };
    app.bus.emit('escalation.raised', raised);
    expect(shown()[0]?.options.title).toBe('Escalation: Lee Park');
  });

  it('is raised by a real agent run when the customer asks for a person', async () => {
    await app.dispatch('conversations.postCustomerMessage', {
      customer: 'Sam Okafor',
      text: 'I want to speak to a human agent right now.',
    });
    await app.idle();
    expect(shown().map((notification) => notification.options.title)).toContain('Escalation: Sam Okafor');
  });
});

describe('acting on notifications', () => {
  it('brings up the main window when a notification is clicked', () => {
    app.bus.emit('escalation.raised', escalation(['legal']));
    shown()[0]?.emit('click');
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('shows nothing where the system has no notifications', () => {
    FakeNotification.supported = false;
    app.bus.emit('escalation.raised', escalation(['legal']));
    app.bus.emit('action.updated', action('act-1', 'pending_approval'));
    expect(FakeNotification.instances).toEqual([]);
  });

  it('ignores other events', async () => {
    await app.dispatch('settings.update', { theme: 'dark' });
    for (const conversation of app.conversations.list({})) app.bus.emit('conversation.updated', conversation);
    expect(FakeNotification.instances).toEqual([]);
  });
});
