/** Year over year: compare the open statement against the reference, or against the previous one of its kind. */
import { useId } from 'react';
import type { Dated, PreviousStatement } from './previous-statement';
import './against.css';

/** What the open statement is compared against. */
export type Against = 'reference' | 'previous';

/** Props of AgainstToggle. */
export interface AgainstToggleProps {
  readonly against: Against;
  readonly onChange: (against: Against) => void;
  /** The previous statement of the open one's kind, or why there is none. */
  readonly previous: PreviousStatement<Dated>;
  /** The open statement's kind ("closing"), for the button's words. */
  readonly kind: string | null;
}

/** "Against reference | Against previous closing (2021)"; the second is disabled, with the reason, when there is none. */
export function AgainstToggle({ against, onChange, previous, kind }: AgainstToggleProps) {
  const reasonId = useId();
  const found = previous.kind === 'found' ? previous.statement : null;
  const label = `Against previous ${kind ?? 'statement'}${found ? ` (${found.metadata.year ?? 'year unknown'})` : ''}`;
  return (
    <div className="against">
      <div className="segmented" role="group" aria-label="Compare against">
        <button type="button" aria-pressed={against === 'reference'} onClick={() => onChange('reference')}>
          Against reference
        </button>
        <button
          type="button"
          aria-pressed={against === 'previous' && found !== null}
          // aria-disabled keeps the button focusable, so the reason it is off can still be heard.
          aria-disabled={found === null}
          aria-describedby={found ? undefined : reasonId}
          title={found ? found.title : previous.kind === 'none' ? previous.reason : undefined}
          onClick={() => found && onChange('previous')}
        >
          {label}
        </button>
      </div>
      {previous.kind === 'none' && (
        <span id={reasonId} className="against-reason">
          {previous.reason}
        </span>
      )}
    </div>
  );
}
