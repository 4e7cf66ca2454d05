/**
 * The overview job: columns already worked out (this session, or kept in the library folder) are taken as they are;
 * only the statements never compared with this reference go to the worker; the overview is assembled here.
 */
import type { Overview } from '../../shared/compare/model';
import { assembleOverview, type OverviewColumn } from '../../shared/compare/overview';
import type { Statement } from '../../shared/statements/model';
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
  readonly statements: readonly Statement[];
  /** Content hash by statement id (the library list's); a statement without one is compared every time. */
  readonly hashes: ReadonlyMap<string, string>;
}

const LABEL = 'Comparing statements with the reference';

/** Works out the overview of `input`, comparing in the worker of `client` only what `columns` does not know. */
export async function runOverview(
  columns: OverviewColumnStore,
  client: OverviewWorker,
  input: OverviewJobInput,
  onProgress?: (progress: AnalysisProgress) => void,
): Promise<Overview> {
  const { reference, statements, hashes } = input;
  const total = statements.length;
  const referenceHash = hashes.get(reference.id);
  const known: ReadonlyMap<string, OverviewColumn> = referenceHash
    ? await columns.known(
        referenceHash,
        statements.flatMap((s) => hashes.get(s.id) ?? []),
      )
    : new Map();
  const columnOf = (s: Statement) => {
    const hash = hashes.get(s.id);
    return hash === undefined ? undefined : known.get(hash);
  };
  // One comparison per text: two statements with the same text share a column.
  const missing: Statement[] = [];
  const seen = new Set<string>();
  for (const s of statements) {
    if (columnOf(s)) continue;
    const text = hashes.get(s.id) ?? `id:${s.id}`;
    if (seen.has(text)) continue;
    seen.add(text);
    missing.push(s);
  }
  const fresh = new Map<string, OverviewColumn>();
  if (missing.length > 0) {
    const done = total - missing.length;
    onProgress?.({ done, total, label: LABEL });
    const worked = await client.run('overview', { reference, statements: missing }, (p) =>
      onProgress?.({ done: done + p.done, total, label: p.label }),
    );
    missing.forEach((s, i) => fresh.set(hashes.get(s.id) ?? `id:${s.id}`, worked[i] as OverviewColumn));
    if (referenceHash)
      columns.remember(referenceHash, new Map([...fresh].filter(([hash]) => !hash.startsWith('id:'))));
  }
  return assembleOverview(reference, statements, (s) => {
    const column = columnOf(s) ?? fresh.get(hashes.get(s.id) ?? `id:${s.id}`);
    if (!column) throw new Error(`The overview lost the column of “${s.title}”.`);
    return column;
  });
}
