/** The compare view: the reference pinned left, the other statement right, aligned row by row. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Comparison } from '../../shared/compare/model';
import type { Statement } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import type { UserTheme } from '../../shared/themes/user-theme';
import { ExportButton } from '../export/export-button';
import { usePublishExport } from '../export/export-sources';
import { searchMarks } from '../search/search-marks';
import { paragraphBlock } from '../state/navigation-slice';
import { useAppState } from '../state/store-context';
import { ThemeMarksContext } from '../themes/theme-marks';
import { ThemesPanel } from '../themes/themes-panel';
import { useThemesPanel, type ThemesSource } from '../themes/use-themes-panel';
import { AgainstToggle } from './against-toggle';
import { buildRows, changedRows, rowOfBlock } from './build-rows';
import { CompareRows, type JumpRequest } from './compare-rows';
import { EchoJumpContext, EchoStepper } from './echo-links';
import { FrameSection } from './frame-section';
import { OP_LABELS } from './op-labels';
import { StatementCard } from './statement-card';
import { Stepper, type StepperWords } from './stepper';
import { CHANGE_KEYS, useChangeNavigation } from './use-change-navigation';
import { useComparison } from './use-comparison';
import { useEchoNavigation } from './use-echo-navigation';
import type { YearOverYear } from './use-year-over-year';

/** Props of CompareView: the two statements; the rest (layout, options, focus) it reads from the store. */
export interface CompareViewProps {
  readonly reference: Statement;
  readonly other: Statement;
  /** Year over year: what the left column holds (the reference, or the previous statement of the kind). */
  readonly yearOverYear: YearOverYear;
  /** The statements the library shows, for the themes panel; null while their texts are fetched. */
  readonly statements: readonly StatementSummary[] | null;
}

/** Compares `other` with `reference` in the worker and shows the result. */
export function CompareView({ reference: chosen, other, yearOverYear, statements }: CompareViewProps) {
  const reference = yearOverYear.left ?? chosen;
  const role = reference.id !== chosen.id ? `Previous ${other.metadata.kind ?? 'statement'}` : 'Reference';
  const makeReference = useAppState((state) => state.makeReference);
  const userThemes = useAppState((state) => state.snapshot?.userThemes) ?? NO_USER_THEMES;
  const state = useComparison(reference, other, userThemes);

  useEffect(() => {
    document.title = `Plenary Diff — ${reference.title} ↔ ${other.title}`;
  }, [reference.title, other.title]);

  return (
    <div className="compare">
      <header className="compare-header">
        <StatementCard statement={reference} role={role}>
          {yearOverYear.previous && (
            <AgainstToggle
              against={yearOverYear.against}
              onChange={yearOverYear.setAgainst}
              previous={yearOverYear.previous}
              kind={other.metadata.kind}
            />
          )}
        </StatementCard>
        <span className="compare-arrow" aria-hidden="true">
          ↔
        </span>
        <StatementCard statement={other} role="Compared with">
          <button type="button" className="link-button" onClick={() => makeReference(other.id)}>
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
        <ComparisonBody
          key={`${reference.id}|${other.id}`}
          reference={reference}
          other={other}
          statements={statements}
          comparison={state.comparison}
        />
      )}
    </div>
  );
}

const NO_USER_THEMES: readonly UserTheme[] = [];
const CHANGE_WORDS: StepperWords = {
  one: 'change',
  many: 'changes',
  suffix: '',
};

function ComparisonBody({
  comparison,
  reference,
  other,
  statements,
}: Pick<CompareViewProps, 'reference' | 'other' | 'statements'> & { readonly comparison: Comparison }) {
  const mode = useAppState((state) => state.viewMode);
  const onModeChange = useAppState((state) => state.setViewMode);
  const changesOnly = useAppState((state) => state.changesOnly);
  const onChangesOnly = useAppState((state) => state.setChangesOnly);
  const keysEnabled = useAppState((state) => state.dialog === null);
  const searchQuery = useAppState((state) => state.markedQuery);
  const userThemes = useAppState((state) => state.snapshot?.userThemes);
  const themesSource: ThemesSource | null = useMemo(
    () => (statements && userThemes ? { statements, userThemes } : null),
    [statements, userThemes],
  );
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const allRows = useMemo(() => buildRows(comparison), [comparison]);
  const rows = useMemo(() => (changesOnly ? changedRows(allRows) : allRows), [allRows, changesOnly]);
  const onJump = useCallback(
    (key: string) => setJump((last) => ({ key, nonce: (last?.nonce ?? 0) + 1 })),
    [],
  );
  const navigation = useChangeNavigation(rows, onJump, keysEnabled);
  const { select: setCursorKey } = navigation;
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
  const echoNavigation = useEchoNavigation(rows, onJump, showAllRows, keysEnabled);
  const themes = useThemesPanel({
    reference,
    other,
    source: themesSource ?? null,
    allRows,
    rows,
    showAllRows,
    scrollTo,
  });

  // A requested paragraph (a link, a search hit, a deep link) becomes the cursor and a jump, once per request. The
  // cursor and jump are adjusted while rendering (React's "storing information from previous renders"); the
  // effect only tells the store: "Changes only" off first when it hides the row, then the request done.
  const paragraph = useAppState((state) => state.location.paragraph);
  const forOther = useAppState((state) => state.location.other === other.id);
  const request = useAppState((state) => state.focusRequest);
  const done = useAppState((state) => state.focusDone);
  const markFocusDone = useAppState((state) => state.markFocusDone);
  const pending = paragraph !== null && forOther && request > done;
  const focusKey = useMemo(() => {
    if (!pending || !paragraph) return null;
    const block = paragraphBlock(paragraph.side === 'other' ? other : reference, paragraph.number);
    return block === null ? null : rowOfBlock(allRows, paragraph.side, block);
  }, [pending, paragraph, other, reference, allRows]);
  const focusShown = focusKey !== null && rows.some((row) => row.key === focusKey);
  const [takenRequest, setTakenRequest] = useState(0);
  if (pending && focusShown && request !== takenRequest) {
    setTakenRequest(request);
    setCursorKey(focusKey);
    setJump((last) => ({ key: focusKey, nonce: (last?.nonce ?? 0) + 1 }));
  }
  useEffect(() => {
    if (!pending) return;
    if (focusKey !== null && !focusShown) onChangesOnly(false);
    else markFocusDone(request);
  }, [pending, focusKey, focusShown, request, onChangesOnly, markFocusDone]);

  const counts = useMemo(() => {
    const tally = new Map<string, number>();
    for (const entry of comparison.alignment) tally.set(entry.op, (tally.get(entry.op) ?? 0) + 1);
    return tally;
  }, [comparison]);
  const top = comparison.frame.filter((part) => part.role === 'title' || part.role === 'salutation');
  const headings = comparison.frame.filter((part) => part.role === 'heading');
  const bottom = comparison.frame.filter((part) => part.role === 'signature');
  const notes = comparison.frame.filter((part) => part.role === 'note');
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
        <Stepper navigation={navigation} words={CHANGE_WORDS} keys={CHANGE_KEYS} testId="change-counter" />
        <EchoStepper navigation={echoNavigation} />
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
          <FrameSection
            label="Section headings (not compared)"
            parts={headings}
            referenceTitle={reference.title}
            otherTitle={other.title}
          />
          <ThemeMarksContext.Provider value={themes.marks ?? found}>
            <EchoJumpContext.Provider value={echoNavigation.jumpTo}>
              <CompareRows
                rows={rows}
                mode={mode}
                jump={jump}
                onJump={onJump}
                onSelect={navigation.select}
                referenceTitle={reference.title}
                otherTitle={other.title}
              />
            </EchoJumpContext.Provider>
          </ThemeMarksContext.Provider>
          <FrameSection
            label="Signature"
            parts={bottom}
            referenceTitle={reference.title}
            otherTitle={other.title}
          />
          <FrameSection
            label="Notes (not compared)"
            parts={notes}
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
