import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibrarySnapshot } from '../../shared/ipc/contract';
import {
  DEFAULT_MAX_GROWTH_MB,
  DEFAULT_MAX_MS,
  HOSTILE_FILES,
  PWNED_GLOBAL,
  type HostileContext,
} from '../../testing/hostile/catalogue';
import { watch, type ProcessProbe } from '../../testing/hostile/watch';
import { makeDocx } from '../../testing/fixtures/build-fixtures';
import { describeImportError } from '../../shared/statements/model';
import { createHandlers, type Handlers } from './handlers';
import { importPaths } from './import-paths';
import {
  INDEX_BACKUP_FILE,
  INDEX_FILE,
  openLibraryStore,
  STATEMENTS_DIR,
  statementFileName,
  type LibraryStore,
} from './library-store';
import { SUMMARIES_CACHE_FILE, summaryOf } from './statement-summaries';

const fixtures = fileURLToPath(new URL('../../testing/fixtures/', import.meta.url));
const probe: ProcessProbe = {
  now: () => performance.now(),
  rss: () => process.memoryUsage.rss(),
  maxRssKb: () => process.resourceUsage().maxRSS,
};

const trapped: string[] = [];
let server: Server;
let context: HostileContext;
let root: string;
let libraryDir: string;
let store: LibraryStore;
let handlers: Handlers;
// Paths a traversal would reach if a file name were ever used as a path: they must never appear.
const escapes = ['evil.txt', '../evil.txt', '../../evil.txt'].map((p) => join(process.cwd(), p));

/** Every file under the library folder, by relative path, with its bytes. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    // The list's cache of hashes and counts is rewritten as the list changes (statement-summaries.test.ts).
    if (name.startsWith(SUMMARIES_CACHE_FILE)) continue;
    const path = join(dir, name);
    const content = await readFile(path).catch(() => null);
    if (content) files.set(relative(dir, path), content);
  }
  return files;
}

function orderIn(files: Map<string, Buffer>): string[] {
  return (JSON.parse(files.get(INDEX_FILE)?.toString('utf8') ?? '{}') as { order?: string[] }).order ?? [];
}

beforeAll(async () => {
  server = createServer((request, response) => {
    trapped.push(`${request.method} ${request.url}`);
    response.end('trapped');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  context = {
    trapUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    fixture: async (name) => new Uint8Array(await readFile(join(fixtures, name))),
  };
  root = await mkdtemp(join(tmpdir(), 'plenary-hostile-'));
  libraryDir = join(root, 'outer', 'library');
  await mkdir(libraryDir, { recursive: true });
  store = await openLibraryStore(libraryDir);
  handlers = createHandlers(store, { mode: 'web', version: 'test' });
  const seeded = await handlers['library:import']([
    {
      name: 'seed-2018.txt',
      bytes: new TextEncoder().encode(
        'Sample statement, 2018 (a test file)\n\nDear participants,\n\nWe welcome the progress made on the review this year, and we thank the hosts.\n\nThank you.',
      ),
    },
    {
      name: 'seed-2021.docx',
      bytes: makeDocx([
        'Sample statement, 2021 (a test file)',
        'Dear participants,',
        'Communities in mining areas still wait for the reforms promised three years ago.',
      ]),
    },
  ]);
  expect(seeded.map((r) => r.ok)).toEqual([true, true]);
  for (const path of escapes) expect(existsSync(path)).toBe(false);
});

afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
  expect(trapped).toEqual([]);
});

describe('hostile files through the backend: results, bounds, and nothing else in the library changed', () => {
  for (const file of HOSTILE_FILES) {
    it(`${file.id} → ${file.expect}`, async () => {
      const bytes = await file.make(context);
      // The store batches index writes; let them land so the files compared are the settled state.
      await store.idle();
      const before = await tree(libraryDir);
      const listed: LibrarySnapshot = await handlers['library:list']();
      const w = watch(probe);
      const [result] = await handlers['library:import']([{ name: file.fileName, bytes }]);
      const elapsed = w.elapsedMs();
      const growth = w.growthMb();
      await store.idle();
      const after = await tree(libraryDir);
      const now = await handlers['library:list']();

      expect(result).toBeDefined();
      if (!result) return;
      const added = result.ok && !result.duplicate ? result.statement : null;
      if (file.expect === 'import') {
        if (!result.ok) expect.fail(`expected an import, got ${describeImportError(result.error)}`);
        // A file with the same text as one already stored is reported as that statement, under its first name.
        if (result.duplicate) expect(listed.statements).toContainEqual(summaryOf(result.statement));
        else expect(result.statement.source.fileName).toBe(file.shownName);
      } else {
        if (result.ok) expect.fail(`expected the error ${file.expect}, got "${result.statement.title}"`);
        expect(result.error).toMatchObject({ code: file.expect, fileName: file.shownName });
      }

      // Every file that was there is byte-identical, except the index when a statement was added.
      for (const [path, content] of before) {
        if (added && (path === INDEX_FILE || path === INDEX_BACKUP_FILE)) continue;
        expect(after.get(path)?.equals(content), path).toBe(true);
      }
      if (added) {
        const newFile = join(STATEMENTS_DIR, statementFileName(added.id));
        expect([...after.keys()].filter((p) => !before.has(p))).toEqual([newFile]);
        expect(JSON.parse(after.get(newFile)?.toString('utf8') ?? 'null')).toEqual(added);
        expect(orderIn(after)).toEqual([...orderIn(before), added.id]);
        expect(now.statements.slice(0, -1)).toEqual(listed.statements);
        expect(now.statements.at(-1)).toEqual(summaryOf(added));
      } else {
        expect([...after.keys()]).toEqual([...before.keys()]);
        expect(now).toEqual(listed);
      }

      // Storing adds a write of the statement to the importer's own bounds.
      expect(elapsed).toBeLessThan(2 * (file.maxMs ?? DEFAULT_MAX_MS));
      expect(growth).toBeLessThan(file.maxGrowthMb ?? DEFAULT_MAX_GROWTH_MB);
      expect((globalThis as Record<string, unknown>)[PWNED_GLOBAL]).toBeUndefined();
      expect(trapped).toEqual([]);
    });
  }

  it('left nothing outside the library folder, and a fresh open reads the same library with no problems', async () => {
    expect(await readdir(root)).toEqual(['outer']);
    expect(await readdir(join(root, 'outer'))).toEqual(['library']);
    expect((await readdir(libraryDir)).sort()).toEqual([
      INDEX_BACKUP_FILE,
      INDEX_FILE,
      STATEMENTS_DIR,
      SUMMARIES_CACHE_FILE,
    ]);
    for (const path of escapes) expect(existsSync(path)).toBe(false);
    await store.idle();
    const reopened = await openLibraryStore(libraryDir);
    const current = await handlers['library:list']();
    const contents = reopened.snapshot();
    expect({ ...contents, statements: contents.statements.map(summaryOf) }).toEqual(current);
    expect(current.problems).toEqual([]);
  });
});

describe('a 200 MB file on disk', () => {
  it('is refused on its size before it is read: fast, and without the memory to hold it', async () => {
    const path = join(root, 'outer', 'huge.txt');
    // A sparse file: 200 MB long, no blocks on disk.
    const handle = await open(path, 'w');
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    await store.idle();
    const before = await tree(libraryDir);
    const w = watch(probe);
    const results = await importPaths(handlers, [path]);
    await store.idle();
    expect(w.elapsedMs()).toBeLessThan(1000);
    expect(w.growthMb()).toBeLessThan(50);
    expect(results).toEqual([
      {
        ok: false,
        error: expect.objectContaining({ code: 'too-large', fileName: 'huge.txt' }) as unknown,
      },
    ]);
    const [result] = results;
    if (result && !result.ok)
      expect(describeImportError(result.error)).toMatch(/^huge\.txt: file is too large/);
    const after = await tree(libraryDir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [p, content] of before) expect(after.get(p)?.equals(content)).toBe(true);
    await rm(path);
  });
});
