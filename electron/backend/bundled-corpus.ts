/** The statements shipped with the app: the 2019 reference and the labelled samples, imported from the corpus folder. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importStatement } from '../../shared/statements/import-statement';
import { describeImportError, type Statement } from '../../shared/statements/model';
import type { BundledStatements } from './library-store';

/** The corpus folder's name under the packaged app's resources (electron-builder extraResources). */
export const PACKAGED_CORPUS_FOLDER = 'corpus';
/** The reference statement's file name inside the corpus folder. */
export const REFERENCE_FILE = '2019-new-delhi-closing-csc.txt';
/** The samples' folder inside the corpus folder. */
export const SAMPLES_DIR = 'samples';

/** Imports the bundled corpus from `corpusDir`; what cannot be read is reported in `problems`, never thrown. */
export async function loadBundledCorpus(corpusDir: string): Promise<BundledStatements> {
  const problems: string[] = [];
  const reference = await importBundled(join(corpusDir, REFERENCE_FILE), REFERENCE_FILE, false, problems);
  if (!reference)
    problems.push(
      'The 2019 New Delhi reference statement is missing, so comparisons have no default reference.',
    );

  const samples: Statement[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(join(corpusDir, SAMPLES_DIR))).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    // No samples folder: nothing to seed.
  }
  for (const name of names) {
    const sample = await importBundled(join(corpusDir, SAMPLES_DIR, name), name, true, problems);
    if (sample) samples.push(sample);
  }
  return { reference, samples, problems };
}

async function importBundled(
  path: string,
  name: string,
  sample: boolean,
  problems: string[],
): Promise<Statement | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    problems.push(`The bundled statement ${name} could not be read from ${path}.`);
    return null;
  }
  const result = await importStatement({ name, bytes }, { sample });
  if (result.ok) return result.statement;
  problems.push(`The bundled statement could not be imported: ${describeImportError(result.error)}.`);
  return null;
}
