import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openLibraryStore, type LibraryStore } from '../../electron/backend/library-store';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { generateDerivedStatements } from '../generators/generate-pairs';
import { loadReference } from './generated-library';

/** Temp folders and library stores for one test file, all cleaned up after each test. */
export interface TestLibrary {
  /** A fresh temp folder, deleted after the test. */
  readonly tempDir: () => Promise<string>;
  /** Opens a store and remembers it, so cleanup waits for its pending writes before deleting its folder. */
  readonly openStore: (...args: Parameters<typeof openLibraryStore>) => Promise<LibraryStore>;
}

/** Registers an afterEach that waits for every store opened here to go idle, then deletes every temp folder. */
export function useTestLibrary(prefix: string): TestLibrary {
  const dirs: string[] = [];
  const stores: LibraryStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.idle()));
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 3 })));
  });
  return {
    async tempDir() {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    async openStore(...args) {
      const store = await openLibraryStore(...args);
      stores.push(store);
      return store;
    },
  };
}

/**
 * A library folder holding the 2019 reference and `count` statements of ~300 words derived from it with `seed`
 * (titled "Generated N"), and its statements.
 */
export async function derivedLibrary(
  { tempDir, openStore }: TestLibrary,
  seed: number,
  count: number,
): Promise<{ dir: string; statements: Statement[]; reference: Statement }> {
  const dir = await tempDir();
  const store = await openStore(dir);
  const reference = await loadReference();
  const base = bodyBlocks(reference).map((b) => b.text);
  await store.add(reference);
  for (const [n, s] of generateDerivedStatements(seed, base, count, 300).entries())
    await store.add({ ...s, title: `Generated ${n + 1}` });
  await store.idle();
  return { dir, statements: [...store.snapshot().statements], reference };
}
