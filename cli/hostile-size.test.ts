import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'plenary-cli-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Loaded into the CLI process: on exit, writes its peak resident memory (kB) where RSS_REPORT says.
const reporter = join(dir, 'report-rss.mjs');
writeFileSync(
  reporter,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.RSS_REPORT, String(process.resourceUsage().maxRSS)));
`,
);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly peakMb: number;
}

function cli(...args: string[]): Promise<Run> {
  const report = join(dir, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--import', pathToFileURL(reporter).href, join(root, 'cli/main.ts'), ...args],
      { cwd: root, timeout: 60_000, env: { ...process.env, RSS_REPORT: report } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        const peakMb = Number(readFileSync(report, 'utf8')) / 1024;
        resolve({ code, stdout, stderr, ms: performance.now() - started, peakMb });
      },
    );
  });
}

describe('plenary-diff import with a 200 MB file', () => {
  let refusedPeakMb = 0;

  it('exits 2 with one line naming the file, fast, without reading it into memory', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    // Sparse: 200 MB long, nothing on disk; reading it would still cost 200 MB of memory.
    await truncate(big, 200 * 1024 * 1024);
    const run = await cli('import', big);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^plenary-diff: big\.txt: file is too large \([^\n]+\)\n$/);
    // Generous: the time is mostly starting Node and tsx; a process that read the file would peak 200 MB higher.
    expect(run.ms).toBeLessThan(20_000);
    expect(run.peakMb).toBeLessThan(200);
    refusedPeakMb = run.peakMb;
  });

  it('reads a file just under the limit, and the peak shows it (so the bound above would catch a read)', async () => {
    const near = join(dir, 'near.txt');
    writeFileSync(near, '');
    await truncate(near, 24 * 1024 * 1024);
    const run = await cli('import', near);
    // 24 MB of NUL bytes is read and refused as binary.
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plenary-diff: near.txt: binary data, not text\n');
    expect(refusedPeakMb).toBeGreaterThan(0);
    expect(run.peakMb - refusedPeakMb).toBeGreaterThan(24);
  });
});
