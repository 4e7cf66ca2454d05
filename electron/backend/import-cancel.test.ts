// library:cancel-import through the real handlers, the real import pool (a built worker) and a library on disk:
// the file being parsed stops, a menu or folder import stops there, and nothing already in the library is lost.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import { useBuiltImportWorker } from '../../testing/backend/import-worker-build';
import { useTestLibrary } from '../../testing/backend/test-library';
import { makeDocx, makeStatementPdf } from '../../testing/fixtures/build-fixtures';
import { largeStatementBytes } from '../../testing/fixtures/large-statement';
import { createPathImportRunner } from '../path-imports';
import { createHandlers, type Handlers } from './handlers';
import { createImportPool, type ImportPool } from './import-pool';
import { STATEMENTS_DIR } from './library-store';

const worker = useBuiltImportWorker();
const { tempDir, openStore } = useTestLibrary('plenary-cancel-');
const pools: ImportPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const speech = (n: number): string =>
  `Sample — Statement ${n}\n\nDear Chair,\n\nParagraph about the review of the certification scheme, number ${n}.`;

const BIG = 20 * 1024 * 1024;

async function setUp(shell?: { cancelImport: () => void }) {
  const dir = await tempDir();
  const library = join(dir, 'library');
  const store = await openStore(library);
  const pool = createImportPool({ workerPath: worker.path() });
  pools.push(pool);
  const handlers = createHandlers(store, {
    mode: 'electron',
    version: '1',
    parse: pool.parse,
    ...(shell ? { shell: { setTheme: () => undefined, cancelImport: shell.cancelImport } } : {}),
  });
  return { dir, library, store, handlers };
}

/** Ids in the library, and the statement files on disk. */
async function contents(handlers: Handlers, library: string) {
  const ids = (await handlers['library:list']()).statements.map((s) => s.id);
  const files = (await readdir(join(library, STATEMENTS_DIR))).sort();
  return { ids, files };
}

describe('cancelling an import', () => {
  it('stops the parse running in the worker; the call answers without it and the library is as it was', async () => {
    const { library, handlers } = await setUp();
    const kept = await handlers['library:import']([
      { name: 'one.txt', bytes: new TextEncoder().encode(speech(1)) },
      {
        name: 'two.docx',
        bytes: makeDocx(['Sample — Statement 2', 'Dear Chair,', 'A paragraph on reform.']),
      },
      {
        name: 'three.pdf',
        bytes: await makeStatementPdf({
          title: 'Sample — Statement 3',
          paragraphs: ['A paragraph on reform.'],
        }),
      },
    ]);
    expect(kept.map((r) => r.ok)).toEqual([true, true, true]);
    const before = await contents(handlers, library);

    const call = handlers['library:import']([
      { name: 'huge.txt', bytes: largeStatementBytes(BIG) },
      { name: 'after-huge.txt', bytes: new TextEncoder().encode(speech(4)) },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await handlers['library:cancel-import']();
    // Neither the cancelled file nor the one after it in the same call.
    expect(await call).toEqual([]);
    expect(await contents(handlers, library)).toEqual(before);

    // The next import runs (in a new worker) and the library, reopened from disk, has everything.
    const next = await handlers['library:import']([
      { name: 'five.txt', bytes: new TextEncoder().encode(speech(5)) },
    ]);
    expect(next.map((r) => r.ok)).toEqual([true]);
    const reopened = await openStore(library);
    expect(reopened.snapshot().statements.map((s) => s.id)).toEqual([
      ...before.ids,
      next[0]!.ok && next[0]!.statement.id,
    ]);
    expect(reopened.snapshot().problems).toEqual([]);
  });

  it('stops an import call that arrives after the cancel naming its ticket; other calls still run', async () => {
    const { library, handlers } = await setUp();
    const before = await contents(handlers, library);
    // Over HTTP the small cancel can overtake the large import it was sent after.
    await handlers['library:cancel-import']('ticket-overtaken');
    const overtaken = await handlers['library:import'](
      [{ name: 'overtaken.txt', bytes: new TextEncoder().encode(speech(1)) }],
      'ticket-overtaken',
    );
    expect(overtaken).toEqual([]);
    expect(await contents(handlers, library)).toEqual(before);

    const other = await handlers['library:import'](
      [{ name: 'other.txt', bytes: new TextEncoder().encode(speech(2)) }],
      'ticket-other',
    );
    const untagged = await handlers['library:import']([
      { name: 'untagged.txt', bytes: new TextEncoder().encode(speech(3)) },
    ]);
    expect([...other, ...untagged].map((r) => r.ok)).toEqual([true, true]);
    expect((await contents(handlers, library)).ids).toHaveLength(before.ids.length + 2);
  });

  it('stops a folder import from the menu at the file being parsed; the files before it stay', async () => {
    const sent: MenuCommand[] = [];
    let cancelRunner = (): void => undefined;
    const { dir, library, handlers } = await setUp({ cancelImport: () => cancelRunner() });
    const runner = createPathImportRunner({
      handlers,
      send: (command) => sent.push(command),
      showError: (title, message) => {
        throw new Error(`${title}: ${message}`);
      },
    });
    cancelRunner = () => runner.cancel();
    const paths = [join(dir, 'a.txt'), join(dir, 'b-huge.txt'), join(dir, 'c.txt')];
    await writeFile(paths[0]!, speech(1));
    await writeFile(paths[1]!, largeStatementBytes(BIG));
    await writeFile(paths[2]!, speech(3));

    const run = runner.run(paths);
    const parsingHuge = (): boolean =>
      sent.some((c) => c.kind === 'import-progress' && c.current === 'b-huge.txt');
    while (!parsingHuge()) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // What the renderer's Cancel sends.
    await handlers['library:cancel-import']();
    await run;

    const imported = sent.find((c) => c.kind === 'imported');
    expect(
      imported?.kind === 'imported' && imported.results.map((r) => r.ok && r.statement.source.fileName),
    ).toEqual(['a.txt']);
    expect(
      sent.filter((c) => c.kind === 'import-progress').map((c) => c.kind === 'import-progress' && c.current),
    ).toEqual(['a.txt', 'b-huge.txt', null]);
    const after = await contents(handlers, library);
    expect(after.ids).toHaveLength(1);
    expect(after.files).toHaveLength(1);
  });
});
