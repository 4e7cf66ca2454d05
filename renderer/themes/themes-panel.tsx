/** The themes panel beside the compare view: recurring themes, their sparklines and counts, and stepping. */
import { useId, useMemo, useState } from 'react';
import type { Statement } from '../../shared/statements/model';
import type { Theme, Themes } from '../../shared/themes/model';
import { JobError, JobProgress } from '../worker/job-progress';
import { SourceBadge } from './source-badge';
import { Sparkline } from './sparkline';
import { CHANGE_LABELS, countIn, themeChange, yearSeries, type ThemeChange } from './theme-series';
import type { ThemesPanelState } from './use-themes-panel';
import './themes.css';

/** The collapsible panel; closed, it is a narrow rail with a button to open it. */
export function ThemesPanel({ state }: { readonly state: ThemesPanelState }) {
  const panelId = useId();
  if (!state.open) {
    return (
      <div className="themes-rail">
        <button
          type="button"
          className="themes-rail-button"
          aria-expanded="false"
          aria-controls={panelId}
          onClick={() => state.setOpen(true)}
          aria-label="Show the themes panel"
          title="Show the recurring themes beside the text"
        >
          <span aria-hidden="true">◂</span> Themes
        </button>
      </div>
    );
  }
  const { job } = state;
  return (
    <aside id={panelId} className="themes-panel" aria-label="Themes">
      <header className="themes-panel-header">
        <h2 className="themes-panel-title">Themes</h2>
        <button
          type="button"
          className="icon-button"
          aria-expanded="true"
          aria-controls={panelId}
          aria-label="Hide the themes panel"
          onClick={() => state.setOpen(false)}
        >
          ▸
        </button>
      </header>
      {job.status === 'computing' && (
        <JobProgress progress={job.progress} fallback="Finding recurring themes" />
      )}
      {job.status === 'error' && (
        <JobError
          what="The themes"
          message={job.message}
          advice="reload the window"
          onRetry={job.retry}
          className="panel-notice"
        />
      )}
      {job.status === 'ready' && <PanelBody state={state} all={job.output} />}
    </aside>
  );
}

function PanelBody({ state, all }: { readonly state: ThemesPanelState; readonly all: Themes }) {
  const { reference, other, selected } = state;
  const [showElsewhere, setShowElsewhere] = useState(false);
  const groups = useMemo(() => group(all, other.id), [all, other.id]);
  const years = [reference.metadata.year, other.metadata.year];
  return (
    <>
      {selected && <Stepper state={state} all={all} theme={selected} />}
      <p className="themes-panel-intro muted">
        Across {all.statements.length} statements, relative to the reference. Choose a theme to mark it in
        both columns.
      </p>
      <div className="themes-panel-list">
        <ThemeGroup
          title="Gained or lost here"
          themes={groups.changed}
          all={all}
          state={state}
          years={years}
          empty="This statement carries the same themes as the reference."
        />
        <ThemeGroup title="In both" themes={groups.kept} all={all} state={state} years={years} />
        {groups.elsewhere.length > 0 && (
          <label className="checkbox-row themes-elsewhere-toggle">
            <input
              type="checkbox"
              checked={showElsewhere}
              onChange={(event) => setShowElsewhere(event.currentTarget.checked)}
            />
            Show {groups.elsewhere.length} themes found only in other statements
          </label>
        )}
        {showElsewhere && (
          <ThemeGroup
            title="Only in other statements"
            themes={groups.elsewhere}
            all={all}
            state={state}
            years={years}
          />
        )}
      </div>
    </>
  );
}

function ThemeGroup({
  title,
  themes,
  all,
  state,
  years,
  empty,
}: {
  readonly title: string;
  readonly themes: readonly Theme[];
  readonly all: Themes;
  readonly state: ThemesPanelState;
  readonly years: readonly (number | null)[];
  readonly empty?: string;
}) {
  const headingId = useId();
  if (themes.length === 0 && !empty) return null;
  return (
    <section className="theme-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="theme-group-title">
        {title} <span className="muted">({themes.length})</span>
      </h3>
      {themes.length === 0 ? (
        <p className="muted theme-group-empty">{empty}</p>
      ) : (
        <ul className="theme-list">
          {themes.map((theme) => (
            <ThemeItem key={theme.id} theme={theme} all={all} state={state} years={years} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ThemeItem({
  theme,
  all,
  state,
  years,
}: {
  readonly theme: Theme;
  readonly all: Themes;
  readonly state: ThemesPanelState;
  readonly years: readonly (number | null)[];
}) {
  const { reference, other } = state;
  const change = themeChange(all, theme, other.id);
  const inReference = countIn(all, theme, reference.id);
  const inOther = countIn(all, theme, other.id);
  const [referenceName, otherName] = sideNames(reference, other);
  const pressed = state.selected?.id === theme.id;
  const label = `${theme.label}, ${theme.source} theme${change === 'gained' || change === 'lost' ? `, ${CHANGE_LABELS[change].word}` : ''}: ${inReference} in ${referenceName}, ${inOther} in ${otherName}`;
  return (
    <li>
      <button
        type="button"
        className={`theme-item${pressed ? ' is-selected' : ''}`}
        aria-pressed={pressed}
        aria-label={label}
        data-theme-id={theme.id}
        onClick={() => state.select(pressed ? null : theme.id)}
      >
        <span className="theme-item-top">
          <span className="theme-label">{theme.label}</span>
          <SourceBadge source={theme.source} />
          <ChangeBadge change={change} />
        </span>
        <span className="theme-item-bottom">
          <Sparkline series={yearSeries(all, theme)} highlight={years} label={theme.label} />
          <span className="theme-counts">
            <span title={`Occurrences in ${reference.title}`}>
              {referenceName} <strong>{inReference}</strong>
            </span>
            <span aria-hidden="true"> · </span>
            <span title={`Occurrences in ${other.title}`}>
              {otherName} <strong>{inOther}</strong>
            </span>
          </span>
        </span>
      </button>
    </li>
  );
}

/** A "+ gained" / "− lost" badge: the symbol and the word, never colour alone. */
export function ChangeBadge({ change }: { readonly change: ThemeChange }) {
  if (change !== 'gained' && change !== 'lost') return null;
  const label = CHANGE_LABELS[change];
  return (
    <span
      className={`badge change-badge change-${change}`}
      title={change === 'gained' ? 'Not in the reference, found here' : 'In the reference, not found here'}
    >
      {label.symbol} {label.word}
    </span>
  );
}

function Stepper({
  state,
  all,
  theme,
}: {
  readonly state: ThemesPanelState;
  readonly all: Themes;
  readonly theme: Theme;
}) {
  const { occurrences, current, reference, other } = state;
  const [referenceName, otherName] = sideNames(reference, other);
  const count = occurrences.length;
  return (
    <div className="theme-stepper" role="group" aria-label={`Occurrences of ${theme.label}`}>
      <div className="theme-stepper-top">
        <span className="theme-stepper-label">
          <mark className="theme-mark">{theme.label}</mark>
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label="Clear the highlighted theme"
          onClick={() => state.select(null)}
        >
          ×
        </button>
      </div>
      <p className="theme-stepper-terms muted" title={theme.terms.join(', ')}>
        {theme.terms.slice(0, 6).join(', ')}
        {theme.terms.length > 6 ? ', …' : ''}
      </p>
      <div className="change-nav">
        <button
          type="button"
          className="button button-small"
          onClick={state.previous}
          disabled={count === 0}
          aria-label="Previous occurrence"
        >
          ↑ Prev
        </button>
        <span className="occurrence-counter" aria-live="polite" data-testid="occurrence-counter">
          {count === 0
            ? 'not in these two'
            : current === null
              ? `${count} occurrences`
              : `occurrence ${current + 1} of ${count}`}
        </span>
        <button
          type="button"
          className="button button-small"
          onClick={state.next}
          disabled={count === 0}
          aria-label="Next occurrence"
        >
          ↓ Next
        </button>
      </div>
      <p className="muted theme-stepper-counts">
        {countIn(all, theme, reference.id)} in {referenceName} · {countIn(all, theme, other.id)} in{' '}
        {otherName}
      </p>
    </div>
  );
}

function group(all: Themes, otherId: string) {
  const changed: Theme[] = [];
  const kept: Theme[] = [];
  const elsewhere: Theme[] = [];
  for (const theme of all.themes) {
    const change = themeChange(all, theme, otherId);
    if (change === 'gained' || change === 'lost') changed.push(theme);
    else if (change === 'kept') kept.push(theme);
    else elsewhere.push(theme);
  }
  return { changed, kept, elsewhere };
}

// Years name the two sides briefly; words do when the years are missing or the same.
function sideNames(reference: Statement, other: Statement): readonly [string, string] {
  const a = reference.metadata.year;
  const b = other.metadata.year;
  if (a === null || b === null || a === b) return ['reference', 'this statement'];
  return [String(a), String(b)];
}
