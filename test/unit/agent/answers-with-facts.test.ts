import { describe, expect, it } from 'vitest';
import { answersWithFacts } from '../../../electron/agent/answers-with-facts';
import { nluPerceiver } from '../../../electron/agent/nlu-perceiver';

const facts = (text: string) =>
  answersWithFacts(text, nluPerceiver(text, new Date('2026-11-27T12:00:00Z')).entities);

describe('a reply that only gives facts', () => {
  it.each([
    "I'm Dana Lopez, zip code 12345.",
    'My email is dana.lopez@example.com',
    "It's order #W1234567.",
    'ab_cd_1234, zip 54321',
    'sure, the order number is 7730512',
  ])('is recognised in "%s"', (text) => {
    expect(facts(text)).toBe(true);
  });

  it.each([
    "I'm Dana Lopez and I want to cancel order #W1234567",
    'please change my zip code to 12345',
    'yes please',
    'my email is wrong on the invoice',
    'it never arrived, order #W1234567',
  ])('is not claimed for "%s"', (text) => {
    expect(facts(text)).toBe(false);
  });
});
