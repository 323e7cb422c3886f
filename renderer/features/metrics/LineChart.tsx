import type { ChartPoint } from './metrics-format';

const width = 320;
const height = 120;
const pad = 8;

/** A line over the points in order (days), scaled from 0 to `max`; gaps where nothing was measured. */
export function LineChart({ points, max }: { points: ChartPoint[]; max: number }) {
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const at = (index: number, value: number) =>
    [pad + index * step, height - pad - (value / max) * (height - 2 * pad)] as const;
  const measured = points.flatMap((p, i) => (p.value === null ? [] : [at(i, p.value)]));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" aria-hidden="true" className="line-chart">
      <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} className="chart-axis" />
      {measured.length > 1 && (
        <polyline points={measured.map(([x, y]) => `${x},${y}`).join(' ')} className="chart-line" />
      )}
      {measured.map(([x, y]) => (
        <circle key={`${x}-${y}`} cx={x} cy={y} r={3} className="chart-dot" />
      ))}
    </svg>
  );
}
