import type { ReactNode } from 'react';
import type { ChartPoint } from './metrics-format';

interface Props {
  title: string;
  /** What the chart shows, read out by screen readers in place of the picture. */
  description: string;
  points: ChartPoint[];
  format(value: number | null): string;
  children: ReactNode;
}

/** A chart with its title, and the same numbers as a table for anyone who cannot see the picture. */
export function ChartFigure({ title, description, points, format, children }: Props) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={`${title}: ${description}`}>
        {children}
      </div>
      <details>
        <summary>Data table</summary>
        <table className="data-table" aria-label={title}>
          <tbody>
            {points.map((point) => (
              <tr key={point.label}>
                <th scope="row">{point.label}</th>
                <td>{format(point.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
