import { plot, type PlotOptions } from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';

/** One colour of a chart and what it stands for. */
export interface LegendItem {
  label: string;
  color: string;
}

/**
 * Draws an Observable Plot chart as wide as its container, again whenever the container is resized.
 * The picture is hidden from screen readers: the figure around it names it and carries a data table.
 */
export function PlotChart({ options, legend }: { options: PlotOptions; legend?: readonly LegendItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element || width === 0) return;
    const chart = plot({ ...options, width });
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [options, width]);
  return (
    <div aria-hidden="true">
      {legend && (
        <ul className="chart-legend">
          {legend.map((item) => (
            <li key={item.label}>
              <span className="chart-swatch" style={{ background: item.color }} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div ref={ref} className="plot" />
    </div>
  );
}
