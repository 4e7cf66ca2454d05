/** One row of the compare view: both sides and the gutter, or a marker where a moved paragraph stood. */
import { useId, type ReactNode } from 'react';
import { rowLabel, type CompareRow, type EntryRow, type RowSide } from './build-rows';
import { EchoLinks } from './echo-links';
import { hasSimilarity, OP_LABELS, percent } from './op-labels';
import { diffSegments, paragraphSegments } from './inline-quotes';
import { Paragraph, QuotedRuns } from './paragraph-text';
import type { EchoDirection, RowEcho } from './row-echoes';

/** Side by side, or one column with deletions and insertions inline. */
export type ViewMode = 'side-by-side' | 'inline';

/** Props of RowContent. */
export interface RowContentProps {
  readonly row: CompareRow;
  readonly mode: ViewMode;
  /** Jumps to another row (scroll, focus and flash). */
  readonly onJump: (key: string) => void;
  /** Makes this row the current one for change navigation. */
  readonly onSelect: (key: string) => void;
}

/** The inside of a row; the virtual list supplies the positioned listitem around it. */
export function RowContent({ row, mode, onJump, onSelect }: RowContentProps) {
  if (row.kind === 'moved-origin') return <MovedOrigin row={row} mode={mode} onJump={onJump} />;
  const gutter = <Gutter row={row} onJump={onJump} onSelect={onSelect} />;
  if (mode === 'inline') {
    return (
      <>
        {gutter}
        <div className="cell cell-inline">
          <InlineText row={row} />
          <EchoLinks echoes={row.echoes} />
        </div>
      </>
    );
  }
  return (
    <>
      <div className="cell cell-reference">
        <SideCell side={row.reference} op={row.entry.op} which="reference" echoes={echoesOf(row, 'echoed')} />
      </div>
      {gutter}
      <div className="cell cell-other">
        <SideCell side={row.other} op={row.entry.op} which="other" echoes={echoesOf(row, 'echoes')} />
      </div>
    </>
  );
}

function echoesOf(row: EntryRow, direction: EchoDirection): readonly RowEcho[] {
  return row.echoes.filter((echo) => echo.direction === direction);
}

/** The accessible label of a row. */
export function labelOf(row: CompareRow): string {
  if (row.kind === 'entry') return rowLabel(row);
  return `Reference ¶${row.referenceNumbers.join(', ¶')} stood here: moved to ¶${row.otherNumbers.join(', ¶')}`;
}

function Gutter({
  row,
  onJump,
  onSelect,
}: {
  row: EntryRow;
  onJump: (key: string) => void;
  onSelect: (key: string) => void;
}) {
  const tooltipId = useId();
  const { entry } = row;
  const label = OP_LABELS[entry.op];
  const terms = entry.terms.length > 0 ? `Shared terms: ${entry.terms.join(', ')}` : null;
  return (
    <div className="gutter">
      <button
        type="button"
        className={`op-chip op-${entry.op}`}
        title={terms ?? undefined}
        aria-describedby={terms ? tooltipId : undefined}
        onClick={() => onSelect(row.key)}
      >
        <span className="op-symbol" aria-hidden="true">
          {label.symbol}
        </span>{' '}
        <span className="op-word">{label.word}</span>
      </button>
      {hasSimilarity(entry) && (
        <span className="similarity" title="Similarity of the linked paragraphs">
          {percent(entry.similarity)}
        </span>
      )}
      {row.originKey && row.reference.numbers.length > 0 && (
        <button type="button" className="link-button moved-link" onClick={() => onJump(row.originKey ?? '')}>
          ↑ moved from ¶{row.reference.numbers.join(', ¶')}
        </button>
      )}
      {terms && (
        <div role="tooltip" id={tooltipId} className="terms-popover">
          <span className="terms-title">Shared terms</span>
          <span className="terms-list">
            {entry.terms.map((term) => (
              <span key={term} className="term">
                {term}
              </span>
            ))}
          </span>
        </div>
      )}
    </div>
  );
}

function SideCell({
  side,
  op,
  which,
  echoes,
}: {
  side: RowSide;
  op: EntryRow['entry']['op'];
  which: 'reference' | 'other';
  echoes: readonly RowEcho[];
}) {
  return (
    <>
      <SideText side={side} op={op} which={which} />
      <EchoLinks echoes={echoes} />
    </>
  );
}

function SideText({
  side,
  op,
  which,
}: {
  side: RowSide;
  op: EntryRow['entry']['op'];
  which: 'reference' | 'other';
}) {
  if (side.paragraphs.length === 0) {
    return (
      <p className="cell-empty">{which === 'reference' ? 'not in the reference' : 'not in this statement'}</p>
    );
  }
  const paragraphs = side.paragraphs.map((paragraph, index) => (
    <Paragraph
      key={paragraph.block.id}
      paragraph={paragraph}
      number={side.numbers[index]}
      side={which}
      quotes={side.quotes[index]}
    />
  ));
  const count = side.paragraphs.length;
  if (count > 1 && (op === 'split' || op === 'merged')) {
    const caption =
      op === 'split'
        ? `${OP_LABELS.split.symbol} split into ${count} paragraphs`
        : `${OP_LABELS.merged.symbol} ${count} paragraphs merged`;
    return (
      <Bracket caption={caption} op={op}>
        {paragraphs}
      </Bracket>
    );
  }
  return <>{paragraphs}</>;
}

function Bracket({ caption, op, children }: { caption: string; op: string; children: ReactNode }) {
  return (
    <div className={`bracket bracket-${op}`} role="group" aria-label={caption}>
      <span className="bracket-caption" aria-hidden="true">
        {caption}
      </span>
      {children}
    </div>
  );
}

function InlineText({ row }: { row: EntryRow }) {
  const { entry } = row;
  const numbers = (
    <span className="inline-numbers">
      {row.reference.numbers.length > 0 && `reference ¶${row.reference.numbers.join(', ¶')}`}
      {row.reference.numbers.length > 0 && row.other.numbers.length > 0 && ' → '}
      {row.other.numbers.length > 0 && `¶${row.other.numbers.join(', ¶')}`}
    </span>
  );
  if (entry.diff.length > 0 && entry.op !== 'unchanged' && entry.op !== 'added' && entry.op !== 'removed') {
    return (
      <>
        {numbers}
        <p className="para para-inline">
          <QuotedRuns segments={diffSegments(entry.diff, row.reference, row.other)} />
        </p>
      </>
    );
  }
  const shown = entry.op === 'removed' ? row.reference : row.other;
  return (
    <>
      {numbers}
      {shown.paragraphs.map((paragraph, index) => (
        <p key={paragraph.block.id} className={entry.op === 'removed' ? 'para para-removed' : 'para'}>
          <QuotedRuns
            segments={paragraphSegments(
              entry.op === 'removed' ? [{ mark: 'none', text: paragraph.block.text }] : paragraph.runs,
              shown.quotes[index] ?? [],
              paragraph.block.text,
            )}
          />
        </p>
      ))}
    </>
  );
}

function MovedOrigin({
  row,
  mode,
  onJump,
}: {
  row: Extract<CompareRow, { kind: 'moved-origin' }>;
  mode: ViewMode;
  onJump: (key: string) => void;
}) {
  const marker = (
    <p className="moved-away">
      Reference ¶{row.referenceNumbers.join(', ¶')} stood here.{' '}
      <button type="button" className="link-button" onClick={() => onJump(row.movedKey)}>
        ↓ moved to ¶{row.otherNumbers.join(', ¶')}
      </button>
    </p>
  );
  const gutter = (
    <div className="gutter">
      <span className="op-chip op-moved op-chip-static">
        <span aria-hidden="true">{OP_LABELS.moved.symbol}</span> moved away
      </span>
    </div>
  );
  if (mode === 'inline') {
    return (
      <>
        {gutter}
        <div className="cell cell-inline">{marker}</div>
      </>
    );
  }
  return (
    <>
      <div className="cell cell-reference">{marker}</div>
      {gutter}
      <div className="cell cell-other" />
    </>
  );
}
