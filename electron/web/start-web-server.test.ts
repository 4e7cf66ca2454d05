import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibrarySnapshot } from '../../shared/ipc/contract';
import { fromWire, toWire } from '../../shared/ipc/wire';
import { createThemesCache } from '../../shared/themes/themes-cache';
import { themes } from '../../shared/themes/themes';
import { createHttpBridge } from '../../renderer/bridge/http-bridge';
import { loadReference } from '../../testing/backend/generated-library';
import { THEMES_ANSWER_FILE } from '../backend/themes-answer-file';
import { MAX_BODY_BYTES, runningLine, startWebServer, type WebServer } from './start-web-server';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = resolve(here, '../../resources/corpus');

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One HTTP request with full control of the path and headers (fetch would normalise `..` and forbid Host). */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolvePromise({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('startWebServer', () => {
  let root: string;
  let dataDir: string;
  let server: WebServer;
  let auth: Record<string, string>;
  let host: string;

  const call = async (channel: string, args: unknown[]): Promise<{ status: number; answer: unknown }> => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/call/${channel}`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: toWire({ args }),
    });
    return { status: res.status, answer: fromWire(await res.text()) };
  };
  const snapshot = async (): Promise<LibrarySnapshot> => {
    const { answer } = await call('library:list', []);
    return (answer as { value: LibrarySnapshot }).value;
  };
  const pasteBody = toWire({
    args: ['Statement\n\nDear Chair,\n\nA paragraph that must never be stored.', 'Hostile'],
  });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'plenary-web-'));
    dataDir = join(root, 'library');
    const staticDir = join(root, 'dist', 'renderer');
    await mkdir(join(staticDir, 'assets'), { recursive: true });
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Plenary Diff</title>');
    await writeFile(join(staticDir, 'assets', 'app.js'), 'export const app = 1;');
    await writeFile(join(root, 'dist', 'secret.txt'), 'SECRET-OUTSIDE-THE-BUILD');
    server = await startWebServer({ port: 0, dataDir, staticDir, corpusDir, version: '9.9.9' });
    auth = { Authorization: `Bearer ${server.token}` };
    host = `127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('gives a URL on 127.0.0.1 with a 64-hex-digit token, and the one line to print', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
    expect(server.port).toBeGreaterThan(0);
    expect(runningLine(server.url)).toBe(
      `Plenary Diff is running at http://127.0.0.1:${server.port}/#token=${server.token}`,
    );
  });

  it('answers a good call with the library, seeded with the reference and samples', async () => {
    const { status, answer } = await call('library:list', []);
    expect(status).toBe(200);
    const value = (answer as { ok: true; value: LibrarySnapshot }).value;
    expect((answer as { ok: boolean }).ok).toBe(true);
    expect(value.statements.find((s) => s.id === value.referenceId)?.sample).toBe(false);
    expect(value.statements.some((s) => s.sample)).toBe(true);
    expect(await call('app:info', [])).toEqual({
      status: 200,
      answer: { ok: true, value: { version: '9.9.9', mode: 'web' } },
    });
  });

  it('sends an answer of bytes (kept themes readings) as the body itself, which the window’s bridge reads back', async () => {
    const reference = await loadReference();
    const cache = createThemesCache();
    themes([reference], { cache });
    const bundle = cache.unsaved([reference])?.bundles[0];
    expect(bundle?.length).toBeGreaterThan(100);
    const sent: RequestInit[] = [];
    const bridge = createHttpBridge(server.token, (input, init) => {
      if (init) sent.push(init);
      return fetch(`http://127.0.0.1:${server.port}${String(input)}`, init);
    });
    await bridge['analysis:save-themes-reads'](bundle as Uint8Array, true);
    // Saved the same way round: the bundle as the body, the other argument in a header, no base64.
    const headers = sent[0]?.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('application/octet-stream');
    expect(JSON.parse(decodeURIComponent(headers['X-Plenary-Args'] ?? ''))).toEqual({
      at: 0,
      args: [null, true],
    });
    // The body a Blob of the bundle's bytes (a typed array body is copied for a debugger on the window's thread).
    const body = sent[0]?.body;
    expect(body).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (body as Blob).arrayBuffer())).toEqual(bundle);
    // On the wire: the bytes as they are, the other fields in a header, no JSON.
    const raw = await fetch(`http://127.0.0.1:${server.port}/api/call/analysis:themes-reads`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: toWire({ args: [0] }),
    });
    expect(raw.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(JSON.parse(decodeURIComponent(raw.headers.get('X-Plenary-Value') ?? ''))).toEqual({ next: null });
    expect(new Uint8Array(await raw.arrayBuffer())).toEqual(bundle);
    // Through the bridge: the value the contract promises.
    expect(await bridge['analysis:themes-reads'](0)).toEqual({ bytes: bundle, next: null });
  });

  it('refuses a bytes call whose header does not say where the bytes go, changing nothing', async () => {
    for (const fields of ['{"args":[null,true]}', '{"at":2,"args":[null,true]}', 'not json']) {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/call/analysis:save-themes-answer`, {
        method: 'POST',
        headers: {
          ...auth,
          'Content-Type': 'application/octet-stream',
          'X-Plenary-Args': encodeURIComponent(fields),
        },
        body: new Uint8Array([1, 2, 3]),
      });
      expect(res.status).toBe(400);
    }
    await expect(stat(join(dataDir, THEMES_ANSWER_FILE))).rejects.toThrow();
  });

  it('imports file bytes sent as base64 on the wire, and stores them', async () => {
    const bytes = new TextEncoder().encode(
      'Closing statement\n\nDear Chair,\n\nWe ask for independent monitoring.',
    );
    const { status, answer } = await call('library:import', [[{ name: 'web-import.txt', bytes }]]);
    expect(status).toBe(200);
    const [result] = (answer as { value: { ok: boolean; statement: { source: { fileName: string } } }[] })
      .value;
    expect(result).toMatchObject({ ok: true, statement: { source: { fileName: 'web-import.txt' } } });
    expect((await snapshot()).statements.map((s) => s.source.fileName)).toContain('web-import.txt');
  });

  it('refuses /api/ without the token, with a wrong token and with a foreign Host — changing nothing', async () => {
    const before = await snapshot();
    const filesBefore = (await readdir(join(dataDir, 'statements'))).sort();
    const attempts: { headers: Record<string, string> }[] = [
      { headers: { Host: host } },
      { headers: { Host: host, Authorization: 'Bearer wrong' } },
      { headers: { Host: host, Authorization: `Bearer ${'0'.repeat(64)}` } },
      { headers: { Host: host, Authorization: `Bearer ${server.token}x` } },
      { headers: { Host: host, Authorization: server.token } },
      { headers: { Host: host, Authorization: `Basic ${server.token}` } },
      { headers: { Host: 'evil.example', ...auth } },
      { headers: { Host: `evil.example:${server.port}`, ...auth } },
      { headers: { Host: `127.0.0.1:${server.port + 1}`, ...auth } },
      { headers: { Host: '127.0.0.1', ...auth } },
    ];
    for (const attempt of attempts) {
      const res = await raw(server.port, {
        method: 'POST',
        path: '/api/call/library:paste',
        headers: { ...attempt.headers, 'Content-Type': 'application/json' },
        body: pasteBody,
      });
      expect(res.status, JSON.stringify(attempt.headers)).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false });
    }
    expect(await snapshot()).toEqual(before);
    expect((await readdir(join(dataDir, 'statements'))).sort()).toEqual(filesBefore);
  });

  it('accepts Host localhost:PORT with the token', async () => {
    const res = await raw(server.port, {
      method: 'POST',
      path: '/api/call/app:info',
      headers: { Host: `localhost:${server.port}`, ...auth },
      body: toWire({ args: [] }),
    });
    expect(res.status).toBe(200);
  });

  it('answers 413 to an oversize body without waiting to read it, changing nothing', async () => {
    const before = await snapshot();
    // Declares more than the limit but sends only a little: the answer must come without the rest.
    const status = await new Promise<number>((resolveStatus, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/call/library:paste',
          headers: {
            ...auth,
            'Content-Type': 'application/json',
            'Content-Length': String(MAX_BODY_BYTES + 1),
          },
        },
        (res) => {
          res.resume();
          resolveStatus(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(pasteBody);
    });
    expect(status).toBe(413);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 413 to a chunked body once it passes the limit', async () => {
    const small = await startWebServer({
      port: 0,
      dataDir: join(root, 'small-library'),
      staticDir: join(root, 'dist', 'renderer'),
      corpusDir: null,
      maxBodyBytes: 64 * 1024,
    });
    try {
      const status = await new Promise<number>((resolveStatus, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: small.port,
            method: 'POST',
            path: '/api/call/library:paste',
            headers: { Authorization: `Bearer ${small.token}`, 'Transfer-Encoding': 'chunked' },
          },
          (res) => {
            res.resume();
            resolveStatus(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        const chunk = `{"args": ["${'a'.repeat(16 * 1024)}`;
        let sent = 0;
        const pump = (): void => {
          if (sent++ < 16) req.write(chunk, () => setTimeout(pump, 5));
        };
        pump();
      });
      expect(status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('answers 400 to invalid arguments or a body that is not the wire JSON, 404 to an unknown channel, 405 to GET', async () => {
    const before = await snapshot();
    expect((await call('library:remove', [42])).status).toBe(400);
    expect((await call('library:remove', [42])).answer).toMatchObject({
      ok: false,
      error: /Invalid arguments for library:remove/,
    });
    const notJson = await raw(server.port, {
      method: 'POST',
      path: '/api/call/library:list',
      headers: { Host: host, ...auth },
      body: '{args',
    });
    expect(notJson.status).toBe(400);
    const noArgs = await raw(server.port, {
      method: 'POST',
      path: '/api/call/library:list',
      headers: { Host: host, ...auth },
      body: '{}',
    });
    expect(noArgs.status).toBe(400);
    expect((await call('library:nuke', [])).status).toBe(404);
    const get = await raw(server.port, { path: '/api/call/library:list', headers: { Host: host, ...auth } });
    expect(get.status).toBe(405);
    expect(await snapshot()).toEqual(before);
  });

  it('returns a handled error as 200 with ok:false (removing the reference)', async () => {
    const { referenceId } = await snapshot();
    const { status, answer } = await call('library:remove', [referenceId]);
    expect(status).toBe(200);
    expect(answer).toMatchObject({ ok: false, error: /cannot be removed/ });
  });

  it('sends no-store and the security headers on API answers', async () => {
    const res = await raw(server.port, {
      method: 'POST',
      path: '/api/call/app:info',
      headers: { Host: host, ...auth },
      body: '{"args":[]}',
    });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('serves the built renderer with its content types and security headers', async () => {
    const index = await raw(server.port, { path: '/', headers: { Host: host } });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Plenary Diff</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    const js = await raw(server.port, { path: '/assets/app.js', headers: { Host: host } });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw(server.port, { path: '/missing.js', headers: { Host: host } })).status).toBe(404);
    expect((await raw(server.port, { method: 'DELETE', path: '/', headers: { Host: host } })).status).toBe(
      405,
    );
    expect((await raw(server.port, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/..\\secret.txt',
    '//..%2f/secret.txt',
    '/%252e%252e%252fsecret.txt',
  ])('does not serve %s from outside the build folder', async (path) => {
    const res = await raw(server.port, { path, headers: { Host: host } });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SECRET-OUTSIDE-THE-BUILD');
  });

  it('listens on 127.0.0.1 only', async () => {
    const reachable = (address: string): Promise<boolean> =>
      new Promise((done) => {
        const socket = connect({ host: address, port: server.port });
        socket.once('connect', () => {
          socket.destroy();
          done(true);
        });
        socket.once('error', () => done(false));
      });
    expect(await reachable('127.0.0.1')).toBe(true);
    expect(await reachable('::1')).toBe(false);
  });
});
