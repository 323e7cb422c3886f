import type { ReactNode } from 'react';

/** The numbers behind a chart: a header row and one row per item, the first cell naming it. */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

interface Props {
  title: string;
  /** What the chart shows, read out by screen readers in place of the picture. */
  description: string;
  table: ChartTable;
  /** Why there is nothing to chart and what brings data, shown instead of an empty chart. */
  empty: string | null;
  /** Key figures shown as text above the chart (e.g. percentiles with their units). */
  summary?: ReactNode;
  children: ReactNode;
}

/** A chart with its title, and the same numbers as a table for anyone who cannot see the picture. */
export function ChartFigure({ title, description, table, empty, summary, children }: Props) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {empty !== null ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <>
          {summary}
          <div role="img" aria-label={`${title}: ${description}`}>
            {children}
          </div>
          <details>
            <summary>Data table</summary>
            <table className="data-table" aria-label={title}>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map(([name, ...cells]) => (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    {cells.map((cell, index) => (
                      <td key={table.columns[index + 1]}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
