/**
 * The overview job: columns already worked out (this session, or kept in the library folder) are taken as they are;
 * only the statements never compared with this reference have their texts fetched and go to the worker; the
 * overview is assembled here. A library opened again shows its overview without fetching a single text.
 */
import type { Overview } from '../../shared/compare/model';
import { assembleOverview, byYear, type OverviewColumn } from '../../shared/compare/overview';
import type { Statement } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import type { StatementTexts } from '../library/statement-texts';
import type { AnalysisJobs, AnalysisProgress } from '../worker/protocol';
import type { OverviewColumnStore } from './overview-columns';

/** The part of the analysis client the overview uses: the worker's 'overview' job. */
export interface OverviewWorker {
  run(
    kind: 'overview',
    input: AnalysisJobs['overview']['input'],
    onProgress?: (progress: AnalysisProgress) => void,
  ): Promise<AnalysisJobs['overview']['output']>;
  /**
   * Starts the workers `statements` statements would go to, before their texts are in: a worker's start (its script
   * loaded and compiled) then overlaps the fetch instead of following it.
   */
  prepare?(statements: number): void;
}

/** What the overview is of. */
export interface OverviewJobInput {
  readonly reference: Statement;
  /** The reference's content hash (the library list's); null: nothing is kept or reused. */
  readonly referenceHash: string | null;
  /** The statements as the library lists them (their `hash` names their text). */
  readonly statements: readonly StatementSummary[];
  /** Where the texts of statements still to be compared come from. */
  readonly texts: Pick<StatementTexts, 'load'>;
}

const COMPARING = 'Comparing statements with the reference';
/** Statements compared (and their columns kept) per worker job. */
export const COLUMNS_PER_SLICE = 250;
/**
 * Statements compared first, alone: the grid's first columns (more than a wide screen shows: ~7 columns at 1,400
 * pixels, ~12 at 1,920), so the grid is shown with them while the rest are compared. The statements come in the
 * grid's order (by year), so these are its first. Fewer is sooner: each costs the two fresh workers ~40 ms cold.
 */
export const FIRST_COLUMNS = 16;

/** How runOverview goes about it. */
export interface RunOverviewOptions {
  /** Statements compared per worker job after the first (default COLUMNS_PER_SLICE). */
  readonly perSlice?: number;
  /** Statements compared in the first job (default FIRST_COLUMNS; never more than `perSlice`). */
  readonly firstSlice?: number;
  /**
   * Called after each slice but the last while statements are still to be compared: the overview of the statements
   * whose columns are in so far (kept or compared), in the grid's order. Called first with the grid's first columns
   * when those are kept in the library folder and the others are not all in memory or being asked for already.
   */
  readonly onPartial?: (overview: Overview) => void;
  /**
   * Awaited after the first partial overview, before the next slice goes to the worker (or the other kept columns
   * are asked for): the window shows the grid's first columns before it copies the next slice's texts to the workers
   * (at 3,000 statements ~0.1–0.3 s of its thread, measured in Chromium).
   */
  readonly firstShown?: () => Promise<void>;
}

const FETCHING = 'Fetching the texts of statements not compared before';
const READING_KEPT = 'Reading the comparisons kept in the library folder';

/** Works out the overview of `input`, comparing in the worker of `client` only what `columns` does not know. */
export async function runOverview(
  columns: OverviewColumnStore,
  client: OverviewWorker,
  input: OverviewJobInput,
  onProgress?: (progress: AnalysisProgress) => void,
  options: RunOverviewOptions = {},
): Promise<Overview> {
  const { reference, referenceHash, statements } = input;
  const perSlice = options.perSlice ?? COLUMNS_PER_SLICE;
  const firstSlice = Math.max(1, Math.min(perSlice, options.firstSlice ?? FIRST_COLUMNS));
  const total = statements.length;
  // A library reopened on its overview: the grid's first columns, kept in the library folder, are shown before the
  // rest are read (at 3,000 statements ~3.7 MB of columns, which took the window a second or more to receive and parse).
  const hashes = statements.map((s) => s.hash);
  if (referenceHash && options.onPartial && total > firstSlice && !columns.covers(referenceHash, hashes)) {
    const first = [...statements].sort(byYear).slice(0, firstSlice);
    const kept = await columns.known(
      referenceHash,
      first.map((s) => s.hash),
    );
    if (first.every((s) => kept.has(s.hash))) {
      onProgress?.({ done: first.length, total, label: READING_KEPT });
      options.onPartial(assembleOverview(reference, first, (s) => kept.get(s.hash) as OverviewColumn));
      await options.firstShown?.();
    }
  }
  const known: ReadonlyMap<string, OverviewColumn> = referenceHash
    ? await columns.known(referenceHash, hashes)
    : new Map();
  // One comparison per text: two statements with the same text share a column.
  const missing: StatementSummary[] = [];
  const seen = new Set<string>();
  for (const s of statements) {
    if (known.has(s.hash) || seen.has(s.hash)) continue;
    seen.add(s.hash);
    missing.push(s);
  }
  // In the grid's order, so the first slice holds the columns the reader sees first.
  missing.sort(byYear);
  const fresh = new Map<string, OverviewColumn>();
  const columnOf = (s: StatementSummary): OverviewColumn => {
    const column = known.get(s.hash) ?? fresh.get(s.hash);
    if (!column) throw new Error(`The overview lost the column of “${s.title}”.`);
    return column;
  };
  // In slices: each slice's columns are kept as soon as they are worked out, so an overview left half done (the
  // window closed) goes on from there next time, and no one save carries thousands of columns.
  let done = total - missing.length;
  // Slice boundaries: a small first slice (the grid's first columns), then slices of `perSlice`.
  const starts: number[] = [];
  for (let at = 0; at < missing.length; at = at === 0 ? firstSlice : at + perSlice) starts.push(at);
  const sliceAt = (k: number) => missing.slice(starts[k], starts[k + 1] ?? missing.length);
  // The texts of the first slice are fetched with their progress shown; the second slice's once the first columns are
  // shown (fetched and decoded beside the first slice's compare, they slowed it on two cores), and each next slice's
  // while the one before is compared.
  const textsOf = (k: number, shown: boolean): Promise<readonly Statement[]> => {
    const before = done;
    const loading = input.texts.load(
      sliceAt(k),
      shown ? (fetched) => onProgress?.({ done: before + fetched, total, label: FETCHING }) : undefined,
    );
    loading.catch(() => undefined); // awaited below; a failure of one not awaited (a job that failed) is no news
    return loading;
  };
  if (missing.length > 0) onProgress?.({ done, total, label: FETCHING });
  let next = missing.length > 0 ? textsOf(0, true) : null;
  if (missing.length > 0) client.prepare?.(Math.min(firstSlice, missing.length));
  for (let k = 0; k < starts.length; k++) {
    const slice = sliceAt(k);
    const before = done;
    const texts = await (next as Promise<readonly Statement[]>);
    next = k > 0 && k + 1 < starts.length ? textsOf(k + 1, false) : null;
    onProgress?.({ done, total, label: COMPARING });
    const worked = await client.run('overview', { reference, statements: texts }, (p) =>
      onProgress?.({ done: before + p.done, total, label: p.label }),
    );
    const sliceColumns = new Map(slice.map((s, i) => [s.hash, worked[i] as OverviewColumn]));
    for (const [hash, column] of sliceColumns) fresh.set(hash, column);
    if (referenceHash) columns.remember(referenceHash, sliceColumns);
    done += slice.length;
    if (options.onPartial && k + 1 < starts.length) {
      const sofar = statements.filter((s) => known.has(s.hash) || fresh.has(s.hash));
      options.onPartial(assembleOverview(reference, sofar, columnOf));
      if (k === 0) await options.firstShown?.();
    }
    if (k === 0 && k + 1 < starts.length) next = textsOf(k + 1, false);
  }
  return assembleOverview(reference, statements, columnOf);
}
