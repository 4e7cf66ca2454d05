// `npm start`: builds, then launches the desktop app (`electron .`). Where Electron's binary cannot be fetched,
// or Linux forbids its sandbox, it says so in one paragraph and runs browser mode instead, printing its address.
// Options for browser mode pass through: `npm start -- --port 0 --data DIR`. `--no-build` skips the build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2).filter((arg) => arg !== '--no-build');
const WIDTH = 100;

/** Wraps a paragraph to WIDTH columns. */
function paragraph(text) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return `${lines.join('\n')}\n`;
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: repo, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The electron package folder, or null when it is not installed. */
function electronPackageDir() {
  try {
    return dirname(createRequire(join(repo, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron executable if it is on disk (ELECTRON_OVERRIDE_DIST_PATH honoured, as electron's own launcher does). */
function electronExecutable(packageDir) {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : null;
  return executable && existsSync(executable) ? executable : null;
}

/** Runs Electron's own download (what its launcher does on first use), quietly; the last line of its error, or null. */
function fetchElectron(packageDir) {
  process.stdout.write('Fetching the Electron binary (first launch)…\n');
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], { encoding: 'utf8' });
  if (result.status === 0) return null;
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '));
  return (
    lines.find((l) => /error|ENOTFOUND|EAI_AGAIN|ECONN|fetch failed|timed out/i.test(l)) ??
    lines[0] ??
    'unknown error'
  );
}

/**
 * Why Electron's sandbox cannot start on this Linux machine, or null: unprivileged user namespaces are restricted
 * (Ubuntu ≥ 24.04's AppArmor setting, or Debian's unprivileged_userns_clone = 0) and the setuid helper
 * chrome-sandbox is not root-owned with mode 4755.
 */
function linuxSandboxProblem(executable) {
  if (process.platform !== 'linux') return null;
  const read = (path) => {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      return null;
    }
  };
  const apparmor = read(
    process.env.PLENARY_USERNS_APPARMOR_FILE ?? '/proc/sys/kernel/apparmor_restrict_unprivileged_userns',
  );
  const clone = read(process.env.PLENARY_USERNS_CLONE_FILE ?? '/proc/sys/kernel/unprivileged_userns_clone');
  const restricted = apparmor === '1' ? 'apparmor' : clone === '0' ? 'clone' : null;
  if (!restricted) return null;
  const helper = join(dirname(executable), 'chrome-sandbox');
  try {
    const info = statSync(helper);
    if (info.uid === 0 && (info.mode & 0o4000) !== 0) return null;
  } catch {
    // No helper: nothing else can sandbox Electron here.
  }
  return { restricted, helper };
}

function browserMode(reason) {
  process.stdout.write(`\n${reason}\n`);
  process.stdout.write('Starting browser mode instead (the same app in your browser):\n\n');
  const child = spawn(process.execPath, [join(repo, 'dist', 'web', 'server.mjs'), ...args], {
    cwd: repo,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// What each part needs (package.json `engines` holds the union): the build, the CLI, the tests and browser mode run
// on Node ^20.19 || ^22.13 || >=24 (vite 8, rolldown, eslint 10, vitest 4); Electron 45's downloader (@electron/get) needs >= 22.12.
const [major, minor] = process.versions.node.split('.').map(Number);
const atLeast = (m, n) => major > m || (major === m && minor >= n);
if (!atLeast(20, 19)) {
  process.stderr.write(
    paragraph(
      `npm start needs Node.js 20.19 or later (the build uses vite 8, which requires it); this is Node ` +
        `${process.versions.node}. Install a current Node.js (22 LTS recommended) and run it again.`,
    ),
  );
  process.exit(1);
}
const downloaderNeeds = atLeast(22, 12)
  ? ''
  : ` Electron 45's downloader also requires Node.js 22.12 or later, and this is Node ${process.versions.node}: ` +
    `install Node.js 22.12+ to fetch the desktop app (browser mode and the CLI run on Node 20.19+).`;

if (!process.argv.includes('--no-build')) run(process.execPath, [join(repo, 'scripts', 'build.mjs')]);

const packageDir = electronPackageDir();
let executable = packageDir ? electronExecutable(packageDir) : null;
let fetchError = packageDir ? null : 'the electron package is not installed (run npm install)';
if (packageDir && !executable) {
  fetchError = fetchElectron(packageDir);
  executable = fetchError ? null : electronExecutable(packageDir);
  if (!executable && !fetchError) fetchError = 'the download finished but no binary was found';
}

if (!executable) {
  browserMode(
    paragraph(
      `npm start could not launch the desktop app: Electron's binary is not in node_modules/electron/dist and ` +
        `downloading it failed (${fetchError}). Electron fetches it from GitHub on first launch, so this machine ` +
        `probably has no internet access or a proxy in the way. On a normal machine with internet access, run ` +
        `\`npm start\` again; behind a proxy set HTTPS_PROXY, or set ELECTRON_MIRROR to a mirror you can reach; ` +
        `if a download was interrupted, delete node_modules/electron and run \`npm install\`.${downloaderNeeds}`,
    ),
  );
} else {
  const sandbox = linuxSandboxProblem(executable);
  if (sandbox) {
    const why =
      sandbox.restricted === 'apparmor'
        ? 'this Linux restricts unprivileged user namespaces through AppArmor (Ubuntu 24.04 and later do by default)'
        : 'this Linux disables unprivileged user namespaces (kernel.unprivileged_userns_clone = 0)';
    browserMode(
      paragraph(
        `npm start did not launch the desktop app: Electron's sandbox cannot start because ${why} and ` +
          `${sandbox.helper} is not owned by root with mode 4755. Running without the sandbox is not an option we ` +
          `take for you. To fix it on this machine, either make the helper setuid root ` +
          `(\`sudo chown root:root ${sandbox.helper} && sudo chmod 4755 ${sandbox.helper}\`) or allow user ` +
          `namespaces with an AppArmor profile for ${executable} (the README's "Linux: the sandbox" section ` +
          `shows one); then run \`npm start\` again.`,
      ),
    );
  } else {
    const child = spawn(executable, ['.'], { cwd: repo, stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  }
}
