/** The overview view: which reference paragraphs live on in which statements, as a heat map. */
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { byYear } from '../../shared/compare/overview';
import type { Statement } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import { ExportButton } from '../export/export-button';
import { usePublishExport } from '../export/export-sources';
import { StatementBadges } from '../library/statement-badges';
import { titleWithYear } from '../library/statement-labels';
import { useAppState } from '../state/store-context';
import { JobError, JobProgress } from '../worker/job-progress';
import { statementsKey, useBackgroundJob } from '../worker/use-background-job';
import { OverviewGrid } from './overview-grid';
import { OverviewLegend } from './overview-legend';
import { overviewColumns, overviewRows } from './overview-model';
import { FIRST_COLUMNS } from './run-overview';
import './overview.css';

/** How long the overview waits before comparing, so a burst of changes (ticking several statements) asks once. */
const COMPARING_PAUSE_MS = 150;
/**
 * Above this many statements the reference chooser lists only the chosen one until it is focused or pressed, or the
 * overview is shown whole: at 3,000 each of its options is laid out again with the page (measured in Chromium:
 * a full layout of the overview 130–260 ms with 3,000 options, 25–80 ms without).
 */
const REFERENCE_OPTIONS_LATER = 200;

/** Props of OverviewView. */
export interface OverviewViewProps {
  /** The statements the library shows (samples only when not hidden); their texts are fetched only if needed. */
  readonly statements: readonly StatementSummary[];
  readonly reference: Statement;
  readonly onReferenceChange: (id: string) => void;
  /** Opens the compare view for a statement, at a reference paragraph (null: at the top). */
  readonly onOpen: (statementId: string, referenceBlock: string | null) => void;
}

/** The overview: reference and statements chosen above, the heat map and its legend below. */
export function OverviewView({ statements, reference, onReferenceChange, onOpen }: OverviewViewProps) {
  // Statements left out by the reader, kept while the app runs (new imports are in by default).
  const excluded = useAppState((state) => state.overviewExcluded);
  const setExcluded = useAppState((state) => state.setOverviewExcluded);
  const texts = useAppState((state) => state.texts);
  const referenceId = useId();
  const candidates = useMemo(
    () => statements.filter((s) => s.id !== reference.id).sort(byYear),
    [statements, reference.id],
  );
  const chosen = useMemo(() => candidates.filter((s) => !excluded.has(s.id)), [candidates, excluded]);
  // Memoised: at 3,000 statements the key is a string of ~100 kB, built and hashed (the job cache's lookup) on every
  // render otherwise — and the progress notes re-render the view ten times a second.
  const key = useMemo(() => `${reference.id}#${statementsKey(chosen)}`, [reference.id, chosen]);
  const referenceHash = statements.find((s) => s.id === reference.id)?.hash ?? null;
  const input = useMemo(
    () => ({ reference, referenceHash, statements: chosen, texts }),
    [reference, referenceHash, chosen, texts],
  );
  const columnStore = useAppState((state) => state.overviewColumns);
  // The pause lets a burst of ticks ask once; columns kept (or being fetched) have nothing to compare, so no pause:
  // the grid's first ones decide (a reopened library asks those first, the others once they are shown).
  const delayMs = useMemo(
    () =>
      referenceHash !== null &&
      columnStore.covers(
        referenceHash,
        chosen.slice(0, FIRST_COLUMNS).map((s) => s.hash),
      )
        ? 0
        : COMPARING_PAUSE_MS,
    [columnStore, referenceHash, chosen],
  );
  const job = useBackgroundJob('overview', chosen.length > 0 ? input : null, key, delayMs);

  useEffect(() => {
    document.title = `Plenary Diff — Overview of ${reference.title}`;
  }, [reference.title]);

  const complete = job.status === 'ready' ? job.output : null;
  // While the rest are compared, the grid shows the statements compared so far (the grid's first come first).
  const partial = job.status === 'computing' ? (job.partial ?? null) : null;
  const result = complete ?? partial;
  usePublishExport(
    useMemo(() => (complete ? { kind: 'overview' as const, overview: complete } : null), [complete]),
  );
  const columns = useMemo(() => (result ? overviewColumns(result) : []), [result]);
  const rows = useMemo(() => (result ? overviewRows(result) : []), [result]);

  return (
    <div className="overview" data-overview={complete ? 'complete' : partial ? 'partial' : 'none'}>
      <div className="overview-toolbar" role="toolbar" aria-label="Overview">
        <h2 className="overview-title">Overview</h2>
        <label className="overview-field" htmlFor={referenceId}>
          Reference
        </label>
        <ReferenceSelect
          id={referenceId}
          statements={statements}
          value={reference.id}
          onChange={onReferenceChange}
          settled={job.status !== 'computing'}
        />
        <StatementChooser
          candidates={candidates}
          excluded={excluded}
          onChange={setExcluded}
          chosenCount={chosen.length}
        />
        <ExportButton />
      </div>
      {candidates.length === 0 ? (
        <div className="empty-state">
          <span className="empty-symbol" aria-hidden="true">
            ⤓
          </span>
          <p className="empty-title">Drop statement files here</p>
          <p className="muted">
            Only the reference is in the library. Import other years’ statements (or show the samples) to see
            which of its paragraphs live on.
          </p>
        </div>
      ) : chosen.length === 0 ? (
        <p className="overview-note" role="status">
          No statement is chosen. Tick at least one under “Statements”.
        </p>
      ) : (
        <>
          {job.status === 'computing' && (
            <JobProgress progress={job.progress} fallback="Comparing statements with the reference" />
          )}
          {partial && (
            <p className="overview-note overview-note-under-progress" role="note">
              Shown so far: {partial.statements.length.toLocaleString('en')} of{' '}
              {chosen.length.toLocaleString('en')} statements; the others are added as they are compared.
            </p>
          )}
          {job.status === 'error' && (
            <JobError
              what="The overview"
              message={job.message}
              advice="untick the statement imported last (it may be damaged) or reload the window"
              onRetry={job.retry}
            />
          )}
          {result && rows.length === 0 && (
            <p className="overview-note" role="status">
              The reference has no body paragraphs to follow. Choose another reference.
            </p>
          )}
          {result && rows.length > 0 && (
            <>
              <OverviewLegend />
              <OverviewGrid overview={result} columns={columns} rows={rows} onOpen={onOpen} />
            </>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The reference chooser: one option per statement (thousands in a large library), so memoised — the progress notes
 * of an overview being compared re-render the view around it many times a second. In a large library its options
 * come when the reader reaches for it (focus, pointer) or once the overview is settled and the window idle, so the
 * grid's first renders and layouts do not carry them.
 */
const ReferenceSelect = memo(function ReferenceSelect({
  id,
  statements,
  value,
  onChange,
  settled,
}: {
  readonly id: string;
  readonly statements: readonly StatementSummary[];
  readonly value: string;
  readonly onChange: (id: string) => void;
  /** False while the overview is being worked out. */
  readonly settled: boolean;
}) {
  const later = statements.length > REFERENCE_OPTIONS_LATER;
  const [listed, setListed] = useState(!later);
  useEffect(() => {
    if (listed || !settled) return;
    const list = () => setListed(true);
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(list, 0);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(list, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [listed, settled]);
  // Before the select opens or takes a key: its options must be there when the browser shows them.
  const listNow = () => {
    if (!listed) flushSync(() => setListed(true));
  };
  const shown = useMemo(
    () => (listed ? [...statements].sort(byYear) : statements.filter((s) => s.id === value)),
    [listed, statements, value],
  );
  return (
    <select
      id={id}
      className={later ? 'overview-select overview-select-wide' : 'overview-select'}
      value={value}
      onFocus={listNow}
      onPointerDown={listNow}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      {shown.map((s) => (
        <option key={s.id} value={s.id}>
          {titleWithYear(s)}
          {s.sample ? ' (sample)' : ''}
        </option>
      ))}
    </select>
  );
});

function StatementChooser({
  candidates,
  excluded,
  onChange,
  chosenCount,
}: {
  readonly candidates: readonly StatementSummary[];
  readonly excluded: ReadonlySet<string>;
  readonly onChange: (excluded: ReadonlySet<string>) => void;
  readonly chosenCount: number;
}) {
  // The list is in the DOM only while it is open: thousands of rows in a closed panel cost every render of the view.
  const [open, setOpen] = useState(false);
  if (candidates.length === 0) return null;
  return (
    <details className="overview-chooser" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button button-small">
        Statements: {chosenCount} of {candidates.length}
      </summary>
      <fieldset className="overview-chooser-panel">
        <legend className="visually-hidden">Statements in the overview</legend>
        <div className="overview-chooser-actions">
          <button type="button" className="link-button" onClick={() => onChange(new Set())}>
            All
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(new Set(candidates.map((s) => s.id)))}
          >
            None
          </button>
        </div>
        {(open ? candidates : []).map((s) => (
          <label key={s.id} className="checkbox-row overview-choice">
            <input
              type="checkbox"
              checked={!excluded.has(s.id)}
              onChange={(event) => {
                const next = new Set(excluded);
                if (event.currentTarget.checked) next.delete(s.id);
                else next.add(s.id);
                onChange(next);
              }}
            />
            <span className="overview-choice-title">{titleWithYear(s)}</span>
            <StatementBadges statement={s} />
          </label>
        ))}
      </fieldset>
    </details>
  );
}
