// Builds everything the app and the CLI run: Electron main + preload + import worker (CJS), the CLI and the
// browser-mode server + import worker (ESM), with esbuild; the renderer with Vite. `--cli` builds only the CLI.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync } from 'node:fs';

const onlyCli = process.argv.includes('--cli');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

const jobs = [];
if (existsSync('cli/main.ts')) {
  jobs.push(build({ ...common, entryPoints: ['cli/main.ts'], outfile: 'dist/cli/main.mjs', format: 'esm' }));
}
if (!onlyCli) {
  if (existsSync('electron/main.ts')) {
    // Bundled whole: some dependencies are ESM-only, which a CommonJS main could not require().
    jobs.push(
      build({
        ...common,
        packages: undefined,
        entryPoints: ['electron/main.ts'],
        outfile: 'dist/electron/main.cjs',
        format: 'cjs',
        external: ['electron'],
      }),
    );
  }
  if (existsSync('electron/preload.ts')) {
    // A sandboxed preload must be one CommonJS file that requires nothing but electron.
    jobs.push(
      build({
        ...common,
        packages: undefined,
        entryPoints: ['electron/preload.ts'],
        outfile: 'dist/electron/preload.cjs',
        format: 'cjs',
        external: ['electron'],
      }),
    );
  }
  if (existsSync('electron/backend/import-worker.ts')) {
    // Imports are parsed in a worker thread: bundled whole beside main.cjs for the desktop app (which ships no
    // node_modules), and beside server.mjs for browser mode.
    jobs.push(
      build({
        ...common,
        packages: undefined,
        entryPoints: ['electron/backend/import-worker.ts'],
        outfile: 'dist/electron/import-worker.cjs',
        format: 'cjs',
      }),
      build({
        ...common,
        entryPoints: ['electron/backend/import-worker.ts'],
        outfile: 'dist/web/import-worker.mjs',
        format: 'esm',
      }),
    );
  }
  if (existsSync('electron/web/server.ts')) {
    jobs.push(
      build({
        ...common,
        entryPoints: ['electron/web/server.ts'],
        outfile: 'dist/web/server.mjs',
        format: 'esm',
      }),
    );
  }
  if (existsSync('renderer/index.html')) {
    jobs.push(viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' }));
  }
}
await Promise.all(jobs);
