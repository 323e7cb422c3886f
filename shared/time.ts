const dayMs = 86_400_000;

/** Midnight UTC of the day `date` falls on: the anchor every generated date is counted from. */
export const startOfDay = (date: Date): Date => new Date(Math.floor(date.getTime() / dayMs) * dayMs);

/** `days` (fractional allowed) after `from`; negative goes back. */
export const addDays = (from: Date, days: number): Date => new Date(from.getTime() + days * dayMs);

/** ISO date-time with milliseconds, UTC: the form every stored timestamp takes. */
export const iso = (date: Date): string => date.toISOString();

/** The calendar date (YYYY-MM-DD, UTC). */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The first Friday strictly after `date` (UTC). */
export function nextFriday(date: Date): Date {
  const ahead = (5 - date.getUTCDay() + 7) % 7 || 7;
  return addDays(startOfDay(date), ahead);
}

/** `days` business days after `from` (weekends skipped), at the same time of day. */
export function addBusinessDays(from: Date, days: number): Date {
  let date = from;
  for (let left = days; left > 0;) {
    date = addDays(date, 1);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left--;
  }
  return date;
}
