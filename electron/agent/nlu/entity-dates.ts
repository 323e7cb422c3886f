import * as chrono from 'chrono-node';
import type { DateEntity } from './entity-types';

/** The reference day as calendar parts in the time zone chrono is parsing in. */
function referenceDay(context: chrono.ParsingContext): {
  year: number;
  month: number;
  day: number;
  weekday: number;
} {
  const reference = context.reference;
  const offset = reference.timezoneOffset ?? -reference.instant.getTimezoneOffset();
  const local = new Date(reference.instant.getTime() + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
  };
}

function addDays(parts: { year: number; month: number; day: number }, days: number) {
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

// "on the 5th", "by the 12th": chrono's casual English leaves a bare ordinal day alone, so the next such
// day on the calendar is meant. A preposition is required so that "the 1st item" is not a date.
const ordinalDay: chrono.Parser = {
  pattern: () =>
    /(?<=\b(?:on|by|before|until|till|from|after|due|for|since)\s+)the\s+(\d{1,2})(?:st|nd|rd|th)\b/i,
  extract: (context, match) => {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const today = referenceDay(context);
    let year = today.year;
    let month = today.month;
    if (day < today.day) month += 1;
    if (month > 12) [month, year] = [1, year + 1];
    return { year, month, day };
  },
};

// "by end of day", "the end of the week" (the working week: Friday), "end of month".
const endOfPeriod: chrono.Parser = {
  pattern: () => /\b(?:the\s+)?end\s+of\s+(?:the\s+)?(day|week|month)\b|\b(eod|eow)\b/i,
  extract: (context, match) => {
    const today = referenceDay(context);
    const period = (match[1] ?? match[2] ?? '').toLowerCase();
    if (period === 'day' || period === 'eod') return { year: today.year, month: today.month, day: today.day };
    if (period === 'week' || period === 'eow') return addDays(today, (5 - today.weekday + 7) % 7);
    const lastDay = new Date(Date.UTC(today.year, today.month, 0)).getUTCDate();
    return { year: today.year, month: today.month, day: lastDay };
  },
};

const parser = chrono.casual.clone();
parser.parsers.push(ordinalDay, endOfPeriod);

// chrono reads "it has been 6 days" as six days from now; a bare duration is not a date.
const BARE_DURATION =
  /^(?:for\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)[\s-]*(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?)$/i;
const DEADLINE_BEFORE =
  /\b(?:by|before|until|till|no later than|not later than|latest by|in time for|due)\s+$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** Options for date extraction. */
export interface DateOptions {
  /** "Now" for relative dates such as "tomorrow". */
  referenceDate: Date;
  /** Minutes east of UTC of the customer's clock; the machine's zone when absent. */
  timezoneOffsetMinutes?: number;
}

/** Dates and deadlines, resolved forward from the reference date. */
export function findDates(text: string, options: DateOptions): DateEntity[] {
  const reference =
    options.timezoneOffsetMinutes === undefined
      ? { instant: options.referenceDate }
      : { instant: options.referenceDate, timezone: options.timezoneOffsetMinutes };
  return parser
    .parse(text, reference, { forwardDate: true })
    .filter((result) => !BARE_DURATION.test(result.text.trim()))
    .map((result) => {
      const start = result.start;
      const date = `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
      const entity: DateEntity = {
        type: 'date',
        date,
        deadline: DEADLINE_BEFORE.test(text.slice(0, result.index)),
        start: result.index,
        end: result.index + result.text.length,
        text: result.text,
      };
      if (start.isCertain('hour'))
        entity.time = `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`;
      return entity;
    });
}
