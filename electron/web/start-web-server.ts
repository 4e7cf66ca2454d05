/** Browser mode: the built renderer and the backend handlers over HTTP on 127.0.0.1, guarded by a per-run token. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  API_CALL_PREFIX,
  BYTES_ANSWER_FIELDS,
  BYTES_ANSWER_TYPE,
  BYTES_ARGS_FIELDS,
  fromWire,
  joinBytesArgs,
  splitBytesAnswer,
  toWire,
  type WireAnswer,
} from '../../shared/ipc/wire';
import { loadBundledCorpus } from '../backend/bundled-corpus';
import { dispatchCall } from '../backend/dispatch';
import { createHandlers } from '../backend/handlers';
import { createImportPool } from '../backend/import-pool';
import { openLibraryStore } from '../backend/library-store';
import { readStaticFile, SECURITY_HEADERS } from '../backend/static-files';
import { errorMessage } from '../../shared/error-message';

/** Largest request body accepted: a 25 MB file is about 34 MB as base64, plus the JSON around it. */
export const MAX_BODY_BYTES = 40 * 1024 * 1024;

/** Where and what the browser-mode server serves. */
export interface WebServerOptions {
  /** Port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  /** The library folder. */
  readonly dataDir: string;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  /** The bundled corpus (resources/corpus); null seeds nothing. */
  readonly corpusDir: string | null;
  readonly version?: string;
  readonly maxBodyBytes?: number;
  /**
   * The built import worker (dist/web/import-worker.mjs): imports are parsed there, so other requests are answered
   * meanwhile. Absent or null parses in the server's own thread (tests and benchmarks that import nothing large).
   */
  readonly importWorker?: string | null;
}

/** A running browser-mode server. */
export interface WebServer {
  /** The address to open, token included: `http://127.0.0.1:<port>/#token=<token>`. */
  readonly url: string;
  readonly token: string;
  readonly port: number;
  /** Stops accepting requests, drops open connections and waits for pending library writes. */
  close(): Promise<void>;
}

/** The one line the CLI prints, which people open and the e2e fixture parses. */
export function runningLine(url: string): string {
  return `Plenary Diff is running at ${url}`;
}

/** Opens the library in `dataDir` and starts serving on 127.0.0.1. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const bundled = options.corpusDir === null ? undefined : await loadBundledCorpus(options.corpusDir);
  const store = await openLibraryStore(options.dataDir, { bundled, lock: true });
  const importPool = options.importWorker ? createImportPool({ workerPath: options.importWorker }) : null;
  const handlers = createHandlers(store, {
    mode: 'web',
    version: options.version ?? '0.0.0',
    ...(importPool ? { parse: importPool.parse } : {}),
  });
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const token = randomBytes(32).toString('hex');
  const tokenDigest = sha256(token);
  let allowedHosts = new Set<string>();
  // Counts library:cancel-import calls. An import whose request arrived before a cancel but whose 34 MB body was
  // still being read when it came is cancelled too: the page's Cancel covers the file it was sending.
  let cancels = 0;

  const isAuthorised = (req: IncomingMessage): boolean => {
    const match = /^Bearer ([^\s]+)$/.exec(req.headers.authorization ?? '');
    // Comparing digests keeps the comparison constant-time whatever the length of what was sent.
    return match !== null && timingSafeEqual(sha256(match[1] ?? ''), tokenDigest);
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (!isAuthorised(req)) return refuse(res, 403, 'Forbidden: a valid token is required.');
    if (req.method !== 'POST') return refuse(res, 405, 'Only POST is allowed here.', { Allow: 'POST' });
    if (!path.startsWith(API_CALL_PREFIX)) return refuse(res, 404, 'Not found.');
    let channel: string;
    try {
      channel = decodeURIComponent(path.slice(API_CALL_PREFIX.length));
    } catch {
      return refuse(res, 404, 'Not found.');
    }
    const cancelsBefore = cancels;
    if (channel === 'library:cancel-import') cancels++;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) return refuse(res, 413, tooLargeMessage(maxBodyBytes));
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too-large') return refuse(res, 413, tooLargeMessage(maxBodyBytes));
    const args = requestArgs(req, body);
    if (args === null)
      return sendJson(res, 400, { ok: false, error: 'The request body must be JSON like {"args": [...]}.' });
    // Cancelled while its body arrived: answered as the handler answers a cancelled parse, with no result.
    if (channel === 'library:import' && cancels !== cancelsBefore)
      return sendJson(res, 200, { ok: true, value: [] });
    const outcome = await dispatchCall(handlers, channel, args);
    switch (outcome.kind) {
      case 'ok': {
        const split = splitBytesAnswer(outcome.value);
        if (split) return sendBytes(res, split.bytes, split.fields);
        return sendJson(res, 200, { ok: true, value: outcome.value });
      }
      case 'failed':
        return sendJson(res, 200, { ok: false, error: outcome.error });
      case 'invalid-args':
        return sendJson(res, 400, { ok: false, error: outcome.error });
      case 'unknown-channel':
        return sendJson(res, 404, { ok: false, error: outcome.error });
    }
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'Only GET is allowed here.', { Allow: 'GET, HEAD' });
    const file = await readStaticFile(options.staticDir, path);
    if (file.kind === 'not-found') return refuse(res, 404, 'Not found.');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.bytes);
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const work = !allowedHosts.has((req.headers.host ?? '').toLowerCase())
      ? Promise.resolve(refuse(res, 403, 'Forbidden: unexpected Host header.'))
      : path === '/api' || path.startsWith('/api/')
        ? handleApi(req, res, path)
        : handleStatic(req, res, path);
    work.catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { ok: false, error: errorMessage(error) });
    });
  });
  // Requests must not linger: a slow client cannot hold the server open.
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
        .then(() => importPool?.close())
        .then(() => store.close());
      return closing;
    },
  };
}

/** A call's arguments: from the JSON body, or bytes as the body with the rest in a header (shared/ipc/wire.ts); null if neither. */
function requestArgs(req: IncomingMessage, body: Buffer): unknown[] | null {
  try {
    const fields = req.headers[BYTES_ARGS_FIELDS.toLowerCase()];
    if (typeof fields === 'string' && req.headers['content-type'] === BYTES_ANSWER_TYPE)
      return joinBytesArgs(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), fields);
    const parsed = fromWire(body.toString('utf8'));
    const args = typeof parsed === 'object' && parsed !== null ? (parsed as { args?: unknown }).args : null;
    return Array.isArray(args) ? (args as unknown[]) : null;
  } catch {
    return null;
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function tooLargeMessage(max: number): string {
  return `The request is larger than ${Math.round(max / (1024 * 1024))} MB.`;
}

function sendJson(
  res: ServerResponse,
  status: number,
  answer: WireAnswer,
  extra: Record<string, string> = {},
): void {
  const body = toWire(answer);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

// A refused request's body is never read: the connection closes after the answer.
function refuse(
  res: ServerResponse,
  status: number,
  error: string,
  extra: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error }, { ...extra, Connection: 'close' });
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

// An answer of bytes and small fields: the bytes as the body, the fields in a header (shared/ipc/wire.ts).
function sendBytes(res: ServerResponse, bytes: Uint8Array, fields: string): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': BYTES_ANSWER_TYPE,
    'Content-Length': String(bytes.byteLength),
    'Cache-Control': 'no-store',
    [BYTES_ANSWER_FIELDS]: fields,
  });
  res.end(bytes);
}
