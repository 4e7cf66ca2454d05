/** The theme × statement heat map: per-1,000-words shade and count per cell, a trend per theme; columns virtualised. */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { StatementHeader } from '../../shared/statements/model';
import type { Theme, Themes } from '../../shared/themes/model';
import { StatementBadges } from '../library/statement-badges';
import { columnNames } from '../../shared/statements/column-names';
import { SourceBadge } from './source-badge';
import { TREND_LABELS } from './theme-series';
import { whenRendered } from '../ui/when-rendered';

/** A cell of the heat map: a theme in a statement. */
export interface ThemeCellRef {
  readonly themeId: string;
  readonly statementId: string;
}

/** The width of a statement's column before one is measured (5rem at 16px). */
const COLUMN_WIDTH = 80;

/** What the grid's name adds when its answer is not the answer. */
const PROVISIONAL_LABELS = {
  'out-of-date': ' (out of date, updating)',
  partial: ' (partial: built-in themes of the statements read so far, still reading)',
} as const;

/** Props of ThemesHeatmap. */
export interface ThemesHeatmapProps {
  readonly all: Themes;
  /** The themes to show (after the source filter), in order. */
  readonly themes: readonly Theme[];
  /**
   * The statements of the columns, in `all.statements` order; when `provisional`, a column `all` does not cover
   * shows its cells as pending ("…", not a count).
   */
  readonly statements: readonly StatementHeader[];
  /**
   * Set when `all` is not the answer: worked out for an earlier state of the library ('out-of-date'), or the themes
   * of the statements read so far ('partial'). The grid is marked so.
   */
  readonly provisional?: 'out-of-date' | 'partial' | null;
  readonly referenceId: string | null;
  readonly selected: ThemeCellRef | null;
  readonly onSelect: (cell: ThemeCellRef) => void;
  readonly onEdit: (themeId: string) => void;
}

/** The heat map as an ARIA grid: arrow keys move between cells, Enter or a click shows the quotes. */
export function ThemesHeatmap({
  all,
  themes,
  statements,
  provisional = null,
  referenceId,
  selected,
  onSelect,
  onEdit,
}: ThemesHeatmapProps) {
  const table = useRef<HTMLTableElement>(null);
  const themeHead = useRef<HTMLTableCellElement>(null);
  const trendHead = useRef<HTMLTableCellElement>(null);
  const [leftWidth, setLeftWidth] = useState(0);
  const [columnWidth, setColumnWidth] = useState(COLUMN_WIDTH);
  const [active, setActive] = useState({ row: 0, column: 0 });
  const [focusRequest, setFocusRequest] = useState(0);
  // Worked out once per answer, not at every render (the virtualiser and the measures render the grid several times
  // as it first shows: at 3,000 statements these took ~0.9 s of the window's thread before the first cells).
  const max = useMemo(() => highestRate(themes), [themes]);
  const indexOf = useMemo(() => new Map(all.statements.map((s, i) => [s.id, i])), [all]);
  const names = useMemo(() => columnNames(statements), [statements]);
  const row = Math.min(active.row, Math.max(0, themes.length - 1));
  const column = Math.min(active.column, Math.max(0, statements.length - 1));

  useLayoutEffect(() => {
    const element = table.current;
    if (!element) return;
    const measure = () => {
      setLeftWidth((themeHead.current?.offsetWidth ?? 0) + (trendHead.current?.offsetWidth ?? 0));
      const first = element.querySelector<HTMLElement>('.themes-head-statement');
      if (first && first.offsetWidth > 0) setColumnWidth(first.offsetWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Only the statements' columns in view are in the DOM (thousands of statements make hundreds of thousands of cells).
  const columns = useVirtualizer({
    horizontal: true,
    count: statements.length,
    getScrollElement: () => table.current?.parentElement ?? null,
    estimateSize: () => columnWidth,
    overscan: 4,
    scrollMargin: leftWidth,
    scrollPaddingStart: leftWidth,
    // The window's size until the scroller is measured: the first render already holds the cells in view (without
    // it the first render had none, and the cells came a render later, ~0.1–0.7 s at 3,000 statements).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  useEffect(() => columns.measure(), [columns, columnWidth]);
  const inView = columns.getVirtualItems().map((item) => item.index);
  const firstShown = inView[0] ?? 0;
  const before = inView.length > 0 ? firstShown * columnWidth : 0;
  const after = Math.max(0, (statements.length - firstShown - inView.length) * columnWidth);

  // Only a keyboard move asks for focus: the cell is read when the request comes, not depended on.
  const focusActive = useEffectEvent(() => {
    columns.scrollToIndex(column, { align: 'auto' });
    return whenRendered(
      () => table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`),
      (cell) => cell.focus(),
      { now: true },
    );
  });
  useEffect(() => (focusRequest === 0 ? undefined : focusActive()), [focusRequest]);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (!(event.target instanceof HTMLElement) || !event.target.dataset.cell) return;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [row, column + 1],
      ArrowLeft: [row, column - 1],
      ArrowDown: [row + 1, column],
      ArrowUp: [row - 1, column],
      Home: [row, 0],
      End: [row, statements.length - 1],
      PageDown: [row + 10, column],
      PageUp: [row - 10, column],
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const theme = themes[row];
      const statement = statements[column];
      if (theme && statement) onSelect({ themeId: theme.id, statementId: statement.id });
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setActive({
      row: Math.max(0, Math.min(themes.length - 1, move[0])),
      column: Math.max(0, Math.min(statements.length - 1, move[1])),
    });
    setFocusRequest((n) => n + 1);
  }

  return (
    <table
      ref={table}
      role="grid"
      className={`themes-heatmap${provisional ? ' is-stale' : ''}`}
      data-provisional={provisional ?? undefined}
      aria-label={`Themes by statement: occurrences per 1,000 words${provisional ? PROVISIONAL_LABELS[provisional] : ''}`}
      aria-busy={provisional !== null}
      aria-rowcount={themes.length + 1}
      aria-colcount={statements.length + 2}
      onKeyDown={onKeyDown}
    >
      <thead>
        <tr>
          <th ref={themeHead} scope="col" aria-colindex={1} className="themes-head-theme">
            Theme
          </th>
          <th ref={trendHead} scope="col" aria-colindex={2} className="themes-head-trend">
            Trend
          </th>
          <Spacer width={before} head />
          {inView.map((c) => {
            const statement = statements[c];
            if (!statement) return null;
            return (
              <th
                key={statement.id}
                scope="col"
                aria-colindex={c + 3}
                className={`themes-head-statement${c === column ? ' is-active-column' : ''}`}
                title={statement.title}
              >
                <span className="overview-year">{statement.metadata.year ?? '—'}</span>
                <span className="overview-place">{names[c]?.short.replace(/^\S+\s/, '')}</span>
                {names[c]?.kind && <span className="themes-head-kind">{names[c].kind}</span>}
                {names[c]?.title && <span className="themes-head-title">{names[c].title}</span>}
                <span className="overview-badges">
                  {statement.id === referenceId && <span className="badge badge-reference">★ ref</span>}
                  <StatementBadges statement={statement} />
                </span>
                {/* The full title while a cell of this column has the keyboard focus. */}
                <span className="full-title-tip" aria-hidden="true">
                  {statement.title}
                </span>
              </th>
            );
          })}
          <Spacer width={after} head />
        </tr>
      </thead>
      <tbody>
        {themes.map((theme, r) => {
          const trend = TREND_LABELS[theme.trend];
          return (
            <tr key={theme.id} data-theme-id={theme.id}>
              <th scope="row" aria-colindex={1} className="themes-row-head">
                <span className="themes-row-tools">
                  <span
                    className="themes-row-label"
                    title={`${theme.label} — terms: ${theme.terms.join(', ')}`}
                  >
                    {theme.label}
                  </span>
                  <SourceBadge source={theme.source} />
                  {theme.source === 'user' && (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Edit theme ${theme.label}`}
                      onClick={() => onEdit(theme.id.slice('user:'.length))}
                    >
                      Edit
                    </button>
                  )}
                </span>
              </th>
              {provisional === 'partial' ? (
                // Over the statements read so far a trend would be a guess: it comes with the answer.
                <td
                  aria-colindex={2}
                  className="themes-trend"
                  aria-label="trend when all statements are read"
                >
                  …
                </td>
              ) : (
                <td aria-colindex={2} className={`themes-trend trend-${theme.trend}`}>
                  <span aria-hidden="true">{trend.arrow}</span> {trend.word}
                </td>
              )}
              <Spacer width={before} />
              {inView.map((c) => {
                const statement = statements[c];
                if (!statement) return null;
                // A statement an answer out of date or partial does not cover: pending, no count and nothing to open.
                const at = indexOf.get(statement.id);
                const pending = at === undefined;
                const count = pending ? undefined : theme.counts[at];
                const n = count?.count ?? 0;
                const per1000 = count?.per1000 ?? 0;
                const shade = max > 0 ? per1000 / max : 0;
                const isSelected = selected?.themeId === theme.id && selected.statementId === statement.id;
                const name = `${theme.label} in ${names[c]?.full ?? ''}`;
                return (
                  <td
                    key={statement.id}
                    role="gridcell"
                    aria-colindex={c + 3}
                    tabIndex={r === row && c === column ? 0 : -1}
                    data-cell={`${r}:${c}`}
                    aria-selected={pending ? undefined : isSelected}
                    aria-label={
                      pending
                        ? `${name}: not worked out yet`
                        : `${name}: ${n} ${n === 1 ? 'occurrence' : 'occurrences'}, ${per1000.toFixed(1)} per 1,000 words`
                    }
                    className={
                      pending
                        ? 'theme-cell-pending'
                        : `theme-cell${n === 0 ? ' theme-cell-zero' : ''}${shade >= 0.55 ? ' heat-strong' : ''}${isSelected ? ' is-selected' : ''}`
                    }
                    style={pending ? undefined : ({ '--shade': shade.toFixed(3) } as CSSProperties)}
                    onFocus={() => setActive({ row: r, column: c })}
                    onClick={
                      pending ? undefined : () => onSelect({ themeId: theme.id, statementId: statement.id })
                    }
                  >
                    {pending ? (
                      '…'
                    ) : (
                      <>
                        <span className="theme-cell-count">{n}</span>
                        {n > 0 && <span className="theme-cell-rate">{per1000.toFixed(1)}</span>}
                      </>
                    )}
                  </td>
                );
              })}
              <Spacer width={after} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The highest rate per 1,000 words of any theme in any statement (0 for none). */
export function highestRate(themes: readonly Theme[]): number {
  let max = 0;
  for (const theme of themes) for (const count of theme.counts) if (count.per1000 > max) max = count.per1000;
  return max;
}

// Stands in for the columns scrolled out of view, so the table keeps the width of all of them.
function Spacer({ width, head = false }: { readonly width: number; readonly head?: boolean }) {
  const style = { width, minWidth: width, maxWidth: width, padding: 0, border: 'none' };
  return head ? <th aria-hidden="true" style={style} /> : <td aria-hidden="true" style={style} />;
}
