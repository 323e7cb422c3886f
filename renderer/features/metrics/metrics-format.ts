/** A rate in [0,1] as a whole percent, or a dash when nothing was measured. */
export const formatRate = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 100)}%`;

/** Minutes with one decimal, or a dash. */
export const formatMinutes = (minutes: number | null): string =>
  minutes === null ? '—' : `${minutes.toFixed(1)} min`;

/** A CSAT average out of 5, or a dash. */
export const formatCsat = (score: number | null): string =>
  score === null ? '—' : `${score.toFixed(1)} / 5`;

/** One labelled value of a chart; null where nothing was measured. */
export interface ChartPoint {
  label: string;
  value: number | null;
}
