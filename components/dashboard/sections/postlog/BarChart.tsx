/**
 * The report's charts: horizontal bars drawn by Chartist (https://gionkunz.github.io/chartist-js/,
 * MIT, no dependencies; docs/report.md gives the version and its size). Chartist draws SVG, so a
 * chart prints as sharply as the text around it in the A4 PDF, and its colours come from
 * dashboard.css. The table beside each chart carries the same numbers for screen readers, so the
 * drawing is hidden from them.
 */
import { BarChart as ChartistBars, type BarChartOptions, type BarDrawEvent } from 'chartist';
import { useEffect, useRef } from 'react';

/** One row's height in the chart's own units (the chart scales to its column's width). */
const ROW = 22;
const WIDTH = 640;
const LABEL_WIDTH = 190;
/**
 * Labels longer than this are cut with "…": 24 characters of the chart's 12 px type stay inside
 * the label column even in wide letters; the table has them whole.
 */
const LABEL_CHARS = 24;
const X_AXIS_HEIGHT = 22;

export interface ChartSeries {
  /** The series' class in dashboard.css (its colour); also used by the legend. */
  className: string;
  values: readonly number[];
}

/** One value per row: a bar each, with its number at the bar's end. */
export function BarChart(props: { rows: readonly { label: string; value: number }[] }) {
  const { rows } = props;
  return (
    <ChartistChart
      labels={rows.map((r) => r.label)}
      series={[{ className: 'sapa-chart-series', values: rows.map((r) => r.value) }]}
      stacked={false}
    />
  );
}

/**
 * Several values per row stacked in one bar (planned vs posted: posted, skipped, not posted,
 * still to come), with a legend naming each colour and a scale under the bars.
 */
export function StackedBarChart(props: {
  labels: readonly string[];
  series: readonly (ChartSeries & { name: string })[];
}) {
  return (
    <div className="sapa-chart-stacked">
      <ChartistChart labels={props.labels} series={props.series} stacked />
      <ul className="sapa-chart-legend" aria-hidden="true">
        {props.series.map((s) => (
          <li key={s.className}>
            <span className={`sapa-chart-swatch ${s.className}`} />
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ChartistChart(props: {
  labels: readonly string[];
  series: readonly ChartSeries[];
  stacked: boolean;
}) {
  const container = useRef<HTMLDivElement>(null);
  const { labels, series, stacked } = props;
  // Redrawn when the numbers change, not on every render of the report.
  const key = JSON.stringify([labels, series, stacked]);
  useEffect(() => {
    if (!container.current) return;
    const height = labels.length * ROW + (stacked ? X_AXIS_HEIGHT : 0) + 4;
    const chart = new ChartistBars(
      container.current,
      {
        // Chartist draws the first row at the bottom; the report lists its first row on top.
        labels: labels.map(shortLabel).reverse(),
        series: series.map((s) => ({ className: s.className, data: [...s.values].reverse() })),
      },
      chartOptions(height, stacked),
    );
    if (!stacked) chart.on('draw', writeValueAtBarEnd);
    return () => {
      chart.detach();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for labels, series, stacked
  }, [key]);
  return <div ref={container} className="sapa-chart" aria-hidden="true" />;
}

function chartOptions(height: number, stacked: boolean): BarChartOptions {
  return {
    horizontalBars: true,
    stackBars: stacked,
    // A fixed drawing scaled to the column: the same picture on screen, in tests and in print.
    // Chartist writes the height as the SVG's attribute as well as its style, so it must be a
    // length ("auto" there is an error in the console): 100% of a column whose height is not
    // set is auto in CSS, so the viewBox gives the height, in proportion to the width.
    viewBox: { width: WIDTH, height },
    width: '100%',
    height: '100%',
    chartPadding: { top: 2, right: 48, bottom: stacked ? 0 : 2, left: 0 },
    seriesBarDistance: 0,
    axisY: { offset: LABEL_WIDTH, showGrid: false },
    axisX: stacked
      ? { onlyInteger: true, offset: X_AXIS_HEIGHT, showGrid: true }
      : { showLabel: false, showGrid: false, offset: 0 },
    low: 0,
  };
}

/** The bar's number just past its end (the single-series charts only). */
function writeValueAtBarEnd(event: unknown) {
  const draw = event as BarDrawEvent;
  if (draw.type !== 'bar') return;
  const value =
    typeof draw.value === 'number' ? draw.value : 'x' in draw.value ? draw.value.x : draw.value.y;
  draw.group
    .elem('text', { x: draw.x2 + 6, y: draw.y2 + 4 }, 'sapa-chart-value')
    .text(String(value));
}

function shortLabel(label: string): string {
  const characters = [...label];
  return characters.length > LABEL_CHARS
    ? `${characters
        .slice(0, LABEL_CHARS - 1)
        .join('')
        .trimEnd()}…`
    : label;
}
