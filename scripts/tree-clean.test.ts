import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// The check `npm test` ends with, run on throwaway git repositories.
const script = fileURLToPath(new URL('./tree-clean.mjs', import.meta.url));
const repos: string[] = [];

/** A fresh repository with one committed file and one already-modified file. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-tree-clean-'));
  repos.push(dir);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Sample', '-c', 'user.email=sample@example.org', ...args], {
      cwd: dir,
    });
  git('init', '-q');
  writeFileSync(join(dir, 'kept.txt'), 'kept\n');
  writeFileSync(join(dir, 'dirty.txt'), 'committed\n');
  git('add', '.');
  git('commit', '-qm', 'start');
  writeFileSync(join(dir, 'dirty.txt'), 'edited before the tests\n');
  return dir;
}

function run(dir: string, mode: string) {
  const result = spawnSync(process.execPath, [script, mode], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr };
}

afterEach(() => {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('tree-clean', () => {
  it('passes when the tests left the status as it was, even with earlier local edits', () => {
    const dir = repository();
    expect(run(dir, 'record').code).toBe(0);
    expect(run(dir, 'verify')).toEqual({ code: 0, stderr: '' });
  });

  it('fails, naming the path, on a new file, a changed tracked file or a further edit to a dirty one', () => {
    const changes: [string, string][] = [
      ['new.png', 'a picture a test wrote'],
      ['kept.txt', 'rewritten by a test\n'],
      ['dirty.txt', 'edited again by a test\n'],
    ];
    for (const [path, text] of changes) {
      const dir = repository();
      expect(run(dir, 'record').code).toBe(0);
      writeFileSync(join(dir, path), text);
      const result = run(dir, 'verify');
      expect(result.code, path).toBe(1);
      expect(result.stderr).toContain(`  ${path}: `);
    }
  });

  it('fails on a deleted tracked file', () => {
    const dir = repository();
    run(dir, 'record');
    rmSync(join(dir, 'kept.txt'));
    const result = run(dir, 'verify');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kept.txt: clean →  D absent');
  });
});
