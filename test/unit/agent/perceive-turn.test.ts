import { describe, expect, it } from 'vitest';
import { OUT_OF_SCOPE } from '../../../electron/agent/nlu/intent-model';
import type { Perception } from '../../../electron/agent/perceive';
import {
  perceiveTurn,
  repeatContactWindow,
  withRepeatContact,
  type Turn,
} from '../../../electron/agent/perceive-turn';
import { initialState, type AgentState } from '../../../electron/agent/state';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { perceptionOf } from './perception-fixture';

const policy = defaultPolicy();

const perception = perceptionOf;

const turn = (text: string, read: Perception, perceivePart: Turn['perceivePart'] = () => read): Turn => ({
  message: { id: 'm2', text },
  perception: read,
  perceivePart,
  policy,
});

const first = (): AgentState => initialState('c1', 'ana@example.com');

/** A conversation one message in, the agent having asked about an address change. */
const afterQuestion = (overrides: Partial<AgentState> = {}): AgentState => ({
  ...first(),
  turn: 1,
  handledMessageId: 'm1',
  said: ['I need to change the address on my order'],
  intent: 'change_address',
  confidence: 0.8,
  outcome: 'clarifying',
  requested: ['address'],
  ...overrides,
});

describe('perceiving a first message', () => {
  it('takes the reading of the message and starts a turn on it', () => {
    const read = perception(
      { intent: 'order_status', intentProbability: 0.82, sentiment: -0.2 },
      {
        orderIds: ['#W1001'],
      },
    );
    const { state, intent, confidence } = perceiveTurn(first(), turn('Where is order #W1001?', read));
    expect({ intent, confidence }).toEqual({ intent: 'order_status', confidence: 0.82 });
    expect(state).toMatchObject({
      turn: 1,
      handledMessageId: 'm2',
      runKey: 'message:m2',
      lastMessage: 'Where is order #W1001?',
      said: ['Where is order #W1001?'],
      outcome: null,
      intent: 'order_status',
      confidence: 0.82,
      lowConfidenceTurns: 0,
      sentiment: -0.2,
      awaitingConfirmation: null,
      agenda: [],
      triggers: [],
    });
    expect(state.claims.orderIds).toEqual(['#W1001']);
  });

  it('counts a reading below the clarify threshold as a low-confidence turn', () => {
    const read = perception({ intent: OUT_OF_SCOPE, intentProbability: 0.2 });
    const { state } = perceiveTurn({ ...first(), lowConfidenceTurns: 1 }, turn('what about the thing', read));
    expect(state.intent).toBe(OUT_OF_SCOPE);
    expect(state.lowConfidenceTurns).toBe(2);
  });

  it('keeps only the latest messages the customer said', () => {
    const said = Array.from({ length: 20 }, (_, i) => `message ${i}`);
    const { state } = perceiveTurn({ ...first(), said }, turn('one more', perception()));
    expect(state.said).toHaveLength(20);
    expect(state.said.at(-1)).toBe('one more');
    expect(state.said[0]).toBe('message 1');
  });

  it('puts the other requests of a message on the agenda, the first one in focus', () => {
    const text = 'Has my lamp shipped? Also, can you change my shipping address?';
    const part = (p: string) =>
      perception({ intent: /address/.test(p) ? 'change_address' : 'order_status', intentProbability: 0.85 });
    const read = perception({ intent: 'change_address', intentProbability: 0.6 });
    const perceived = perceiveTurn(first(), turn(text, read, part));
    expect(perceived.intent).toBe('change_address');
    expect(perceived.state.intent).toBe('order_status');
    expect(perceived.state.agenda.map((request) => request.intent)).toEqual(['change_address']);
  });
});

describe('perceiving a follow-up', () => {
  it('keeps the request a "yes" confirms, now with full confidence', () => {
    const awaiting = { tool: 'orders.updateAddress', args: { orderId: '#W1001' } };
    const previous = afterQuestion({ awaitingConfirmation: awaiting });
    const read = perception({ intent: 'thanks_goodbye', intentProbability: 0.4 });
    const { state } = perceiveTurn(previous, turn('yes please', read));
    expect(state).toMatchObject({
      intent: 'change_address',
      confidence: 1,
      awaitingConfirmation: awaiting,
      requested: ['address'],
    });
    expect(state.agenda).toEqual([]);
  });

  it('drops the confirmation asked for when the customer says no', () => {
    const previous = afterQuestion({ awaitingConfirmation: { tool: 'orders.cancel', args: {} } });
    const read = perception({ intent: 'order_status', intentProbability: 0.7 });
    const { state } = perceiveTurn(previous, turn('no, just tell me where it is', read));
    expect(state.awaitingConfirmation).toBeNull();
    expect(state.intent).toBe('order_status');
    expect(state.requested).toEqual([]);
  });

  it('continues the request under way when the customer answers with the facts asked for', () => {
    const read = perception({ intent: 'order_status', intentProbability: 0.9 }, { orderIds: ['#W1002'] });
    const { state } = perceiveTurn(afterQuestion(), turn("it's order #W1002", read));
    expect(state.intent).toBe('change_address');
    expect(state.confidence).toBe(0.8);
    expect(state.requested).toEqual(['address']);
    expect(state.claims.orderIds).toEqual(['#W1002']);
  });

  it('continues the request under way on an answer the model reads as out of scope', () => {
    const read = perception({ intent: OUT_OF_SCOPE, intentProbability: 0.6 });
    const { state } = perceiveTurn(
      afterQuestion(),
      turn('the blue house on the corner, not the old one', read),
    );
    expect(state.intent).toBe('change_address');
    expect(state.lowConfidenceTurns).toBe(0);
  });

  it('takes a new request after a question the agent asked without understanding the first', () => {
    const read = perception({ intent: 'refund_request', intentProbability: 0.9 });
    const previous = afterQuestion({ intent: OUT_OF_SCOPE, confidence: 0.2 });
    const { state } = perceiveTurn(previous, turn('I want my money back for the lamp', read));
    expect(state.intent).toBe('refund_request');
    expect(state.confidence).toBe(0.9);
  });
});

describe('perceiving a change of subject', () => {
  it('keeps the topic when the customer asks for a person, and sets off the hand-over', () => {
    const read = perception({
      intent: 'human_request',
      intentProbability: 0.95,
      flags: { humanRequest: true, legal: false, previousAgentComplaint: false },
    });
    const previous = afterQuestion({ outcome: 'replied' });
    const { state } = perceiveTurn(previous, turn('let me talk to a real person', read));
    expect(state.intent).toBe('change_address');
    expect(state.confidence).toBe(0.95);
    expect(state.triggers).toEqual(['explicit_request']);
  });

  it('reads a request for a person as such when no topic is known yet', () => {
    const read = perception({ intent: 'human_request', intentProbability: 0.95 });
    const { state } = perceiveTurn(first(), turn('human please', read));
    expect(state.intent).toBe('human_request');
    expect(state.triggers).toEqual(['explicit_request']);
  });

  it('lets go of the order in focus when the customer names another one', () => {
    const previous = afterQuestion({
      outcome: 'replied',
      order: { id: '#W1001', status: 'shipped', total: 80, currency: 'USD', promisedBy: null, items: [] },
    });
    const read = perception({ intent: 'order_status' }, { orderIds: ['#W1003'] });
    const { state } = perceiveTurn(previous, turn('and what about #W1003?', read));
    expect(state.order).toBeNull();
    expect(state.shipment).toBeNull();
    const same = perceiveTurn(previous, turn('and #W1001?', perception({}, { orderIds: ['#W1001'] })));
    expect(same.state.order?.id).toBe('#W1001');
  });
});

describe('repeat contact', () => {
  const repeatOf = { conversationId: 'c0', at: '2026-11-20T10:00:00.000Z', intent: 'order_status' };

  it('is checked on the first message of a conversation, in English, within the policy window', () => {
    expect(repeatContactWindow(first(), turn('where is my order', perception()))).toBe(14);
    expect(repeatContactWindow(afterQuestion(), turn('where is my order', perception()))).toBeNull();
    expect(
      repeatContactWindow(first(), turn('¿dónde está mi pedido?', perception({ language: 'es' }))),
    ).toBeNull();
  });

  it('sets off a hand-over once an earlier contact about the same issue is found', () => {
    const t = turn('where is my order, again', perception());
    const { state } = perceiveTurn(first(), t);
    expect(state.triggers).toEqual([]);
    const repeated = withRepeatContact(state, t, repeatOf);
    expect(repeated.repeatOf).toEqual(repeatOf);
    expect(repeated.triggers).toEqual(['repeat_contact']);
  });
});
