import { describe, expect, it } from 'vitest';
import { piiCategories } from '../../../shared/privacy';
import { placeholderInput } from '../../../electron/agent/reasoners/placeholder-input';
import type { ReasonerInput } from '../../../electron/agent/reasoners/reasoner';
import { restoreDecision } from '../../../electron/agent/reasoners/restore-decision';
import { initialState } from '../../../electron/agent/state';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { Pseudonyms } from '../../../electron/privacy/pseudonyms';

const shippingAddress = {
  line1: '2431 Aspen Place',
  city: 'Columbus',
  state: 'OH',
  zip: '43269',
  country: 'US',
};

describe('placeholders within a conversation', () => {
  it('numbers each kind by first appearance and gives the same value the same placeholder, however written', () => {
    const pseudonyms = new Pseudonyms(piiCategories);
    expect(pseudonyms.text('Ana@Example.com or bo@example.com, (415) 555-2671')).toBe(
      '[EMAIL_1] or [EMAIL_2], [PHONE_1]',
    );
    expect(pseudonyms.text('again: ana@example.com, +1 415 555 2671, bo@example.com')).toBe(
      'again: [EMAIL_1], [PHONE_1], [EMAIL_2]',
    );
    expect(pseudonyms.text('card 4111-1111-1111-1111, then 4111111111111111')).toBe(
      'card [CARD_1], then [CARD_1]',
    );
  });

  it('turns an address record into one placeholder, the same as that address written out', () => {
    const pseudonyms = new Pseudonyms(piiCategories);
    expect(pseudonyms.text('ship to 2431 Aspen Place, Columbus, OH 43269')).toBe('ship to [ADDRESS_1]');
    expect(pseudonyms.value({ order: { id: '#W1000001', shippingAddress } })).toEqual({
      order: { id: '#W1000001', shippingAddress: '[ADDRESS_1]' },
    });
    expect(pseudonyms.value({ shippingAddress: { ...shippingAddress, line1: '9 Elm Street' } })).toEqual({
      shippingAddress: '[ADDRESS_2]',
    });
  });

  it('puts the values back in text and leaves placeholders it never gave out', () => {
    const pseudonyms = new Pseudonyms(piiCategories);
    pseudonyms.text('ana@example.com, SSN 123-45-6789, IBAN GB82 WEST 1234 5698 7654 32');
    pseudonyms.value({ shippingAddress });
    expect(pseudonyms.restoreText('[EMAIL_1] / [SSN_1] / [IBAN_1] / [ADDRESS_1] / [EMAIL_7]')).toBe(
      'ana@example.com / 123-45-6789 / GB82 WEST 1234 5698 7654 32 / 2431 Aspen Place, Columbus, OH 43269, US / [EMAIL_7]',
    );
  });

  it('replaces only the kinds it is given', () => {
    const pseudonyms = new Pseudonyms(['email']);
    expect(pseudonyms.text('ana@example.com, (415) 555-2671')).toBe('[EMAIL_1], (415) 555-2671');
    expect(pseudonyms.value({ shippingAddress })).toEqual({ shippingAddress });
  });
});

describe('a model’s decision, with the values put back', () => {
  const seen = () => {
    const pseudonyms = new Pseudonyms(piiCategories);
    pseudonyms.text('my new address is 12 Oak Street, Apt 4B, Springfield, IL 62704; I am ana@example.com');
    pseudonyms.value({ shippingAddress });
    return pseudonyms;
  };

  it('restores a reply for the customer and its rationale', () => {
    const decision = restoreDecision(
      { kind: 'reply', text: 'I will write to [EMAIL_1].', confidence: 0.9, rationale: 'Confirm [EMAIL_1].' },
      seen(),
    );
    expect(decision).toMatchObject({
      text: 'I will write to ana@example.com.',
      rationale: 'Confirm ana@example.com.',
    });
  });

  it('restores placeholders inside tool arguments', () => {
    const decision = restoreDecision(
      {
        kind: 'tool',
        tool: 'email.send',
        args: { to: '[EMAIL_1]', subject: 'Your order', body: 'It ships to [ADDRESS_2].' },
        confidence: 0.9,
        rationale: 'Tell them.',
      },
      seen(),
    );
    expect(decision).toMatchObject({
      args: {
        to: 'ana@example.com',
        body: 'It ships to 2431 Aspen Place, Columbus, OH 43269, US.',
      },
    });
  });

  it('makes a lone address placeholder in an address argument the structured address', () => {
    const fromText = restoreDecision(
      {
        kind: 'tool',
        tool: 'orders.updateAddress',
        args: { orderId: '#W1000001', address: '[ADDRESS_1]' },
        confidence: 0.9,
        rationale: 'Move it.',
      },
      seen(),
    );
    expect(fromText).toMatchObject({
      args: {
        orderId: '#W1000001',
        address: {
          line1: '12 Oak Street, Apt 4B',
          city: 'Springfield',
          state: 'IL',
          zip: '62704',
          country: 'US',
        },
      },
    });
    const fromRecord = restoreDecision(
      {
        kind: 'tool',
        tool: 'orders.updateAddress',
        args: { orderId: '#W1000001', address: { line1: '[ADDRESS_2]', city: '?', zip: '?', country: 'US' } },
        confidence: 0.9,
        rationale: 'Move it back.',
      },
      seen(),
    );
    expect(fromRecord).toMatchObject({ args: { address: shippingAddress } });
  });
});

describe('what the openai reasoner is given', () => {
  const input: ReasonerInput = {
    state: { ...initialState('c1', 'ana@example.com'), lastMessage: 'call (415) 555-2671' },
    now: new Date('2026-11-27T10:00:00Z'),
    policy: defaultPolicy(),
    transcript: [
      { role: 'customer', text: 'I am bo@example.com', at: '2026-11-27T10:00:02.000Z' },
      { role: 'customer', text: 'call (415) 555-2671', at: '2026-11-27T10:00:04.000Z' },
    ],
    observations: [
      {
        tool: 'crm.findCustomer',
        args: { email: 'ana@example.com' },
        ok: true,
        result: { customers: [{ email: 'ana@example.com' }] },
        at: '2026-11-27T10:00:03.000Z',
      },
    ],
  };

  it('numbers placeholders in the order the conversation met the values, messages and tool calls by time', () => {
    const { input: shown } = placeholderInput(input, piiCategories);
    expect(shown.transcript.map((m) => m.text)).toEqual(['I am [EMAIL_1]', 'call [PHONE_1]']);
    expect(shown.observations[0]).toMatchObject({
      args: { email: '[EMAIL_2]' },
      result: { customers: [{ email: '[EMAIL_2]' }] },
    });
    expect(shown.state).toMatchObject({ customerRef: '[EMAIL_2]', lastMessage: 'call [PHONE_1]' });
  });

  it('gives the same placeholders on every call over the same history', () => {
    expect(JSON.stringify(placeholderInput(input, piiCategories).input)).toBe(
      JSON.stringify(placeholderInput(input, piiCategories).input),
    );
  });

  it('streams drafts to the rep with the values put back', () => {
    const drafts: string[] = [];
    const { input: shown } = placeholderInput(
      { ...input, onReplyDelta: (t) => drafts.push(t) },
      piiCategories,
    );
    shown.onReplyDelta?.('Writing to [EMAIL_1]');
    expect(drafts).toEqual(['Writing to bo@example.com']);
  });
});
