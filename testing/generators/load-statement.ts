/** Reads a statement file from disk through the real importer, for tests over the bundled and test corpora. */
import { readdirSync, readFileSync } from 'node:fs';
import { importStatement } from '../../shared/statements/import-statement';
import type { Statement } from '../../shared/statements/model';

/** The statement imported from the file at `path`; throws with the file's name and the reason when it fails. */
export async function loadStatement(path: string): Promise<Statement> {
  const name = path.split('/').pop() as string;
  const result = await importStatement({ name, bytes: new Uint8Array(readFileSync(path)) });
  if (!result.ok) throw new Error(`${name}: ${result.error.reason}`);
  return result.statement;
}

/** The statements of every .txt file in `folders` (paths ending in "/"), folder by folder, files by name. */
export function loadStatementsIn(folders: readonly string[]): Promise<Statement[]> {
  const files = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => `${folder}${f}`),
  );
  return Promise.all(files.map(loadStatement));
}

// The bundled 2019 reference and samples, and the fictional statements of the echo truth set and of the themes
// variants (written for the tests).
const REAL_LIKE_FOLDERS = [
  'resources/corpus/',
  'resources/corpus/samples/',
  'testing/echo-truth/',
  'testing/themes-variants/',
];

/** A real-like library (see REAL_LIKE_FOLDERS) and its 2019 New Delhi reference. */
export async function loadRealLikeLibrary(): Promise<{ real: Statement[]; reference: Statement }> {
  const root = new URL('../../', import.meta.url).pathname;
  const real = await loadStatementsIn(REAL_LIKE_FOLDERS.map((folder) => `${root}${folder}`));
  const reference = real.find((s) => s.title.includes('New Delhi') && !s.sample) ?? (real[0] as Statement);
  return { real, reference };
}
