import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./security-scan.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'plenary-scan-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scan(root: string, allowlist: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, '--root', root, '--allowlist', allowlist],
      { timeout: 120_000 },
      (error, stdout) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout }),
    );
  });
}

describe('scripts/security-scan.mjs', () => {
  it('fails on an insecure window and on a stale allow-list entry, and says which', async () => {
    const root = join(dir, 'insecure');
    mkdirSync(join(root, 'electron'), { recursive: true });
    mkdirSync(join(root, 'renderer'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ devDependencies: { electron: '45.5.0' } }));
    writeFileSync(
      join(root, 'electron/main.ts'),
      `import { BrowserWindow } from 'electron';
export const open = (): BrowserWindow =>
  new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } satisfies object });
`,
    );
    // A test file is left out of the scan even when it builds the same window.
    writeFileSync(
      join(root, 'electron/main.test.ts'),
      'new BrowserWindow({ webPreferences: { sandbox: false } });\n',
    );
    writeFileSync(join(root, 'renderer/index.html'), '<!doctype html><html><body></body></html>');
    const allowlist = join(dir, 'allowlist.json');
    writeFileSync(
      allowlist,
      JSON.stringify([
        {
          check: 'SANDBOX_JS_CHECK',
          file: 'electron/main.ts',
          sample: 'nothing like this',
          reason: 'an entry that matches no finding',
        },
      ]),
    );

    const run = await scan(root, allowlist);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FINDING {2}HIGH CONTEXT_ISOLATION_JS_CHECK .* electron\/main\.ts:3/);
    expect(run.stdout).toMatch(/FINDING {2}\w+ CSP_GLOBAL_CHECK .*No CSP/);
    expect(run.stdout).toMatch(/STALE {4}allow-list entry SANDBOX_JS_CHECK electron\/main\.ts/);
    expect(run.stdout).not.toContain('main.test.ts');
    expect(run.stdout).toMatch(/security scan: \d+ problem\(s\)\n$/);
  });
});
