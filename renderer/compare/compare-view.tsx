/** The compare view: the reference pinned left, the other statement right, aligned row by row. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Comparison } from '../../shared/compare/model';
import type { Statement } from '../../shared/statements/model';
import { buildRows, changedRows } from './build-rows';
import type { ViewMode } from './compare-row';
import { CompareRows, type JumpRequest } from './compare-rows';
import { FrameSection } from './frame-section';
import { OP_LABELS } from './op-labels';
import { StatementCard } from './statement-card';
import { useChangeNavigation } from './use-change-navigation';
import { useComparison } from './use-comparison';

/** Props of CompareView. */
export interface CompareViewProps {
  readonly reference: Statement;
  readonly other: Statement;
  readonly mode: ViewMode;
  readonly onModeChange: (mode: ViewMode) => void;
  /** Hide kept paragraphs; kept across comparisons. */
  readonly changesOnly: boolean;
  readonly onChangesOnly: (changesOnly: boolean) => void;
  readonly onUseAsReference: (id: string) => void;
  /** False while a dialog or another view owns the keyboard. */
  readonly keysEnabled: boolean;
}

/** Compares `other` with `reference` in the worker and shows the result. */
export function CompareView(props: CompareViewProps) {
  const { reference, other } = props;
  const state = useComparison(reference, other);

  useEffect(() => {
    document.title = `Plenary Diff — ${reference.title} ↔ ${other.title}`;
  }, [reference.title, other.title]);

  return (
    <div className="compare">
      <header className="compare-header">
        <StatementCard statement={reference} role="Reference" />
        <span className="compare-arrow" aria-hidden="true">
          ↔
        </span>
        <StatementCard statement={other} role="Compared with">
          <button type="button" className="link-button" onClick={() => props.onUseAsReference(other.id)}>
            Use as reference
          </button>
        </StatementCard>
      </header>
      {state.status === 'computing' && (
        <div className="compare-status" role="status">
          <span className="spinner" aria-hidden="true" /> Comparing…
        </div>
      )}
      {state.status === 'error' && (
        <div className="notice notice-error" role="alert">
          Could not compare these statements: {state.message}
        </div>
      )}
      {state.status === 'ready' && (
        <ComparisonBody key={`${reference.id}|${other.id}`} {...props} comparison={state.comparison} />
      )}
    </div>
  );
}

function ComparisonBody({
  comparison,
  reference,
  other,
  mode,
  onModeChange,
  changesOnly,
  onChangesOnly,
  keysEnabled,
}: CompareViewProps & { readonly comparison: Comparison }) {
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const allRows = useMemo(() => buildRows(comparison), [comparison]);
  const rows = useMemo(() => (changesOnly ? changedRows(allRows) : allRows), [allRows, changesOnly]);
  const onJump = useCallback(
    (key: string) => setJump((last) => ({ key, nonce: (last?.nonce ?? 0) + 1 })),
    [],
  );
  const navigation = useChangeNavigation(rows, onJump, keysEnabled);

  const counts = useMemo(() => {
    const tally = new Map<string, number>();
    for (const entry of comparison.alignment) tally.set(entry.op, (tally.get(entry.op) ?? 0) + 1);
    return tally;
  }, [comparison]);
  const top = comparison.frame.filter((part) => part.role !== 'signature');
  const bottom = comparison.frame.filter((part) => part.role === 'signature');
  const hidden = [reference, other].map((s) => s.blocks.filter((b) => b.role === 'boilerplate').length);

  return (
    <>
      <div className="compare-toolbar" role="toolbar" aria-label="Compare view">
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={changesOnly}
            onChange={(event) => onChangesOnly(event.currentTarget.checked)}
          />
          Changes only
        </label>
        <div className="segmented" role="group" aria-label="Layout">
          <button
            type="button"
            aria-pressed={mode === 'side-by-side'}
            onClick={() => onModeChange('side-by-side')}
          >
            Side by side
          </button>
          <button type="button" aria-pressed={mode === 'inline'} onClick={() => onModeChange('inline')}>
            Inline
          </button>
        </div>
        <div className="change-nav">
          <button
            type="button"
            className="button button-small"
            onClick={navigation.previous}
            aria-label="Previous change (p, Shift+F7)"
          >
            ↑ Prev
          </button>
          <span className="change-counter" aria-live="polite" data-testid="change-counter">
            {navigation.total === 0
              ? 'no changes'
              : navigation.position === null
                ? `${navigation.total} changes`
                : `change ${navigation.position} of ${navigation.total}`}
          </span>
          <button
            type="button"
            className="button button-small"
            onClick={navigation.next}
            aria-label="Next change (n, F7)"
          >
            ↓ Next
          </button>
        </div>
        <ul className="op-tally" aria-label="Paragraphs by kind of change">
          {Object.entries(OP_LABELS)
            .filter(([op]) => counts.has(op))
            .map(([op, label]) => (
              <li key={op} className={`tally op-${op}`} title={`${counts.get(op)} ${label.word}`}>
                <span aria-hidden="true">{label.symbol}</span> {counts.get(op)} {label.word}
              </li>
            ))}
        </ul>
      </div>
      <FrameSection
        label="Title and salutations"
        parts={top}
        referenceTitle={reference.title}
        otherTitle={other.title}
      />
      <CompareRows
        rows={rows}
        mode={mode}
        jump={jump}
        onJump={onJump}
        onSelect={navigation.select}
        referenceTitle={reference.title}
        otherTitle={other.title}
      />
      <FrameSection
        label="Signature"
        parts={bottom}
        note={
          hidden[0] || hidden[1]
            ? `Boilerplate hidden: ${hidden[0]} block(s) in the reference, ${hidden[1]} in the other statement.`
            : undefined
        }
        referenceTitle={reference.title}
        otherTitle={other.title}
      />
    </>
  );
}
