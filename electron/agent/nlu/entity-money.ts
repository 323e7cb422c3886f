import type { MoneyEntity } from './entity-types';

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  buck: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
};
const CODES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'CHF', 'INR', 'MXN'];

const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;
const CODE = CODES.join('|');
const WORD = Object.keys(WORDS).join('|');
// "$15", "€20.50", "USD 40", "15 dollars", "40 usd", "15$": the currency may come first or last.
const MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:([$€£¥])\s?(${AMOUNT})|(${CODE})\s?(${AMOUNT})|(${AMOUNT})\s?(?:([$€£¥])|(${CODE})\b|(${WORD})\b))`,
  'giu',
);

function currencyOf(m: RegExpMatchArray): string {
  const symbol = m[1] ?? m[6];
  if (symbol) return SYMBOLS[symbol] as string;
  const code = m[3] ?? m[7];
  if (code) return code.toUpperCase();
  return WORDS[(m[8] as string).toLowerCase()] as string;
}

/** Amounts of money with their currency. */
export function findMoney(text: string): MoneyEntity[] {
  return [...text.matchAll(MONEY)].map((m) => ({
    type: 'money',
    amount: Number(((m[2] ?? m[4] ?? m[5]) as string).replace(/,/g, '')),
    currency: currencyOf(m),
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}
