/** The theme × statement heat map: per-1,000-words shade and count per cell, a trend per theme. */
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Statement } from '../../shared/statements/model';
import type { Theme, Themes } from '../../shared/themes/model';
import { StatementBadges } from '../library/statement-badges';
import { shortName } from '../overview/overview-model';
import { SourceBadge } from './source-badge';
import { TREND_LABELS } from './theme-series';

/** A cell of the heat map: a theme in a statement. */
export interface ThemeCellRef {
  readonly themeId: string;
  readonly statementId: string;
}

/** Props of ThemesHeatmap. */
export interface ThemesHeatmapProps {
  readonly all: Themes;
  /** The themes to show (after the source filter), in order. */
  readonly themes: readonly Theme[];
  /** The statements of the columns, in `all.statements` order. */
  readonly statements: readonly Statement[];
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
  referenceId,
  selected,
  onSelect,
  onEdit,
}: ThemesHeatmapProps) {
  const table = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState({ row: 0, column: 0 });
  const [focusRequest, setFocusRequest] = useState(0);
  const max = Math.max(0, ...themes.flatMap((t) => t.counts.map((c) => c.per1000)));
  const row = Math.min(active.row, Math.max(0, themes.length - 1));
  const column = Math.min(active.column, Math.max(0, statements.length - 1));

  useEffect(() => {
    if (focusRequest === 0) return;
    table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`)?.focus();
    // Only a keyboard move asks for focus.
  }, [focusRequest]);

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

  const indexOf = new Map(all.statements.map((s, i) => [s.id, i]));
  return (
    <table
      ref={table}
      role="grid"
      className="themes-heatmap"
      aria-label="Themes by statement: occurrences per 1,000 words"
      aria-rowcount={themes.length + 1}
      onKeyDown={onKeyDown}
    >
      <thead>
        <tr>
          <th scope="col" className="themes-head-theme">
            Theme
          </th>
          <th scope="col" className="themes-head-trend">
            Trend
          </th>
          {statements.map((statement) => (
            <th key={statement.id} scope="col" className="themes-head-statement" title={statement.title}>
              <span className="overview-year">{statement.metadata.year ?? '—'}</span>
              <span className="overview-place">{shortName(statement).replace(/^\S+\s/, '')}</span>
              <span className="overview-badges">
                {statement.id === referenceId && <span className="badge badge-reference">★ ref</span>}
                <StatementBadges statement={statement} />
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {themes.map((theme, r) => {
          const trend = TREND_LABELS[theme.trend];
          return (
            <tr key={theme.id} data-theme-id={theme.id}>
              <th scope="row" className="themes-row-head">
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
              <td className={`themes-trend trend-${theme.trend}`}>
                <span aria-hidden="true">{trend.arrow}</span> {trend.word}
              </td>
              {statements.map((statement, c) => {
                const count = theme.counts[indexOf.get(statement.id) ?? -1];
                const n = count?.count ?? 0;
                const per1000 = count?.per1000 ?? 0;
                const shade = max > 0 ? per1000 / max : 0;
                const isSelected = selected?.themeId === theme.id && selected.statementId === statement.id;
                return (
                  <td
                    key={statement.id}
                    role="gridcell"
                    tabIndex={r === row && c === column ? 0 : -1}
                    data-cell={`${r}:${c}`}
                    aria-selected={isSelected}
                    aria-label={`${theme.label} in ${shortName(statement)}: ${n} ${n === 1 ? 'occurrence' : 'occurrences'}, ${per1000.toFixed(1)} per 1,000 words`}
                    className={`theme-cell${n === 0 ? ' theme-cell-zero' : ''}${shade >= 0.55 ? ' heat-strong' : ''}${isSelected ? ' is-selected' : ''}`}
                    style={{ '--shade': shade.toFixed(3) } as CSSProperties}
                    onFocus={() => setActive({ row: r, column: c })}
                    onClick={() => onSelect({ themeId: theme.id, statementId: statement.id })}
                  >
                    <span className="theme-cell-count">{n}</span>
                    {n > 0 && <span className="theme-cell-rate">{per1000.toFixed(1)}</span>}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
