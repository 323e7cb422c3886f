import { fail, ok, type Result } from '../../shared/result';

const dayMs = 86_400_000;
/** A year and a day: long enough for any chart, short enough that byDay stays small. */
const maxDays = 366;
const defaultDays = 30;

export interface ReportRange {
  from: string;
  to: string;
  /** Every UTC day of the range, oldest first. */
  days: string[];
}

const dayOf = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (day: string, count: number): string =>
  dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + count * dayMs));

/** The inclusive range of UTC days a report covers; by default the 30 days ending today. */
export function reportRange(
  requested: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Result<ReportRange> {
  const to = requested.to ?? dayOf(now);
  const from = requested.from ?? addDays(to, 1 - defaultDays);
  if (from > to) return fail('bad_request', `The range starts (${from}) after it ends (${to}).`, 'from');
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (days.length === maxDays)
      return fail('bad_request', `Choose a range of at most ${maxDays} days.`, 'from');
    days.push(day);
  }
  return ok({ from, to, days });
}

/** The first instant after the range, for comparisons against ISO timestamps. */
export const dayAfter = (day: string): string => addDays(day, 1);
