// Tests leave the tree as they found it. `record` notes `git status --porcelain` (with a hash of every listed
// file, so a further edit to an already-modified file counts too); `verify` fails, naming each path, if it changed.
// The record lives in the OS temp folder, keyed by the repository, so it never shows in the status itself.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root of the current folder. */
function repositoryRoot() {
  return execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
}

/** Path → "<status> <content hash>" for every path `git status` lists. */
function snapshot(root) {
  const out = execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], {
    cwd: root,
    encoding: 'utf8',
  });
  const entries = {};
  const fields = out.split('\0').filter(Boolean);
  for (let i = 0; i < fields.length; i++) {
    const status = fields[i].slice(0, 2);
    const path = fields[i].slice(3);
    if (status.startsWith('R') || status.startsWith('C')) i++; // the rename's source path follows
    const full = join(root, path);
    const content =
      existsSync(full) && statSync(full).isFile()
        ? createHash('sha256').update(readFileSync(full)).digest('hex')
        : 'absent';
    entries[path] = `${status} ${content}`;
  }
  return entries;
}

const root = repositoryRoot();
const record = join(
  tmpdir(),
  `plenary-tree-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`,
);
const mode = process.argv[2];
if (mode === 'record') {
  writeFileSync(record, JSON.stringify(snapshot(root)));
} else if (mode === 'verify') {
  if (!existsSync(record)) {
    console.error(
      `tree-clean: no record for ${root}; run \`node scripts/tree-clean.mjs record\` before the tests.`,
    );
    process.exit(2);
  }
  const before = JSON.parse(readFileSync(record, 'utf8'));
  const after = snapshot(root);
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((path) => before[path] !== after[path])
    .sort();
  if (changed.length > 0) {
    console.error(`tree-clean: the tests changed the working tree (git status --porcelain differs):`);
    for (const path of changed)
      console.error(`  ${path}: ${before[path] ?? 'clean'} → ${after[path] ?? 'clean'}`);
    process.exit(1);
  }
  console.log('tree-clean: git status is as it was before the tests.');
} else {
  console.error('usage: node scripts/tree-clean.mjs record|verify');
  process.exit(2);
}
