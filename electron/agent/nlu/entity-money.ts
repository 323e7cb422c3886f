import { z } from 'zod';
import { parseDataFile } from '../../data-files/parse-data-file';
import currenciesJson from './data/currencies.json' with { type: 'json' };
import type { MoneyEntity } from './entity-types';

const Code = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code');
const currencies = parseDataFile(
  'electron/agent/nlu/data/currencies.json',
  currenciesJson,
  z
    .object({
      about: z.string().min(1),
      symbols: z.record(z.enum(['$', '€', '£', '¥']), Code),
      words: z.record(z.string().regex(/^\p{Ll}+$/u, 'a lower-case word'), Code),
      codes: z.array(Code).min(1),
    })
    .strict(),
);
const SYMBOLS: Record<string, string> = currencies.symbols;
const WORDS: Record<string, string> = currencies.words;
const CODES = currencies.codes;

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
