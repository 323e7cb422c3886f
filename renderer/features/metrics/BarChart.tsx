import type { ChartPoint } from './metrics-format';

const width = 320;
const barHeight = 18;
const gap = 6;
const labelWidth = 120;

/** Horizontal bars, one per point, scaled to `max` (or the largest value). */
export function BarChart({ points, max }: { points: ChartPoint[]; max?: number }) {
  const top = max ?? Math.max(1, ...points.map((p) => p.value ?? 0));
  const height = Math.max(barHeight, points.length * (barHeight + gap));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" aria-hidden="true" className="bar-chart">
      {points.map((point, index) => {
        const y = index * (barHeight + gap);
        const length = ((point.value ?? 0) / top) * (width - labelWidth - 8);
        return (
          <g key={point.label}>
            <text x={0} y={y + barHeight - 5} className="chart-label">
              {point.label.length > 16 ? `${point.label.slice(0, 15)}…` : point.label}
            </text>
            <rect x={labelWidth} y={y} width={Math.max(0, length)} height={barHeight} className="chart-bar" />
          </g>
        );
      })}
    </svg>
  );
}
