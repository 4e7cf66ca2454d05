// Security scan of the Electron shell and the renderer with Electronegativity (Doyensec).
//
// Electronegativity exits 0 whatever it finds, so this script reads its findings and exits 1 on any finding
// above INFORMATIONAL that scripts/security-allowlist.json does not justify, on an allow-list entry that no
// longer matches anything (so the list stays short and true), and on any file the scanner could not parse.
//
// Usage: node scripts/security-scan.mjs [--root DIR] [--allowlist FILE] [--report FILE]
//   --root       the project to scan (default: this repository)
//   --allowlist  the justified exceptions (default: scripts/security-allowlist.json)
//   --report     where to write the SARIF report (default: test-results/security/electronegativity.sarif)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import run from '@doyensec/electronegativity';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(here, '..') },
    allowlist: { type: 'string', default: join(here, 'security-allowlist.json') },
    report: { type: 'string' },
  },
});
const root = resolve(values.root);
const report = resolve(values.report ?? join(root, 'test-results/security/electronegativity.sarif'));

// The shell and the page it loads go into one scan: the global checks (CSP, navigation limits, permission
// handler) only see a defence when the code that sets it up and the page it protects are scanned together.
// Tests are left out: they build insecure settings on purpose, to prove the window policy refuses them.
const SOURCES = ['electron', 'renderer'];
const SCANNED = /\.(ts|tsx|js|mjs|cjs|html)$/;
const LEFT_OUT = /(\.test\.tsx?|\.d\.ts)$/;
// The check fetches Electron's release list from the network (none in CI) and would hang or report nothing;
// the Electron version is pinned in package.json and raised on purpose.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-security-scan-'));
  const files = new Set();
  for (const source of SOURCES) {
    const from = join(root, source);
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from, { recursive: true })) {
      if (!SCANNED.test(name) || LEFT_OUT.test(name) || name.split(/[\\/]/).includes('node_modules'))
        continue;
      mkdirSync(dirname(join(dir, source, name)), { recursive: true });
      cpSync(join(from, name), join(dir, source, name));
      files.add(join(source, name));
    }
  }
  // The page Electron really loads, once built (the CSP is checked on what ships).
  const built = join(root, 'dist/renderer/index.html');
  if (existsSync(built)) {
    mkdirSync(join(dir, 'dist/renderer'), { recursive: true });
    cpSync(built, join(dir, 'dist/renderer/index.html'));
    files.add(join('dist', 'renderer', 'index.html'));
  }
  // For the Electron version the checks assume.
  if (existsSync(join(root, 'package.json'))) cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  return { dir, files };
}

function electronVersion() {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    return (
      (pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '') || undefined
    );
  } catch {
    return undefined;
  }
}

function readAllowlist() {
  if (!existsSync(values.allowlist)) return [];
  const entries = JSON.parse(readFileSync(values.allowlist, 'utf8'));
  for (const e of entries) {
    if (!e.check || !e.file || typeof e.sample !== 'string' || !e.reason || e.reason.length < 20)
      throw new Error(
        `${values.allowlist}: every entry needs check, file, sample and a reason (${JSON.stringify(e)})`,
      );
  }
  return entries;
}

// An entry names the exact code or policy it was reviewed for: any edit to it needs a new review.
const allows = (entry, finding) =>
  entry.check === finding.id && entry.file === finding.file && entry.sample === finding.sample.trim();

const { dir, files } = stage();
let result;
try {
  if (files.size === 0)
    throw new Error(`nothing to scan under ${SOURCES.map((s) => join(root, s)).join(', ')}`);
  mkdirSync(dirname(report), { recursive: true });
  result = await run({
    input: dir,
    output: report,
    isSarif: true,
    isRelative: true,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS,
    electronVersion: electronVersion(),
    parserPlugins: [],
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const allowlist = readAllowlist();
const used = new Set();
const lines = [];
let failures = 0;
for (const issue of result.issues) {
  const finding = {
    id: issue.id,
    severity: issue.severity?.name ?? String(issue.severity),
    confidence: issue.confidence?.name ?? String(issue.confidence),
    file: issue.file === 'N/A' ? 'N/A' : relative(dir, resolve(dir, issue.file)),
    line: issue.location?.line ?? 0,
    sample: issue.sample ?? '',
    description: issue.description,
  };
  if (SEVERITIES.indexOf(finding.severity) <= 0) continue;
  const entry = allowlist.find((e) => allows(e, finding));
  const where = `${finding.file}:${finding.line}`;
  const head = `${finding.severity} ${finding.id} (${finding.confidence}) ${where}: ${finding.description}`;
  if (entry) {
    used.add(entry);
    lines.push(`  allowed  ${head}\n           because ${entry.reason}`);
  } else {
    failures++;
    lines.push(
      `  FINDING  ${head}${finding.sample ? `\n           ${finding.sample.trim().slice(0, 160)}` : ''}`,
    );
  }
}
for (const error of result.errors) {
  if (error.tolerable) continue;
  failures++;
  lines.push(
    `  UNREAD   ${relative(dir, resolve(dir, error.file))}: the scanner could not parse it (${error.message})`,
  );
}
for (const entry of allowlist) {
  // An entry for a file not scanned this time (the built page before a build) is not stale.
  if (used.has(entry) || !files.has(entry.file)) continue;
  failures++;
  lines.push(`  STALE    allow-list entry ${entry.check} ${entry.file} matches no finding: remove it`);
}

process.stdout.write(
  `Electronegativity ${result.globalChecks + result.atomicChecks} checks over ${files.size} files of ${SOURCES.join('/')}` +
    ` (report: ${relative(process.cwd(), report)})\n${lines.join('\n')}${lines.length ? '\n' : ''}` +
    (failures
      ? `security scan: ${failures} problem(s)\n`
      : 'security scan: no finding above informational\n'),
);
process.exit(failures ? 1 : 0);
