/** `node dist/web/server.mjs [--port N] [--data DIR]`: runs browser mode and prints the one line to open. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultLibraryDir } from '../backend/data-dir';
import { IMPORT_WORKER_FILE } from '../backend/import-worker-protocol';
import { runningLine, startWebServer } from './start-web-server';
import { errorMessage } from '../../shared/error-message';

/** The default port when --port is not given. */
const DEFAULT_PORT = 5178;

// Both dist/web/server.mjs and electron/web/server.ts sit two folders below the repository root.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function fail(message: string, code: number): never {
  process.stderr.write(`plenary-diff web: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let values: { port?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    fail(errorMessage(error), 2);
  }
  if (values.help) {
    process.stderr.write(
      'Usage: node dist/web/server.mjs [--port N (0 = any free port)] [--data LIBRARY_DIR]\n',
    );
    return;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a whole number from 0 to 65535`, 2);
  const dataDir = values.data ?? defaultLibraryDir();
  const staticDir = join(repoRoot, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    process.stderr.write(
      'plenary-diff web: the renderer is not built yet (dist/renderer); run `npm run build`.\n',
    );
  }

  let server;
  try {
    server = await startWebServer({
      port,
      dataDir,
      staticDir,
      corpusDir: join(repoRoot, 'resources', 'corpus'),
      version: readVersion(),
      // Built beside this file (dist/web), so it is found from the bundle wherever the checkout is.
      importWorker: fileURLToPath(new URL(`./${IMPORT_WORKER_FILE.web}`, import.meta.url)),
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE')
      fail(`port ${port} is in use; choose another with --port (0 picks a free one)`, 1);
    fail(errorMessage(error), 1);
  }
  process.stdout.write(`${runningLine(server.url)}\n`);

  // Listeners that stay (not `once`): write-file-atomic's exit hook (signal-exit) kills the process again with the
  // signal when it finds itself the only listener left, which cut a cache write short and lost the clean exit.
  // A second signal while closing ends the process at once.
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1);
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

await main();
