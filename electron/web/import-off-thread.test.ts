// Browser mode's server with its import worker: a 20 MB file imported over real HTTP while other requests keep
// being answered, because the parse runs in a worker thread and not in this (the server's) thread.
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryImportResult, PlenaryBridge } from '../../shared/ipc/contract';
import { fromWire, toWire } from '../../shared/ipc/wire';
import { createHttpBridge } from '../../renderer/bridge/http-bridge';
import { useBuiltImportWorker } from '../../testing/backend/import-worker-build';
import { makeDocx } from '../../testing/fixtures/build-fixtures';
import { largeStatementBytes } from '../../testing/fixtures/large-statement';
import { startWebServer, type WebServer } from './start-web-server';

const worker = useBuiltImportWorker();

describe('browser mode imports off the main thread', () => {
  let root: string;
  let server: WebServer;

  // The page's own client (one POST /api/call/<channel> with the token per call), pointed at this server.
  let bridge: PlenaryBridge;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'plenary-web-import-'));
    server = await startWebServer({
      port: 0,
      dataDir: join(root, 'library'),
      staticDir: join(root, 'no-renderer'),
      corpusDir: null,
      importWorker: worker.path(),
    });
    bridge = createHttpBridge(server.token, (path, init) =>
      fetch(`http://127.0.0.1:${server.port}${String(path)}`, init),
    );
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('imports a real .docx through the worker, and an error still names the file and the reason', async () => {
    const docx = makeDocx(['Sample — Closing statement 2031', 'Dear Chair,', 'A paragraph on reform.']);
    const [good, bad] = await bridge['library:import']([
      { name: 'closing-2031.docx', bytes: docx },
      { name: 'broken.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]) },
    ]);
    expect(good?.ok && good.statement.title).toBe('Sample — Closing statement 2031');
    expect(bad?.ok).toBe(false);
    expect(bad?.ok ? '' : `${bad?.error.fileName}: ${bad?.error.reason}`).toMatch(/^broken\.docx: .+/);
  });

  it('answers other requests while a 20 MB file is imported', async () => {
    // The page's side (encoding the request, decoding the answer) is done outside the measured span: this
    // process is the server, and only the server's thread is measured.
    const body = toWire({ args: [[{ name: 'huge.txt', bytes: largeStatementBytes(20 * 1024 * 1024) }]] });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    let importDoneAt = Number.POSITIVE_INFINITY;
    const importing = fetch(`http://127.0.0.1:${server.port}/api/call/library:import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body,
    })
      .then((res) => res.text())
      .then((text) => {
        importDoneAt = performance.now();
        return text;
      });
    const pings: {
      readonly sentMs: number;
      readonly latencyMs: number;
      readonly beforeImportDone: boolean;
    }[] = [];
    while (importDoneAt === Number.POSITIVE_INFINITY) {
      const sent = performance.now();
      await bridge['app:info']();
      const answered = performance.now();
      pings.push({
        sentMs: sent - started,
        latencyMs: answered - sent,
        beforeImportDone: answered < importDoneAt,
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const answer = await importing;
    delay.disable();
    const [result] = (fromWire(answer) as { value: LibraryImportResult[] }).value;
    const importMs = importDoneAt - started;
    const latencies = pings.map((p) => p.latencyMs).sort((a, b) => a - b);
    console.log(
      `20 MB import over HTTP: ${Math.round(importMs)} ms; ${pings.length} app:info calls meanwhile, latency median ` +
        `${Math.round(latencies[Math.floor(latencies.length / 2)] ?? 0)} ms, max ${Math.round(latencies.at(-1) ?? 0)} ms; ` +
        `server thread's max event-loop delay ${Math.round(delay.max / 1e6)} ms`,
    );
    expect(result?.ok).toBe(true);
    // Answered while the import was still running, again and again: the parse never held this thread.
    expect(pings.filter((p) => p.beforeImportDone).length).toBeGreaterThan(3);
    expect(delay.max / 1e6).toBeLessThan(importMs / 2);
  });

  it('cancels an import whose body was still arriving when the cancel came, and one being parsed', async () => {
    const before = (await bridge['library:list']()).statements.length;
    const body = Buffer.from(
      toWire({ args: [[{ name: 'slow.txt', bytes: largeStatementBytes(1024 * 1024) }]] }),
    );
    // Half the body, then a cancel, then the rest: the import is answered without its file.
    const answer = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/call/library:import',
          headers: {
            Authorization: `Bearer ${server.token}`,
            'Content-Type': 'application/json',
            'Content-Length': String(body.byteLength),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        },
      );
      req.on('error', reject);
      // A moment after the first half is written, so the server has the request before the cancel.
      req.write(body.subarray(0, body.byteLength / 2), () =>
        setTimeout(() => {
          void bridge['library:cancel-import']().then(
            () => req.end(body.subarray(body.byteLength / 2)),
            reject,
          );
        }, 200),
      );
    });
    const text = await answer;
    expect(fromWire(text), text.slice(0, 300)).toEqual({ ok: true, value: [] });

    const parsing = bridge['library:import']([
      { name: 'huge.txt', bytes: largeStatementBytes(20 * 1024 * 1024) },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await bridge['library:cancel-import']();
    expect(await parsing).toEqual([]);
    expect((await bridge['library:list']()).statements).toHaveLength(before);
  });
});
