/** The legend of the overview heat map: the similarity scale (SVG) and the symbols of the ops and of the echoes. */
import type { EchoKind } from '../../shared/compare/model';
import { ALIGNMENT_OPS, echoLabel, echoSymbol } from '../../shared/compare/op-labels';
import { OP_LABELS } from '../compare/op-labels';
import { ShadeScale } from './shade-scale';

const ECHO_KINDS: readonly EchoKind[] = ['reuse', 'topic'];

/** The colour scale from 0% to 100% similar, and what each symbol in a cell means. */
export function OverviewLegend() {
  return (
    <div className="overview-legend" aria-label="Legend" role="group">
      <ShadeScale
        title="Cell shade: similarity of the linked paragraph, from 0% (lightest) to 100% (darkest)"
        ticks={['0%', '50%', '100%']}
        caption="similarity of the link"
      />
      <ul className="legend-ops" aria-label="Symbols in the cells">
        {ALIGNMENT_OPS.filter((op) => op !== 'added').map((op) => (
          <li key={op} className={op === 'removed' ? 'legend-op legend-none' : 'legend-op'}>
            <span className="legend-symbol" aria-hidden="true">
              {OP_LABELS[op].symbol}
            </span>{' '}
            {op === 'removed' ? 'dropped (no link, hatched)' : OP_LABELS[op].word}
          </li>
        ))}
        {ECHO_KINDS.map((kind) => (
          <li
            key={kind}
            className="legend-op legend-echo"
            title="No link, but a paragraph of the statement echoes this one (pale, hatched)"
          >
            <span className="legend-symbol" aria-hidden="true">
              {echoSymbol(kind)}
            </span>{' '}
            {echoLabel(kind)}
          </li>
        ))}
      </ul>
    </div>
  );
}
