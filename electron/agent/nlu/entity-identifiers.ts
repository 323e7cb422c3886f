import type { EmailEntity, OrderIdEntity, PhoneEntity, SkuEntity } from './entity-types';

const HASH_W_ORDER = /(?<![\p{L}\p{N}])#?W(\d{7})(?!\d)/giu;
const ORD_ORDER = /(?<![\p{L}\p{N}])ORD-(\d{4,10})(?!\d)/giu;
// A bare seven-digit number counts only when "order" comes shortly before it ("order number is 1234567").
const BARE_ORDER = /\border\b(?:\s+(?:number|no\.?|num|id|#))?[\s:#,]*(?:is\s+)?(\d{7})(?![\d-])/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE = new RegExp(
  [
    // North American style, optionally with a country code: 555-201-3344, (555) 201 3344, +1 555.201.3344
    String.raw`(?<![\p{L}\p{N}+#-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\p{N}-])`,
    // International with a plus: +44 20 7946 0958
    String.raw`(?<![\p{L}\p{N}+#-])\+\d{1,3}(?:[\s.-]?\d{2,4}){2,4}(?![\p{N}-])`,
    // A local seven-digit number only right after a calling cue: "ring me at 555-0142"
    String.raw`(?<=\b(?:call|ring|text|phone|reach|number|at)\b\D{0,12})\d{3}-\d{4}(?![\p{N}-])`,
  ].join('|'),
  'giu',
);
const SKU =
  /\b(?:sku|item (?:number|no\.?|code)|product code|part number)\s*[:#]?\s*([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)/giu;

/** Order ids in any of the accepted forms. */
export function findOrderIds(text: string): OrderIdEntity[] {
  const found: OrderIdEntity[] = [];
  for (const m of text.matchAll(HASH_W_ORDER)) {
    found.push({
      type: 'order_id',
      value: `#W${m[1]}`,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  for (const m of text.matchAll(ORD_ORDER)) {
    found.push({
      type: 'order_id',
      value: `ORD-${m[1]}`,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  for (const m of text.matchAll(BARE_ORDER)) {
    const digits = m[1] as string;
    const start = m.index + m[0].length - digits.length;
    found.push({ type: 'order_id', value: digits, start, end: start + digits.length, text: digits });
  }
  return found;
}

/** Email addresses. */
export function findEmails(text: string): EmailEntity[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    type: 'email',
    value: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** Phone numbers written with separators ("555-201-3344", "(555) 201 3344", "+44 20 7946 0958"). */
export function findPhones(text: string): PhoneEntity[] {
  return [...text.matchAll(PHONE)].map((m) => ({
    type: 'phone',
    value: (m[0].trim().startsWith('+') ? '+' : '') + m[0].replace(/\D/g, ''),
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** Product codes named as such ("sku TX-4410", "item number AB12"). */
export function findSkus(text: string): SkuEntity[] {
  return [...text.matchAll(SKU)].map((m) => {
    const code = m[1] as string;
    const start = m.index + m[0].length - code.length;
    return { type: 'sku', value: code.toUpperCase(), start, end: start + code.length, text: code };
  });
}
