/** A sequential colour scale drawn in SVG, from --heat-low to --heat-high, with tick labels. */
import { useId } from 'react';

const STEPS = 11;
const STEP_WIDTH = 16;

/** Props of ShadeScale. */
export interface ShadeScaleProps {
  /** What the shade means, said in full (the SVG's title). */
  readonly title: string;
  /** The three tick labels: at the lowest, the middle and the highest shade. */
  readonly ticks: readonly [string, string, string];
  readonly caption: string;
}

/** The legend's colour bar. */
export function ShadeScale({ title, ticks, caption }: ShadeScaleProps) {
  const width = STEPS * STEP_WIDTH;
  const titleId = useId();
  return (
    <figure className="legend-scale">
      <svg
        width={width + 24}
        height={34}
        viewBox={`-12 0 ${width + 24} 34`}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{title}</title>
        {Array.from({ length: STEPS }, (_, i) => (
          <rect
            key={i}
            x={i * STEP_WIDTH}
            y={0}
            width={STEP_WIDTH}
            height={14}
            style={{ fill: `color-mix(in oklab, var(--heat-high) ${i * 10}%, var(--heat-low))` }}
          />
        ))}
        <rect className="legend-frame" x={0} y={0} width={width} height={14} />
        {ticks.map((tick, i) => (
          <text key={i} className="legend-tick" x={(i / 2) * (width - STEP_WIDTH) + STEP_WIDTH / 2} y={29}>
            {tick}
          </text>
        ))}
      </svg>
      <figcaption className="legend-caption">{caption}</figcaption>
    </figure>
  );
}
