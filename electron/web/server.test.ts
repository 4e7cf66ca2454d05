import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const built = join(repo, 'dist', 'web', 'server.mjs');
// The built server when there is a build, otherwise the source through tsx.
const command = existsSync(built) ? [built] : ['--import', 'tsx', join(repo, 'electron', 'web', 'server.ts')];

const LINE = /^Plenary Diff is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([0-9a-f]{64}))$/;
const dirs: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];

afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

interface Running {
  readonly child: ChildProcessWithoutNullStreams;
  readonly port: number;
  readonly token: string;
  readonly output: () => { stdout: string; stderr: string };
}

async function startServer(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [...command, ...args], { cwd: repo, stdio: 'pipe' });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const match = await new Promise<RegExpExecArray>((done, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      const first = stdout.split('\n')[0]!;
      if (stdout.includes('\n')) {
        const m = LINE.exec(first);
        if (m) done(m);
        else reject(new Error(`unexpected first line: ${first}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
  return { child, port: Number(match[2]), token: match[3]!, output: () => ({ stdout, stderr }) };
}

function exitOf(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

describe('the browser-mode server process', () => {
  // Windows has no POSIX signals: kill() there ends the process outright, so there is nothing to test.
  it.skipIf(process.platform === 'win32').each(['SIGTERM', 'SIGINT'] as const)(
    'prints exactly one line, serves the API, and stops cleanly with exit code 0 on %s',
    async (signal) => {
      const data = await mkdtemp(join(tmpdir(), 'plenary-server-'));
      dirs.push(data);
      const running = await startServer(['--port', '0', '--data', data]);
      const res = await fetch(`http://127.0.0.1:${running.port}/api/call/library:list`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${running.token}` },
        body: '{"args":[]}',
      });
      expect(res.status).toBe(200);
      const answer = (await res.json()) as { ok: boolean; value: { statements: unknown[] } };
      expect(answer.ok).toBe(true);
      expect(answer.value.statements.length).toBeGreaterThan(0);
      expect(existsSync(join(data, 'index.json'))).toBe(true);

      const exited = exitOf(running.child);
      running.child.kill(signal);
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(
        running
          .output()
          .stdout.split('\n')
          .filter((l) => l !== ''),
      ).toHaveLength(1);
      await expect(fetch(`http://127.0.0.1:${running.port}/`)).rejects.toThrow();
    },
  );

  it('keeps the library across a restart on the same --data folder', async () => {
    const data = await mkdtemp(join(tmpdir(), 'plenary-server-'));
    dirs.push(data);
    const first = await startServer(['--port', '0', '--data', data]);
    const paste = await fetch(`http://127.0.0.1:${first.port}/api/call/library:paste`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${first.token}` },
      body: JSON.stringify({
        args: ['Restart test\n\nDear Chair,\n\nThis paragraph must survive a restart.', 'Survivor'],
      }),
    });
    expect(((await paste.json()) as { ok: boolean }).ok).toBe(true);
    const stopped = exitOf(first.child);
    first.child.kill('SIGTERM');
    await stopped;

    const second = await startServer(['--port', '0', '--data', data]);
    expect(second.token).not.toBe(first.token);
    const list = await fetch(`http://127.0.0.1:${second.port}/api/call/library:list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${second.token}` },
      body: '{"args":[]}',
    });
    const { value } = (await list.json()) as { value: { statements: { title: string }[] } };
    expect(value.statements.map((s) => s.title)).toContain('Survivor');
    // The old token is worthless against the new server.
    const stale = await fetch(`http://127.0.0.1:${second.port}/api/call/library:list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${first.token}` },
      body: '{"args":[]}',
    });
    expect(stale.status).toBe(403);
  });

  it('refuses a bad --port with a one-line error and exit code 2', async () => {
    const child = spawn(process.execPath, [...command, '--port', 'eighty'], { cwd: repo, stdio: 'pipe' });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    expect((await exitOf(child)).code).toBe(2);
    expect(stderr.trim()).toBe('plenary-diff web: --port must be a whole number from 0 to 65535');
  });
});
