import { barX, dot, line, ruleX, ruleY, stackX, text, type PlotOptions } from '@observablehq/plot';
import { decisionKinds, type DayPoint, type ToolDecisions } from './metrics-charts';
import { dayStart } from './metrics-format';

/** The charts' text: one size and family, so label widths can be measured before drawing. */
const fontSize = 12;
const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const style = { fontSize: `${fontSize}px`, fontFamily, background: 'transparent' };
const accent = 'var(--accent)';
const rowHeight = 30;
/** Room under a horizontal chart for the x axis: tick labels and the axis label. */
const axisBelow = 44;

let measure: CanvasRenderingContext2D | null | undefined;

/** How wide a label is drawn in the charts' font, so names are given room instead of being cut. */
function labelWidth(label: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return label.length * fontSize * 0.62;
  measure.font = `${fontSize}px ${fontFamily}`;
  return measure.measureText(label).width;
}

/** A left margin wide enough for the longest name, whole. */
const nameMargin = (names: readonly string[]): number =>
  Math.ceil(Math.max(40, ...names.map(labelWidth))) + 12;

/** Whole-number ticks from 0 to the largest count (counts are never fractional). */
const countAxis = (max: number, label: string) => ({
  domain: [0, Math.max(1, max)],
  ticks: Math.min(Math.max(1, max), 5),
  tickFormat: 'd',
  label,
  labelAnchor: 'center' as const,
  labelArrow: 'none' as const,
  grid: true,
});

const halfDay = 12 * 60 * 60 * 1000;

/** "Dec 3", as the x axis writes days. */
const shortDay = (date: Date): string =>
  date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

interface DailyAxis {
  label: string;
  domain: [number, number];
  ticks: number[];
  tickFormat(value: number): string;
  /** The value printed beside each measured point. */
  valueLabel(value: number): string;
}

/**
 * A line through the days that have a value, each shown as a point, over the whole period with dates
 * on the x axis. Sparse data stays readable: a lone day is a labelled point, and points carry their
 * values while there are few of them.
 */
export function dailyOptions(points: readonly DayPoint[], axis: DailyAxis): PlotOptions {
  const first = dayStart(points[0]?.day ?? '1970-01-01').getTime();
  const last = dayStart(points.at(-1)?.day ?? '1970-01-01').getTime();
  const span = Math.max(1, last - first);
  const few = points.filter((p) => p.value !== null).length <= 3;
  const measured = points.flatMap((p) => {
    if (p.value === null) return [];
    const date = dayStart(p.day);
    const at = (date.getTime() - first) / span;
    return [
      {
        date,
        value: p.value,
        // Few points: each names its day too, since it may fall between the axis's date ticks.
        label: few ? `${shortDay(date)}: ${axis.valueLabel(p.value)}` : axis.valueLabel(p.value),
        anchor: points.length > 1 && at > 0.75 ? 'end' : points.length > 1 && at < 0.25 ? 'start' : 'middle',
      },
    ];
  });
  return {
    height: 210,
    marginTop: 28,
    marginLeft: 48,
    marginRight: 28,
    marginBottom: axisBelow,
    style,
    x: {
      type: 'utc',
      domain: [new Date(first - halfDay), new Date(last + halfDay)],
      ticks: points.length <= 7 ? points.map((p) => dayStart(p.day)) : 5,
      tickFormat: '%b %-d',
      label: 'Day (UTC)',
      labelAnchor: 'center',
      labelArrow: 'none',
    },
    y: {
      domain: axis.domain,
      ticks: axis.ticks,
      tickFormat: axis.tickFormat,
      label: axis.label,
      labelArrow: 'none',
      grid: true,
    },
    marks: [
      ruleY([axis.domain[0]]),
      line(measured, { x: 'date', y: 'value', stroke: accent, strokeWidth: 2 }),
      dot(measured, { x: 'date', y: 'value', fill: accent, r: 4 }),
      // Plot anchors text per mark, so one mark for each anchor keeps edge labels inside the frame.
      ...(['start', 'middle', 'end'] as const).map((anchor) =>
        text(measured.length <= 10 ? measured.filter((d) => d.anchor === anchor) : [], {
          x: 'date',
          y: 'value',
          text: 'label',
          textAnchor: anchor,
          dy: -12,
          fill: 'currentColor',
          fontWeight: 600,
        }),
      ),
    ],
  };
}

/** One bar per named count, names whole on the left and each count printed at the end of its bar. */
export function countBarOptions(
  rows: readonly { name: string; count: number }[],
  countLabel: string,
): PlotOptions {
  const names = rows.map((r) => r.name);
  const max = Math.max(0, ...rows.map((r) => r.count));
  return {
    height: rows.length * rowHeight + axisBelow + 8,
    marginTop: 8,
    marginLeft: nameMargin(names),
    marginRight: 32,
    marginBottom: axisBelow,
    style,
    x: countAxis(max, countLabel),
    y: { domain: names, label: null, tickSize: 0, padding: 0.25 },
    marks: [
      barX(rows, { x: 'count', y: 'name', fill: accent }),
      text(rows, {
        x: 'count',
        y: 'name',
        text: (r: { count: number }) => String(r.count),
        textAnchor: 'start',
        dx: 4,
        fill: 'currentColor',
      }),
      ruleX([0]),
    ],
  };
}

/** For each tool, its decisions stacked: approved as proposed, edited then approved, rejected; counts on the bars. */
export function decisionsOptions(tools: readonly ToolDecisions[]): PlotOptions {
  const order = decisionKinds.map((k) => k.label);
  const segments = tools
    .flatMap((t) => decisionKinds.map((k) => ({ tool: t.tool, decision: k.label, count: t[k.key] })))
    .filter((s) => s.count > 0);
  const max = Math.max(0, ...tools.map((t) => t.approved + t.edited + t.rejected));
  const names = tools.map((t) => t.tool);
  return {
    height: tools.length * rowHeight + axisBelow + 8,
    marginTop: 8,
    marginLeft: nameMargin(names),
    marginRight: 16,
    marginBottom: axisBelow,
    style,
    x: countAxis(max, 'Decisions'),
    y: { domain: names, label: null, tickSize: 0, padding: 0.25 },
    color: { domain: order, range: decisionKinds.map((k) => k.color) },
    marks: [
      barX(segments, { x: 'count', y: 'tool', fill: 'decision', order, inset: 0.5 }),
      text(
        segments,
        stackX({
          x: 'count',
          y: 'tool',
          z: 'decision',
          order,
          text: (s: { count: number }) => String(s.count),
          fill: 'var(--accent-text)',
          fontWeight: 600,
        }),
      ),
      ruleX([0]),
    ],
  };
}
