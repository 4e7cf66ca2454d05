/** The compare view: the reference pinned left, the other statement right, aligned row by row. */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Comparison } from '../../shared/compare/model';
import type { Statement } from '../../shared/statements/model';
import { ExportButton } from '../export/export-button';
import { usePublishExport } from '../export/export-sources';
import { searchMarks } from '../search/search-marks';
import { ThemeMarksContext } from '../themes/theme-marks';
import { ThemesPanel } from '../themes/themes-panel';
import { useThemesPanel, type ThemesSource } from '../themes/use-themes-panel';
import { buildRows, changedRows, rowOfBlock } from './build-rows';
import type { ViewMode } from './compare-row';
import { CompareRows, type JumpRequest } from './compare-rows';
import { FrameSection } from './frame-section';
import { OP_LABELS } from './op-labels';
import { StatementCard } from './statement-card';
import { useChangeNavigation } from './use-change-navigation';
import { useComparison } from './use-comparison';

/** A paragraph to bring into view and focus once the comparison is ready; a new `nonce` asks again. */
export interface CompareFocus {
  /** The compared statement's id: the request is for that comparison only. */
  readonly statement: string;
  readonly side: 'reference' | 'other';
  /** Body block id on that side. */
  readonly block: string;
  readonly nonce: number;
}

// The last focus request carried out, so coming back to the view does not jump again.
let focusDone = 0;

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
  /** A paragraph to show and focus (from the overview, the themes view or a search hit). */
  readonly focus?: CompareFocus | null;
  /** The library as shown, for the themes panel (no panel without it). */
  readonly themesSource?: ThemesSource | null;
  /** What the left card calls its statement: "Reference", or "Previous closing" year over year. */
  readonly referenceRole?: string;
  /** The year-over-year toggle, shown under the left card. */
  readonly against?: ReactNode;
  /** A search whose hit was opened here: its phrases are marked in both columns (unless a theme is chosen). */
  readonly searchQuery?: string | null;
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
        <StatementCard statement={reference} role={props.referenceRole ?? 'Reference'}>
          {props.against}
        </StatementCard>
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
  focus,
  themesSource,
  searchQuery,
}: CompareViewProps & { readonly comparison: Comparison }) {
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const allRows = useMemo(() => buildRows(comparison), [comparison]);
  const rows = useMemo(() => (changesOnly ? changedRows(allRows) : allRows), [allRows, changesOnly]);
  const onJump = useCallback(
    (key: string) => setJump((last) => ({ key, nonce: (last?.nonce ?? 0) + 1 })),
    [],
  );
  const navigation = useChangeNavigation(rows, onJump, keysEnabled);
  const exportSource = useMemo(() => ({ kind: 'comparison' as const, comparison }), [comparison]);
  usePublishExport(exportSource);
  const found = useMemo(
    () => (searchQuery ? searchMarks(comparison, searchQuery) : null),
    [comparison, searchQuery],
  );
  const scrollTo = useCallback(
    (key: string) => setJump((last) => ({ key, nonce: (last?.nonce ?? 0) + 1, focus: false })),
    [],
  );
  const showAllRows = useCallback(() => onChangesOnly(false), [onChangesOnly]);
  const themes = useThemesPanel({
    reference,
    other,
    source: themesSource ?? null,
    allRows,
    rows,
    showAllRows,
    scrollTo,
  });

  // A requested paragraph is shown (with the kept rows if "Changes only" hides it) and focused.
  useEffect(() => {
    if (!focus || focus.statement !== other.id || focus.nonce <= focusDone) return;
    focusDone = focus.nonce;
    const key = rowOfBlock(allRows, focus.side, focus.block);
    if (key === null) return;
    if (!rows.some((row) => row.key === key)) onChangesOnly(false);
    navigation.select(key);
    onJump(key);
    // Only a new request moves the view.
  }, [focus]);

  const counts = useMemo(() => {
    const tally = new Map<string, number>();
    for (const entry of comparison.alignment) tally.set(entry.op, (tally.get(entry.op) ?? 0) + 1);
    return tally;
  }, [comparison]);
  const top = comparison.frame.filter((part) => part.role !== 'signature');
  const bottom = comparison.frame.filter((part) => part.role === 'signature');
  const furniture = [
    {
      reference: reference.blocks.filter((b) => b.role === 'boilerplate'),
      other: other.blocks.filter((b) => b.role === 'boilerplate'),
    },
  ];

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
        <ExportButton />
      </div>
      <div className="compare-body">
        <div className="compare-text">
          <FrameSection
            label="Title and salutations"
            parts={top}
            referenceTitle={reference.title}
            otherTitle={other.title}
          />
          <ThemeMarksContext.Provider value={themes.marks ?? found}>
            <CompareRows
              rows={rows}
              mode={mode}
              jump={jump}
              onJump={onJump}
              onSelect={navigation.select}
              referenceTitle={reference.title}
              otherTitle={other.title}
            />
          </ThemeMarksContext.Provider>
          <FrameSection
            label="Signature"
            parts={bottom}
            referenceTitle={reference.title}
            otherTitle={other.title}
          />
          <FrameSection
            label="Page furniture and web residue (not compared)"
            parts={furniture}
            referenceTitle={reference.title}
            otherTitle={other.title}
          />
        </div>
        {themesSource && <ThemesPanel state={themes} />}
      </div>
    </>
  );
}
