import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

/** The repository root: where the CLI runs, as a user would run it from a checkout. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** What one CLI process left behind: its exit code and everything it wrote. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <argv...>` from the repository root in a child process, as a user would. */
export function runNode(argv: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...argv],
      { cwd: root, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Bundles cli/main.ts once for the calling test file (beforeAll, removed in afterAll) and returns
 * a runner for it: `plenary-diff <args...>` in a child process.
 */
export function useBuiltCli(label: string): (...args: string[]) => Promise<Run> {
  let bundleDir = '';
  beforeAll(async () => {
    // Bundled as scripts/build.mjs does, next to node_modules so its packages resolve; starting tsx for
    // every run would take seconds on a busy machine.
    bundleDir = mkdtempSync(join(root, 'node_modules', `.plenary-cli-${label}-test-`));
    await build({
      entryPoints: [join(root, 'cli/main.ts')],
      outfile: join(bundleDir, 'main.mjs'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    });
  });
  afterAll(() => {
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });
  return (...args) => runNode([join(bundleDir, 'main.mjs'), ...args]);
}
