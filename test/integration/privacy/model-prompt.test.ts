import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../electron/app';
import { createOpenAiReasoner } from '../../../electron/agent/reasoners/openai-reasoner';
import { defaultSettings } from '../../../shared/domain';
import {
  startChatCompletionsServer,
  type ChatCompletionsServer,
} from '../../fixtures/chat-completions-server';
import { one, say, scenarioApp } from '../agent/agent-fixture';

const modelAt = (baseUrl: string) =>
  createOpenAiReasoner({ ...defaultSettings.reasoner, kind: 'compatible', baseUrl, model: 'local' }, null);

let server: ChatCompletionsServer;
let app: App;
afterEach(async () => {
  await app?.close();
  await server?.close();
});

interface Customer {
  customerId: string;
  email: string;
  phone: string;
  orderId: string;
  line1: string;
  zip: string;
}

/** A customer with a phone on file and an order whose address may still change. */
async function customerWithPendingOrder(): Promise<Customer> {
  const probe = scenarioApp();
  const found = one<Customer>(
    probe,
    `SELECT c.id AS customerId, c.email, c.phone, o.id AS orderId, json_extract(o.shipping_address, '$.line1') AS line1,
            json_extract(o.shipping_address, '$.zip') AS zip
     FROM sb_customers c JOIN sb_orders o ON o.customer_id = c.id
     WHERE o.status = 'pending' AND c.phone IS NOT NULL ORDER BY o.id LIMIT 1`,
  );
  await probe.close();
  return found;
}

const messagesOf = (request: Record<string, unknown>) =>
  request.messages as { role: string; content: string }[];

const newAddress = '12 Oak Street, Springfield, IL 62704';
const written = {
  card: '4111 1111 1111 1111',
  ssn: '123-45-6789',
  iban: 'DE89 3704 0044 0532 0130 00',
  phone: '(415) 555-2671',
};

describe('what a remote model sees of a conversation', () => {
  it('gets placeholders for every card, SSN, IBAN, phone, email and address, in the transcript and in tool results', async () => {
    const customer = await customerWithPendingOrder();
    server = await startChatCompletionsServer([
      { call: 'crm__findCustomer', arguments: { email: '[EMAIL_1]' } },
      { call: 'orders__get', arguments: { orderId: customer.orderId } },
      { call: 'orders__updateAddress', arguments: { orderId: customer.orderId, address: '[ADDRESS_1]' } },
      {
        call: 'reply_to_customer',
        arguments: { text: 'Order now ships to [ADDRESS_1]; we will text [PHONE_1] and write to [EMAIL_1].' },
      },
    ]);
    app = scenarioApp({ reasoner: modelAt(server.baseUrl) });

    const report = await say(
      app,
      customer.email,
      `Hi, this is ${customer.email}, phone ${written.phone}. Please change the address of order ${customer.orderId} to ${newAddress}. ` +
        `Card ${written.card} was charged twice; my SSN is ${written.ssn} and the refund can go to IBAN ${written.iban}.`,
    );

    const sent = JSON.stringify(server.requests);
    for (const value of [
      customer.email,
      customer.phone,
      customer.line1,
      written.card,
      written.ssn,
      written.iban,
      written.phone,
      '12 Oak Street',
      '4111111111111111',
    ])
      expect(sent).not.toContain(value);
    for (const placeholder of [
      '[EMAIL_1]',
      '[PHONE_1]',
      '[CARD_1]',
      '[SSN_1]',
      '[IBAN_1]',
      '[ADDRESS_1]',
      '[ADDRESS_2]',
    ])
      expect(sent).toContain(placeholder);
    expect(sent).toContain(customer.orderId);
    // Numbered from the whole history on every call, so the same message reads the same each time.
    const customerMessages = server.requests.map((request) => JSON.stringify(messagesOf(request)[1]));
    expect(new Set(customerMessages).size).toBe(1);

    expect(report.actions.map((a) => `${a.tool}:${a.status}`)).toEqual([
      'crm.findCustomer:executed',
      'orders.get:executed',
      'orders.updateAddress:executed',
    ]);
    const audit = app.tools.audit.list({});
    expect(audit.find((entry) => entry.tool === 'crm.findCustomer')?.args).toEqual({ email: customer.email });
    expect(audit.find((entry) => entry.tool === 'orders.updateAddress')?.args).toEqual({
      orderId: customer.orderId,
      address: { line1: '12 Oak Street', city: 'Springfield', state: 'IL', zip: '62704', country: 'US' },
    });
    expect(report.reply).toBe(
      `Order now ships to ${newAddress}; we will text ${written.phone} and write to ${customer.email}.`,
    );
  });

  it('shows the model the kinds the policy leaves out of privacy.redactForModel', async () => {
    const customer = await customerWithPendingOrder();
    server = await startChatCompletionsServer([
      { call: 'reply_to_customer', arguments: { text: 'Thanks!' } },
    ]);
    app = scenarioApp({ reasoner: modelAt(server.baseUrl) });
    const policy = app.policy.read().text.replace(/redactForModel: \[.*\]/, 'redactForModel: [email]');
    expect(app.policy.save(policy)).toEqual({ ok: true });

    await say(
      app,
      customer.email,
      `I am ${customer.email}, call me on ${written.phone} about my card ${written.card}.`,
    );

    const sent = JSON.stringify(server.requests);
    expect(sent).not.toContain(customer.email);
    expect(sent).toContain(written.phone);
    expect(sent).toContain(written.card);
  });
});
