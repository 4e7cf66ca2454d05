/** A small SVG line of a theme's strength per year, with a <title> saying the values in words. */
import { describeSeries, type YearPoint } from './theme-series';

/** Props of Sparkline. */
export interface SparklineProps {
  readonly series: readonly YearPoint[];
  /** Years drawn as larger dots (the reference's and the compared statement's). */
  readonly highlight?: readonly (number | null)[];
  readonly label: string;
  readonly width?: number;
  readonly height?: number;
}

/** The series as a line with a dot per year; the highest value reaches the top. */
export function Sparkline({ series, highlight = [], label, width = 96, height = 24 }: SparklineProps) {
  const pad = 3;
  const max = Math.max(0, ...series.map((p) => p.per1000));
  const first = series[0]?.year ?? 0;
  const span = (series.at(-1)?.year ?? first) - first;
  const x = (year: number) => (span === 0 ? width / 2 : pad + ((year - first) / span) * (width - 2 * pad));
  const y = (value: number) => (max === 0 ? height - pad : height - pad - (value / max) * (height - 2 * pad));
  const points = series.map((p) => `${x(p.year).toFixed(1)},${y(p.per1000).toFixed(1)}`).join(' ');
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${label}: ${describeSeries(series)}`}
    >
      <title>{`${label}: ${describeSeries(series)}`}</title>
      <line className="sparkline-base" x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} />
      {series.length > 1 && <polyline className="sparkline-line" points={points} />}
      {series.map((p) => {
        const strong = highlight.includes(p.year);
        return (
          <circle
            key={p.year}
            className={strong ? 'sparkline-dot sparkline-dot-strong' : 'sparkline-dot'}
            cx={x(p.year)}
            cy={y(p.per1000)}
            r={strong ? 2.6 : 1.6}
          />
        );
      })}
    </svg>
  );
}
