/** A rate in [0,1] as a whole percent, or a dash when nothing was measured. */
export const formatRate = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 100)}%`;

/** A duration given in minutes, in the unit that reads best: seconds, minutes or hours; a dash for none. */
export function formatDuration(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  if (minutes < 60) return `${Number(minutes.toFixed(1))} min`;
  return `${Number((minutes / 60).toFixed(1))} h`;
}

/** A CSAT average out of 5, or a dash. */
export const formatCsat = (score: number | null): string =>
  score === null ? '—' : `${score.toFixed(1)} / 5`;

/** A count, or a dash. */
export const formatCount = (value: number | null): string => (value === null ? '—' : String(value));

/** A `YYYY-MM-DD` day as the UTC midnight it starts with (days in the report are UTC days). */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** A `YYYY-MM-DD` day for people: "Nov 27, 2026". */
export const formatDay = (day: string): string =>
  dayStart(day).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
