/** Builds the real import worker (electron/backend/import-worker.ts) once for a test file, as scripts/build.mjs
 * builds it for the desktop app: one CommonJS file with every dependency inside. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import { IMPORT_WORKER_FILE } from '../../electron/backend/import-worker-protocol';

const entry = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../electron/backend/import-worker.ts',
);

/** Registers a beforeAll that builds the worker into a temp folder (deleted afterwards); call `path()` in tests. */
export function useBuiltImportWorker(): { readonly path: () => string } {
  let dir: string | null = null;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plenary-import-worker-'));
    await build({
      entryPoints: [entry],
      outfile: join(dir, IMPORT_WORKER_FILE.electron),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
    });
  }, 60_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    path: () => {
      if (!dir) throw new Error('the import worker is built in beforeAll');
      return join(dir, IMPORT_WORKER_FILE.electron);
    },
  };
}
