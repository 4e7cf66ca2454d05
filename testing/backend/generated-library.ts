/** A library folder of generated statements (the bench and the large-library e2e open it like a user's). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openLibraryStore } from '../../electron/backend/library-store';
import { importStatement } from '../../shared/statements/import-statement';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { generateDerivedStatements } from '../generators/generate-pairs';

/** The bundled 2019 reference, imported from its file as the app does. */
export async function loadReference(): Promise<Statement> {
  const path = fileURLToPath(
    new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
  );
  const imported = await importStatement({
    name: 'reference.txt',
    bytes: new Uint8Array(readFileSync(path)),
  });
  if (!imported.ok) throw new Error(`${path}: ${imported.error.reason}`);
  return imported.statement;
}

/** The reference with its import time blanked: the time differs from run to run, and nothing analysed reads it. */
export async function loadStableReference(): Promise<Statement> {
  const loaded = await loadReference();
  return { ...loaded, source: { ...loaded.source, importedAt: '' } };
}

/**
 * The statements of a generated library (see writeGeneratedLibrary), in slices of 250 with their first number's
 * offset, so 3,000 statements never sit in memory twice.
 */
export function* generatedSlices(
  reference: Statement,
  count: number,
  words: number,
): Generator<{ readonly at: number; readonly slice: Statement[] }> {
  const base = bodyBlocks(reference).map((b) => b.text);
  for (let at = 0; at < count; at += 250)
    yield { at, slice: generateDerivedStatements(1300 + at, base, Math.min(250, count - at), words) };
}

/** The statements writeGeneratedLibrary writes, before their titles and places are set, all at once. */
export function generatedStatements(reference: Statement, count: number, words = 1500): Statement[] {
  return [...generatedSlices(reference, count, words)].flatMap(({ slice }) => slice);
}

/**
 * Writes `count` statements of about `words` words each, derived from the reference's paragraphs with a fixed seed,
 * into a library folder at `dir` (created when missing) through the library store. Titles say they are generated.
 */
export async function writeGeneratedLibrary(dir: string, count: number, words: number): Promise<void> {
  const reference = await loadReference();
  const store = await openLibraryStore(dir);
  for (const { at, slice } of generatedSlices(reference, count, words)) {
    for (const [n, statement] of slice.entries()) {
      const number = at + n + 1;
      await store.add({
        ...statement,
        title: `Generated statement ${number}, Testville ${statement.metadata.year ?? ''}`.trim(),
        metadata: {
          ...statement.metadata,
          kind: number % 2 === 0 ? 'opening' : 'closing',
          city: 'Testville',
        },
      });
    }
  }
  await store.idle();
}
