/** The themes panel's state in the compare view: open or not, the selected theme, and the occurrence shown. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Statement } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import type { Theme, Themes } from '../../shared/themes/model';
import type { UserTheme } from '../../shared/themes/user-theme';
import type { CompareRow } from '../compare/build-rows';
import { useAppState } from '../state/store-context';
import { useBackgroundJob, type JobHandle } from '../worker/use-background-job';
import { marksFor, placeOccurrences, type PlacedOccurrence } from './occurrence-order';
import type { ThemeMarks } from './theme-marks';
import { themesJob } from './themes-input';
import type { ThemesSoFar } from './run-themes';
import { whenRendered } from '../ui/when-rendered';

/** The statements and user themes the panel computes the themes over (the library as shown). */
export interface ThemesSource {
  readonly statements: readonly StatementSummary[];
  readonly userThemes: readonly UserTheme[];
}

/** Arguments of useThemesPanel. */
export interface ThemesPanelArgs {
  readonly reference: Statement;
  readonly other: Statement;
  readonly source: ThemesSource | null;
  /** Every row of the comparison, and the rows shown now ("Changes only" may hide some). */
  readonly allRows: readonly CompareRow[];
  readonly rows: readonly CompareRow[];
  readonly showAllRows: () => void;
  /** Scrolls a row into view without taking the keyboard focus. */
  readonly scrollTo: (rowKey: string) => void;
}

/** What the panel shows and does; `marks` go to the rows. */
export interface ThemesPanelState {
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly job: JobHandle<Themes, ThemesSoFar>;
  readonly reference: Statement;
  readonly other: Statement;
  readonly selected: Theme | null;
  readonly select: (themeId: string | null) => void;
  readonly occurrences: readonly PlacedOccurrence[];
  /** Index of the occurrence shown, or null before the first step. */
  readonly current: number | null;
  readonly next: () => void;
  readonly previous: () => void;
  readonly marks: ThemeMarks | null;
}

/** The panel's state for one comparison. */
export function useThemesPanel(args: ThemesPanelArgs): ThemesPanelState {
  const { reference, other, source, allRows, rows, showAllRows, scrollTo } = args;
  const open = useAppState((state) => state.panelOpen);
  const setOpen = useAppState((state) => state.setPanelOpen);
  const selectedId = useAppState((state) => state.location.theme);
  const setPanelTheme = useAppState((state) => state.setPanelTheme);
  const takePanelAnchor = useAppState((state) => state.takePanelAnchor);
  const [current, setCurrent] = useState<number | null>(null);
  const [stepNonce, setStepNonce] = useState(0);
  // A theme chosen here, or from a quote, steps to its occurrence; one kept from the last comparison is only marked.
  const quoted = useAppState((state) => state.panelAnchor !== null);
  const autoStep = useRef(quoted);

  // The library's summaries of the two statements compared (their texts are fetched when the themes are worked out).
  const library = useAppState((state) => state.snapshot?.statements);
  const job = useMemo(() => {
    const summaryOf = (id: string) => library?.find((s) => s.id === id);
    const referenceSummary = summaryOf(reference.id) ?? null;
    const otherSummary = summaryOf(other.id);
    return themesJob(
      [...(source?.statements ?? []), ...(otherSummary ? [otherSummary] : [])],
      referenceSummary,
      source?.userThemes ?? [],
    );
  }, [library, source, reference.id, other.id]);
  const state = useBackgroundJob('themes', open && source ? job.input : null, job.key);
  const all = state.status === 'ready' ? state.output : null;
  const selected = all?.themes.find((t) => t.id === selectedId) ?? null;
  const occurrences = useMemo(
    () => (selected ? placeOccurrences(selected.occurrences, allRows, reference.id, other.id) : []),
    [selected, allRows, reference.id, other.id],
  );
  const marks = useMemo(
    () => (open && selected ? marksFor(occurrences, current, selected.label) : null),
    [open, selected, occurrences, current],
  );

  const go = useCallback(
    (index: number) => {
      const target = occurrences[index];
      if (!target) return;
      setCurrent(index);
      setStepNonce((n) => n + 1);
      if (!rows.some((row) => row.key === target.rowKey)) showAllRows();
      scrollTo(target.rowKey);
    },
    [occurrences, rows, showAllRows, scrollTo],
  );

  const select = useCallback(
    (themeId: string | null) => {
      takePanelAnchor();
      setPanelTheme(themeId);
      setCurrent(null);
      autoStep.current = true;
    },
    [takePanelAnchor, setPanelTheme],
  );

  // Selecting a theme (here or from the themes view) shows its first occurrence once the rows are known;
  // `autoStep` makes it once per selection, not once per step.
  useEffect(() => {
    if (!selected || current !== null || occurrences.length === 0 || !autoStep.current) return;
    autoStep.current = false;
    const anchor = takePanelAnchor();
    const anchored = anchor
      ? occurrences.findIndex((o) => o.side === anchor.side && o.block === anchor.block)
      : -1;
    go(Math.max(0, anchored));
  }, [selected, occurrences, current, go, takePanelAnchor]);

  const count = occurrences.length;
  const next = useCallback(
    () => count > 0 && go(current === null ? 0 : (current + 1) % count),
    [count, current, go],
  );
  const previous = useCallback(
    () => count > 0 && go(current === null ? count - 1 : (current - 1 + count) % count),
    [count, current, go],
  );

  // The row is in view after the jump; a long paragraph may still hide the mark itself.
  useEffect(() => {
    if (current === null) return;
    return whenRendered(
      () => document.querySelector<HTMLElement>(`mark.theme-mark[data-occurrence="${current}"]`),
      (mark) => mark.scrollIntoView({ block: 'nearest' }),
      { afterFrames: 3 },
    );
  }, [current, stepNonce]);

  return {
    open,
    setOpen,
    job: state,
    reference,
    other,
    selected,
    select,
    occurrences,
    current,
    next: () => void next(),
    previous: () => void previous(),
    marks,
  };
}
