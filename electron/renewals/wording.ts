const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day as reps say it: "2025-11-03" or "2025-11-03T16:00:00Z" → "3 Nov" (UTC). */
export function shortDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value);
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]}`;
}

// Building a formatter costs far more than using one, and a run of cheat sheets formats many amounts.
const formatters = new Map<string, Intl.NumberFormat>();

/** An amount with its currency, grouped and without cents when there are none: "$18,360", "€99.50". */
export function money(amount: number, currency: string): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  const key = `${currency}:${cents}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: cents });
    formatters.set(key, format);
  }
  return format.format(amount);
}

/** "1 open ticket", "2 open tickets". */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
