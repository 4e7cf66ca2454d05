/** Starts and stops the built browser-mode server (dist/web/server.mjs) for one test. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A running browser-mode server. */
export interface WebServer {
  /** The line's address, token fragment included. */
  readonly url: string;
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly token: string;
  readonly stop: () => Promise<void>;
}

const SERVER = fileURLToPath(new URL('../../dist/web/server.mjs', import.meta.url));
const RUNNING_LINE = /running at (http:\/\/\S+)/;

/** Runs `node dist/web/server.mjs --port 0 --data <dataDir>` and waits for its "running at" line. */
export async function startWebServer(dataDir: string): Promise<WebServer> {
  if (!existsSync(SERVER))
    throw new Error('dist/web/server.mjs is missing: run `node scripts/build.mjs` first.');
  const child = spawn(process.execPath, [SERVER, '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`the server printed no address in 20 s:\n${output}`)),
      20_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = RUNNING_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) =>
      fail(new Error(`the server exited with ${code} before it was ready:\n${output}`)),
    );
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '',
    stop: () => stop(child),
  };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
