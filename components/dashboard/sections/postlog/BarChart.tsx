/**
 * Horizontal bars drawn as SVG by Sapa itself (no charting library: docs/report.md says why).
 * The table beside each chart carries the same numbers for screen readers, so the drawing is
 * hidden from them.
 */
const ROW = 22;
const LABEL_WIDTH = 190;
const WIDTH = 640;
const VALUE_WIDTH = 48;
/**
 * Labels longer than this are cut with "…": 24 characters of the chart's 12 px type stay inside
 * the label column even in wide letters (28 ran past its left edge); the table has them whole.
 */
const LABEL_CHARS = 24;

export function BarChart(props: { rows: readonly { label: string; value: number }[] }) {
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = props.rows.length * ROW + 4;
  return (
    <svg
      className="sapa-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      height={height}
      aria-hidden="true"
      preserveAspectRatio="xMinYMin meet"
    >
      {props.rows.map((row, i) => {
        const y = i * ROW + 2;
        const width = (row.value / max) * barSpace;
        return (
          <g key={`${row.label}-${i}`}>
            <text
              x={LABEL_WIDTH - 8}
              y={y + ROW / 2 + 4}
              textAnchor="end"
              className="sapa-chart-label"
            >
              {shortLabel(row.label)}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 3}
              width={width}
              height={ROW - 6}
              rx={3}
              className="sapa-chart-bar"
            />
            <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2 + 4} className="sapa-chart-value">
              {row.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
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
