/**
 * The overview job: columns already worked out (this session, or kept in the library folder) are taken as they are;
 * only the statements never compared with this reference have their texts fetched and go to the worker; the
 * overview is assembled here. A library opened again shows its overview without fetching a single text.
 */
import type { Overview } from '../../shared/compare/model';
import { assembleOverview, type OverviewColumn } from '../../shared/compare/overview';
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
const FETCHING = 'Fetching the texts of statements not compared before';

/** Works out the overview of `input`, comparing in the worker of `client` only what `columns` does not know. */
export async function runOverview(
  columns: OverviewColumnStore,
  client: OverviewWorker,
  input: OverviewJobInput,
  onProgress?: (progress: AnalysisProgress) => void,
  perSlice = COLUMNS_PER_SLICE,
): Promise<Overview> {
  const { reference, referenceHash, statements } = input;
  const total = statements.length;
  const known: ReadonlyMap<string, OverviewColumn> = referenceHash
    ? await columns.known(
        referenceHash,
        statements.map((s) => s.hash),
      )
    : new Map();
  // One comparison per text: two statements with the same text share a column.
  const missing: StatementSummary[] = [];
  const seen = new Set<string>();
  for (const s of statements) {
    if (known.has(s.hash) || seen.has(s.hash)) continue;
    seen.add(s.hash);
    missing.push(s);
  }
  const fresh = new Map<string, OverviewColumn>();
  // In slices: each slice's columns are kept as soon as they are worked out, so an overview left half done (the
  // window closed) goes on from there next time, and no one save carries thousands of columns.
  let done = total - missing.length;
  // The texts of the first slice are fetched with their progress shown; each next slice's while this one is compared.
  const textsOf = (at: number, shown: boolean): Promise<readonly Statement[]> => {
    const before = done;
    const loading = input.texts.load(
      missing.slice(at, at + perSlice),
      shown ? (fetched) => onProgress?.({ done: before + fetched, total, label: FETCHING }) : undefined,
    );
    loading.catch(() => undefined); // awaited below; a failure of one not awaited (a job that failed) is no news
    return loading;
  };
  if (missing.length > 0) onProgress?.({ done, total, label: FETCHING });
  let next = missing.length > 0 ? textsOf(0, true) : null;
  for (let at = 0; at < missing.length; at += perSlice) {
    const slice = missing.slice(at, at + perSlice);
    const before = done;
    const texts = await (next as Promise<readonly Statement[]>);
    next = at + perSlice < missing.length ? textsOf(at + perSlice, false) : null;
    onProgress?.({ done, total, label: COMPARING });
    const worked = await client.run('overview', { reference, statements: texts }, (p) =>
      onProgress?.({ done: before + p.done, total, label: p.label }),
    );
    const sliceColumns = new Map(slice.map((s, i) => [s.hash, worked[i] as OverviewColumn]));
    for (const [hash, column] of sliceColumns) fresh.set(hash, column);
    if (referenceHash) columns.remember(referenceHash, sliceColumns);
    done += slice.length;
  }
  return assembleOverview(reference, statements, (s) => {
    const column = known.get(s.hash) ?? fresh.get(s.hash);
    if (!column) throw new Error(`The overview lost the column of “${s.title}”.`);
    return column;
  });
}
