import { describe, expect, it } from 'vitest';
import { splitRequests } from '../../../electron/agent/request/request-parts';
import { readChangeRequests } from '../../../electron/agent/request/change-requests';
import { asksAboutPolicy } from '../../../electron/agent/request/policy-questions';

const explicit = (text: string) => readChangeRequests(text).explicit;

describe('changes asked for in so many words', () => {
  const asked: [string, string][] = [
    ['cancel order #W1000653', 'orders.cancel'],
    ['Please cancel #W1000653', 'orders.cancel'],
    ["I don't want to wait any more, cancel it", 'orders.cancel'],
    ['I want it cancelled asap', 'orders.cancel'],
    ['can you cancel the blue one?', 'orders.cancel'],
    ['the screen was shattered when I opened the box, please refund it', 'payments.refund'],
    ['I want my money back', 'payments.refund'],
    ['refund it to my credit card please', 'payments.refund'],
    ['i wanna send it back', 'orders.return'],
    ["I'd like to return the jacket", 'orders.return'],
    ["it's going back, it doesn't fit", 'orders.return'],
    ['please replace it', 'orders.exchange'],
    ['swap it for a large please', 'orders.exchange'],
    ['deliver it to my office instead: 400 Pine St, Portland OR 97204', 'orders.updateAddress'],
    ['Please send my pending order to my Boulder address', 'orders.updateAddress'],
    ['the address is wrong, it should be 12 Oak St, Portland, OR 97204', 'orders.updateAddress'],
  ];
  for (const [text, tool] of asked)
    it(`"${text}" asks for ${tool}`, () => {
      expect(explicit(text)).toContain(tool);
    });

  const inferred = [
    'not sure I still want this order',
    'thinking about cancelling my order',
    'maybe I should return it?',
    'How do I return something?',
    'can I return something after 30 days?',
    "I don't want a refund, just the item",
    'is it too late to cancel?',
    'what is your returns policy',
    'the lamp flickers a bit',
  ];
  for (const text of inferred)
    it(`"${text}" asks for no change in so many words`, () => {
      expect(explicit(text)).toEqual([]);
    });
});

describe('things that are not orders', () => {
  const cases: [string, string][] = [
    ['cancel my rewards account', 'rewards account'],
    ['I want to leave the newsletter', 'newsletter'],
    ['unsubscribe me from the newsletter pls', 'newsletter'],
    ['please close my loyalty account', 'loyalty account'],
    ['Leaf Rewards membership: cancel it, thanks', 'rewards'],
    ['turn off the auto-renewal on my plan please', 'auto-renewal'],
    ['please pause my subscription', 'subscription'],
    ['remove my saved card', 'saved card'],
  ];
  for (const [text, target] of cases)
    it(`"${text}" is about the ${target}, and asks no order change`, () => {
      const read = readChangeRequests(text);
      expect(read.offTargets).toContain(target);
      expect(read.explicit).toEqual([]);
    });

  it('names none in a question that asks for no change', () => {
    expect(readChangeRequests('How do I update the card saved on my account?').offTargets).toEqual([]);
  });

  it('keeps an order request that only says where the money goes', () => {
    expect(readChangeRequests('refund it to my credit card please').offTargets).toEqual([]);
  });
});

describe('goodwill asked for', () => {
  for (const text of [
    'you owe me a voucher for the hassle',
    'I expect some compensation',
    'give me a discount code',
  ])
    it(`"${text}" asks for goodwill`, () => expect(readChangeRequests(text).compensation).toBe(true));
  it('a refund asked for is a refund, not goodwill', () =>
    expect(readChangeRequests('I want a refund, not a voucher').compensation).toBe(false));
});

describe('several requests in one message', () => {
  const cases: [string, number][] = [
    ['Has my lamp shipped? Also the address on my other order is wrong', 2],
    ['Cancel the cushions order, and when will the lamp get here?', 2],
    ['Did the lamp ship yet? And my other order has the wrong address on it.', 2],
    ['btw can you cancel #W1000653', 1],
    ['Where is my order? I need it by Friday.', 1],
    ['Please move my order to 7 Birch Road, Austin, TX 78701. Also, do you take PayPal?', 2],
    ['I want to cancel the headphones and return the water bottles', 2],
    ['where are my cushions and can you cancel the kettle', 2],
    ['cancel the planter and tell me where my mugs are', 2],
    ['Where are my cushions? Cancel the kettle please.', 2],
    ['Cancel the cushions. When does the lamp arrive?', 2],
    // A change of what was just named, of nothing in particular, or after words that only tell.
    ['cancel my order and return the money', 1],
    ['return the jacket and replace it with a large', 1],
    ['the sneakers are too small, can I get a 10 instead?', 1],
    ['I changed my mind, cancel #W1000653', 1],
    ["I'm moving next week. Can you send the cushions to 5 Elm St, Salem, OR 97301?", 1],
    ['My order has not arrived. Where is it?', 1],
  ];
  for (const [text, parts] of cases)
    it(`"${text}" has ${parts} part(s)`, () => expect(splitRequests(text)).toHaveLength(parts));
});

describe('questions about the rules rather than an order', () => {
  for (const text of [
    'if I order today, when will it leave your warehouse?',
    'How much is delivery?',
    'do you take amex',
    'How long do I have to send something back?',
    'how many points do I need for a voucher?',
    'do u take mastercard?',
    'which couriers do you use',
  ])
    it(`"${text}" asks about the rules`, () => expect(asksAboutPolicy(text, false)).toBe(true));
  for (const text of ['where is my order?', 'how long does my order take to arrive'])
    it(`"${text}" asks about an order`, () => expect(asksAboutPolicy(text, false)).toBe(false));
  it('a named order makes it about that order', () =>
    expect(asksAboutPolicy('how much is delivery on #W1000653?', true)).toBe(false));
});
