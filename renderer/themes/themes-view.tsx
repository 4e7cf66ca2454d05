/** The themes view: a theme × year heat map with quotes per cell, a source filter, and the user's themes. */
import { useEffect, useMemo, useState } from 'react';
import type { StatementSummary } from '../../shared/statements/summary';
import type { ThemeSource } from '../../shared/themes/model';
import type { UserTheme } from '../../shared/themes/user-theme';
import { ShadeScale } from '../overview/shade-scale';
import { TextsProgress } from '../library/texts-progress';
import { useStatements } from '../library/use-statements';
import { JobError, JobProgress } from '../worker/job-progress';
import { useBackgroundJob } from '../worker/use-background-job';
import { ExportButton } from '../export/export-button';
import { useAppState } from '../state/store-context';
import { THEME_SOURCES } from '../state/ui-slice';
import { usePublishExport } from '../export/export-sources';
import { QuotesPanel } from './quotes-panel';
import { highestRate, ThemesHeatmap, type ThemeCellRef } from './themes-heatmap';
import { TREND_LABELS } from './theme-series';
import { themesJob } from './themes-input';
import { answerChanges, describeChanges } from '../../shared/themes/stale-answer';
import { UserThemeDialog } from './user-theme-dialog';
import '../overview/overview.css';
import './themes.css';

/** Props of ThemesView. */
export interface ThemesViewProps {
  /**
   * The statements the library shows (samples only when not hidden), as summaries: the themes kept in the library
   * folder show without a text; the texts are fetched when they must be worked out, or for a cell's quotes.
   */
  readonly statements: readonly StatementSummary[];
  readonly reference: StatementSummary;
  readonly userThemes: readonly UserTheme[];
  /** Saves the user's themes with the library and reloads it. */
  readonly onSaveUserThemes: (themes: readonly UserTheme[]) => Promise<void>;
  /** Opens the compare view at a paragraph of a statement, with the theme marked there. */
  readonly onOpen: (statementId: string, block: string, themeId: string) => void;
}

type Editing = { readonly kind: 'add' } | { readonly kind: 'edit'; readonly theme: UserTheme };

/** The view; themes are worked out in the background worker over the statements shown. */
export function ThemesView({ statements, reference, userThemes, onSaveUserThemes, onOpen }: ThemesViewProps) {
  const texts = useAppState((state) => state.texts);
  const refresh = useAppState((state) => state.refresh);
  const sources = useAppState((state) => state.themeSources);
  const setSources = useAppState((state) => state.setThemeSources);
  const chosen = useAppState((state) => state.location.cell);
  const setThemesCell = useAppState((state) => state.setThemesCell);
  const cell: ThemeCellRef | null = useMemo(
    () => (chosen ? { themeId: chosen.theme, statementId: chosen.statement } : null),
    [chosen],
  );
  const setCell = (next: ThemeCellRef | null) =>
    setThemesCell(next ? { theme: next.themeId, statement: next.statementId } : null);
  const [editing, setEditing] = useState<Editing | null>(null);

  const job = useMemo(
    () => themesJob(statements, reference, userThemes),
    [statements, reference, userThemes],
  );
  // The themes the view opens with are asked for at once (kept ones show sooner); a later change waits a moment, so
  // a burst of changes asks once.
  const [openedWith] = useState(job.key);
  const state = useBackgroundJob('themes', job.input, job.key, job.key === openedWith ? 0 : 100);
  const current = state.status === 'ready' ? state.output : null;
  // While the themes are worked out, the last answer kept for an earlier state of the library, marked out of date;
  // else the built-in and user themes of the statements read so far, marked partial.
  const soFar = state.status === 'computing' ? (state.partial ?? null) : null;
  const stale = soFar?.kind === 'out-of-date' ? soFar.themes : null;
  const reading = soFar?.kind === 'reading' ? soFar : null;
  const shownSoFar = stale ?? reading?.themes ?? null;
  const all = current ?? shownSoFar;
  // Only the current answer is exported.
  usePublishExport(useMemo(() => (current ? { kind: 'themes' as const, themes: current } : null), [current]));
  const columns = job.input.statements;
  const changes = useMemo(() => (stale ? answerChanges(stale, job.input) : null), [stale, job.input]);
  const shown = useMemo(() => (all ? all.themes.filter((t) => sources.has(t.source)) : []), [all, sources]);
  const highest = useMemo(() => highestRate(shown), [shown]);
  const bySource = useMemo(() => {
    const counts = new Map<ThemeSource, number>();
    for (const t of all?.themes ?? []) counts.set(t.source, (counts.get(t.source) ?? 0) + 1);
    return counts;
  }, [all]);

  useEffect(() => {
    document.title = `Plenary Diff — Themes across ${columns.length} statements`;
  }, [columns.length]);

  // An answer out of date or partial has no quotes for a statement it does not cover.
  const quotable =
    all && cell && (!shownSoFar || shownSoFar.statements.some((s) => s.id === cell.statementId));
  const selectedTheme = quotable ? all.themes.find((t) => t.id === cell.themeId) : undefined;
  const selectedSummary = cell ? columns.find((s) => s.id === cell.statementId) : undefined;
  // The quotes need the chosen statement's text (already here when the themes were worked out in this window).
  const selectedText = useStatements(
    texts,
    useMemo(() => (selectedSummary ? [selectedSummary] : null), [selectedSummary]),
  );
  const selectedStatement = selectedText.status === 'ready' ? selectedText.statements[0] : undefined;

  return (
    <div className="themes-view">
      <div className="themes-toolbar" role="toolbar" aria-label="Themes">
        <h2 className="overview-title">Themes</h2>
        <span className="muted themes-scope">across {columns.length} statements, by year</span>
        <fieldset className="source-filter">
          <legend className="visually-hidden">Show themes from</legend>
          {THEME_SOURCES.map((source) => (
            <label key={source} className="checkbox-row source-choice">
              <input
                type="checkbox"
                checked={sources.has(source)}
                onChange={(event) => {
                  const next = new Set(sources);
                  if (event.currentTarget.checked) next.add(source);
                  else next.delete(source);
                  setSources(next);
                }}
              />
              <span className={`badge source-badge source-${source}`}>{source}</span>
              {/* Nothing is discovered before all statements are read: no count that looks final. */}
              {all && !reading && <span className="muted">{bySource.get(source) ?? 0}</span>}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'add' })}>
          + Add a theme
        </button>
        <ExportButton />
      </div>
      {state.status === 'computing' && changes ? (
        <div className="notice themes-stale" data-testid="themes-stale">
          <p className="notice-line">
            <strong>Out of date — updating for {describeChanges(changes)}.</strong>{' '}
            {changes.added > 0
              ? 'Until then these are the themes as they were; cells marked “…” are not worked out yet.'
              : 'Until then these are the themes as they were.'}
          </p>
          <JobProgress progress={state.progress} fallback="Updating the themes" />
        </div>
      ) : reading && state.status === 'computing' ? (
        <div className="notice themes-stale" data-testid="themes-partial">
          <p className="notice-line">
            <strong>
              Working out the themes —{' '}
              {userThemes.length > 0 ? 'built-in and your themes' : 'built-in themes'} for{' '}
              {reading.read.toLocaleString('en')} of {reading.total.toLocaleString('en')} statements;
              recurring phrases come when all are read.
            </strong>{' '}
            {reading.read < reading.total
              ? 'Cells marked “…” are not read yet; counts may still change.'
              : 'Counts may still grow.'}
          </p>
          <JobProgress progress={state.progress} fallback="Finding recurring themes" />
        </div>
      ) : (
        state.status === 'computing' && (
          <JobProgress progress={state.progress} fallback="Finding recurring themes" />
        )
      )}
      {state.status === 'error' && (
        <JobError
          what="The themes"
          message={state.message}
          advice="check your themes’ terms (Edit) or reload the window"
          onRetry={state.retry}
        />
      )}
      {all && (
        <div className="themes-main">
          <div className="themes-table-scroller">
            {shown.length === 0 ? (
              <p className="overview-note" role="status">
                {sources.size === 0
                  ? 'No source is ticked: tick discovered, lexicon or user above.'
                  : 'No theme to show from these sources. Add one of your own with “+ Add a theme”.'}
              </p>
            ) : (
              <ThemesHeatmap
                all={all}
                themes={shown}
                statements={columns}
                provisional={stale ? 'out-of-date' : reading ? 'partial' : null}
                referenceId={all.reference}
                selected={cell}
                onSelect={setCell}
                onEdit={(id) => {
                  const theme = userThemes.find((t) => t.id === id);
                  if (theme) setEditing({ kind: 'edit', theme });
                }}
              />
            )}
            <ThemesLegend max={highest} />
          </div>
          {selectedTheme && selectedStatement ? (
            <QuotesPanel
              all={all}
              theme={selectedTheme}
              statement={selectedStatement}
              onOpen={(statementId, block) => onOpen(statementId, block, selectedTheme.id)}
              onClose={() => setCell(null)}
            />
          ) : selectedTheme && selectedSummary ? (
            <aside className="quotes-panel quotes-hint" aria-label="Quotes">
              <TextsProgress state={selectedText} onRetry={() => void refresh()} />
            </aside>
          ) : (
            <aside className="quotes-panel quotes-hint" aria-label="Quotes">
              <p>Choose a cell to read where the theme occurs in that statement.</p>
              <p className="muted">
                A cell’s shade is the theme’s occurrences per 1,000 words of the statement, darkest for the
                highest rate in the table; the number is how many times it occurs.
              </p>
            </aside>
          )}
        </div>
      )}
      {editing && (
        <UserThemeDialog
          theme={editing.kind === 'edit' ? editing.theme : null}
          userThemes={userThemes}
          onSave={onSaveUserThemes}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

function ThemesLegend({ max }: { readonly max: number }) {
  return (
    <div className="overview-legend themes-legend" role="group" aria-label="Legend">
      <ShadeScale
        title={`Cell shade: occurrences per 1,000 words of the statement, from 0 (lightest) to ${max.toFixed(1)} (darkest)`}
        ticks={['0', (max / 2).toFixed(1), max.toFixed(1)]}
        caption="per 1,000 words; the number in a cell is the count"
      />
      <ul className="legend-ops" aria-label="Trends">
        {Object.values(TREND_LABELS).map((trend) => (
          <li key={trend.word}>
            <span aria-hidden="true">{trend.arrow}</span> {trend.word}
          </li>
        ))}
      </ul>
    </div>
  );
}
