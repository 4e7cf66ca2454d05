// `npm start` where the desktop app cannot launch — the situation on this machine: no Electron binary and no way
// to fetch it. The script is run for real (a child process), and must explain in one paragraph, then serve
// browser mode and print its address. On Linux it also refuses a sandbox-less launch where user namespaces are
// restricted (Ubuntu ≥ 24.04), with the fix, instead of Electron's fatal SUID-helper abort.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./start.mjs', import.meta.url));
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGTERM');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-start-'));
  dirs.push(dir);
  return dir;
}

/** Runs `node scripts/start.mjs --no-build …` and collects its output until `until` matches or it exits. */
function start(
  env: Record<string, string>,
  until: RegExp,
): Promise<{ output: string; code: number | null; child: ChildProcess }> {
  const data = tempDir();
  const child = spawn(process.execPath, [script, '--no-build', '--port', '0', '--data', data], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no match for ${until} in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (until.test(output)) {
        clearTimeout(timer);
        resolve({ output, code: null, child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, code, child });
    });
  });
}

const RUNNING = /Plenary Diff is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/;

describe('the README set-up section', () => {
  it('stays two command lines and says what npm start does here and on a normal machine', () => {
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Set-up'),
      readme.indexOf('\n## ', readme.indexOf('## Set-up') + 1),
    );
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
    expect(block.trim().split('\n')).toHaveLength(2);
    const flat = section.replace(/\s+/g, ' ');
    expect(flat).toContain('On a normal machine with internet access it builds, fetches Electron');
    expect(flat).toContain('then starts **browser mode** and prints its address');
  });
});

describe('npm start (scripts/start.mjs)', () => {
  it('without an Electron binary it can fetch: one paragraph, then browser mode and its address', async () => {
    // No binary (an empty dist), no cache, a mirror nobody answers: the download fails however the machine is set up.
    const { output } = await start(
      {
        ELECTRON_OVERRIDE_DIST_PATH: tempDir(),
        electron_config_cache: tempDir(),
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      },
      RUNNING,
    );
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('install-electron');
    const explanation = output.slice(
      output.indexOf('npm start could not'),
      output.indexOf('\n\n', output.indexOf('npm start could not')),
    );
    const flat = explanation.replace(/\s+/g, ' ');
    expect(flat).toMatch(
      /Electron's binary is not in node_modules\/electron\/dist and downloading it failed \(/,
    );
    expect(flat).toMatch(/On a normal machine with internet access, run `npm start` again/);
    // One paragraph: the explanation is followed by a blank line and the browser-mode line, nothing between.
    expect(output.slice(output.indexOf(explanation) + explanation.length).trimStart()).toMatch(
      /^Starting browser mode instead/,
    );
    expect(output).toContain('Starting browser mode instead');
    // The printed address serves the app.
    const url = RUNNING.exec(output)![1]!;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  describe.runIf(process.platform === 'linux')('Linux: the sandbox', () => {
    function fakeElectron(): { dist: string; log: string } {
      const dist = tempDir();
      const log = join(dist, 'launched.txt');
      writeFileSync(join(dist, 'electron'), `#!/bin/sh\necho "$@" > "${log}"\n`);
      chmodSync(join(dist, 'electron'), 0o755);
      // A helper as an unprivileged checkout has it: not root-owned, no setuid bit.
      writeFileSync(join(dist, 'chrome-sandbox'), '');
      mkdirSync(join(dist, 'locales'));
      return { dist, log };
    }
    function sysctl(value: string): string {
      const file = join(tempDir(), 'value');
      writeFileSync(file, `${value}\n`);
      return file;
    }

    it('where AppArmor restricts user namespaces: says why and how to fix it, then browser mode', async () => {
      const { dist, log } = fakeElectron();
      const { output } = await start(
        { ELECTRON_OVERRIDE_DIST_PATH: dist, PLENARY_USERNS_APPARMOR_FILE: sysctl('1') },
        RUNNING,
      );
      expect(output.replace(/\s+/g, ' ')).toMatch(
        /Electron's sandbox cannot start because this Linux restricts unprivileged user\s+namespaces through AppArmor/,
      );
      expect(output.replace(/\s+/g, ' ')).toContain(`sudo chmod 4755 ${join(dist, 'chrome-sandbox')}`);
      expect(output).toContain('Starting browser mode instead');
      expect(() => readFileSync(log)).toThrow();
    });

    it('where user namespaces are allowed: launches Electron on the app folder', async () => {
      const { dist, log } = fakeElectron();
      const { code } = await start(
        {
          ELECTRON_OVERRIDE_DIST_PATH: dist,
          PLENARY_USERNS_APPARMOR_FILE: sysctl('0'),
          PLENARY_USERNS_CLONE_FILE: sysctl('1'),
        },
        /$^/,
      );
      expect(code).toBe(0);
      expect(readFileSync(log, 'utf8').trim()).toBe('.');
    });
  });
});
