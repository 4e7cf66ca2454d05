import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importStatement } from '../../shared/statements/import-statement';
import type { Statement } from '../../shared/statements/model';
import { loadBundledCorpus } from './bundled-corpus';
import { INDEX_BACKUP_FILE, INDEX_FILE, STATEMENTS_DIR, statementFileName } from './library-store';
import { useTestLibrary } from '../../testing/backend/test-library';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = resolve(here, '../../resources/corpus');
const { tempDir, openStore } = useTestLibrary('plenary-library-');

/** A statement made by the real importer from a .txt file's text. */
async function statementOf(name: string, text: string): Promise<Statement> {
  const result = await importStatement({ name, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(result.error.reason);
  return result.statement;
}

function speech(topic: string): string {
  return [
    `Civil Society Coalition statement on ${topic}`,
    '',
    'Dear participants,',
    '',
    `We have followed the discussions on ${topic} this week with close attention and growing concern.`,
    '',
    `Progress on ${topic} has been slow, and communities in mining areas continue to bear the cost of delay.`,
    '',
    'Thank you.',
  ].join('\n');
}

const ids = (statements: readonly Statement[]): string[] => statements.map((s) => s.id);

describe('openLibraryStore: the bundled corpus', () => {
  it('seeds the 2019 reference and the samples into an empty folder, once', async () => {
    const dir = await tempDir();
    const bundled = await loadBundledCorpus(corpusDir);
    expect(bundled.problems).toEqual([]);
    expect(bundled.reference).not.toBeNull();
    expect(bundled.samples.length).toBeGreaterThan(0);

    const store = await openStore(dir, { bundled });
    const first = store.snapshot();
    expect(first.referenceId).toBe(bundled.reference!.id);
    expect(first.statements[0]!.id).toBe(first.referenceId);
    expect(first.statements[0]!.sample).toBe(false);
    expect(first.statements.filter((s) => s.sample)).toHaveLength(bundled.samples.length);
    expect(first.problems).toEqual([]);
    const files = await readdir(join(dir, STATEMENTS_DIR));
    expect(files.sort()).toEqual(first.statements.map((s) => statementFileName(s.id)).sort());

    const again = await openStore(dir, { bundled: await loadBundledCorpus(corpusDir) });
    expect(ids(again.snapshot().statements)).toEqual(ids(first.statements));
  });

  it('keeps a removed sample removed, refuses to remove the reference, and puts the reference back if it is lost', async () => {
    const dir = await tempDir();
    const bundled = await loadBundledCorpus(corpusDir);
    const store = await openStore(dir, { bundled });
    const sample = bundled.samples[0]!;
    await store.remove(sample.id);
    await expect(store.remove(bundled.reference!.id)).rejects.toThrow(/reference .* cannot be removed/);
    expect(store.snapshot().statements.map((s) => s.id)).toContain(bundled.reference!.id);

    const reopened = await openStore(dir, { bundled });
    expect(ids(reopened.snapshot().statements)).not.toContain(sample.id);
    expect(reopened.snapshot().referenceId).toBe(bundled.reference!.id);

    await rm(join(dir, STATEMENTS_DIR, statementFileName(bundled.reference!.id)));
    const repaired = await openStore(dir, { bundled });
    expect(repaired.snapshot().statements[0]!.id).toBe(bundled.reference!.id);
  });
});

describe('LibraryStore writes', () => {
  it('does not duplicate a re-import of the same bytes or the same text', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const a = await statementOf('2023-victoria-falls.txt', speech('reform'));
    expect(await store.add(a)).toEqual({ statement: a, duplicate: false });
    const again = await statementOf('copy of 2023-victoria-falls.txt', speech('reform'));
    const outcome = await store.add(again);
    expect(outcome.duplicate).toBe(true);
    expect(outcome.statement.id).toBe(a.id);
    expect(store.snapshot().statements).toHaveLength(1);
  });

  it('keeps every entry of concurrent imports, in memory and on disk', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    // The index as it stood before the imports (it lists none of them).
    const indexBefore = await readFile(join(dir, INDEX_FILE), 'utf8');
    const statements = await Promise.all(
      Array.from({ length: 40 }, (_, i) => statementOf(`s${i}.txt`, speech(`topic number ${i}`))),
    );
    const outcomes = await Promise.all(statements.map((s) => store.add(s)));
    expect(outcomes.every((o) => !o.duplicate)).toBe(true);
    expect(new Set(ids(store.snapshot().statements))).toEqual(new Set(ids(statements)));

    // A crash right after the imports, before the index is rewritten, leaves their files beside the old index:
    // that state, copied to a folder of its own (a second store on `dir` would race this one's delayed index
    // write and could leave its own order in index.json), still loads every statement…
    const crashed = await tempDir();
    await cp(join(dir, STATEMENTS_DIR), join(crashed, STATEMENTS_DIR), { recursive: true });
    await writeFile(join(crashed, INDEX_FILE), indexBefore);
    expect((JSON.parse(indexBefore) as { order: string[] }).order).toEqual([]);
    const early = await openStore(crashed);
    expect(new Set(ids(early.snapshot().statements))).toEqual(new Set(ids(statements)));
    expect(early.snapshot().problems).toEqual([]);
    // …and once the store is idle the index holds them all, in import order.
    await store.idle();
    const index = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as { order: string[] };
    expect(index.order).toEqual(ids(store.snapshot().statements));
    const reopened = await openStore(dir);
    expect(ids(reopened.snapshot().statements)).toEqual(ids(store.snapshot().statements));
    expect(reopened.snapshot().problems).toEqual([]);
  });

  it('restores a removed statement where it was, and the removal and restore persist', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const [a, b, c] = await Promise.all(
      ['one', 'two', 'three'].map((t) => statementOf(`${t}.txt`, speech(t))),
    );
    for (const s of [a!, b!, c!]) await store.add(s);
    await store.remove(b!.id);
    expect(ids(store.snapshot().statements)).toEqual([a!.id, c!.id]);
    expect(ids((await openStore(dir)).snapshot().statements)).toEqual([a!.id, c!.id]);

    await store.restore(b!);
    expect(ids(store.snapshot().statements)).toEqual([a!.id, b!.id, c!.id]);
    expect(ids((await openStore(dir)).snapshot().statements)).toEqual([a!.id, b!.id, c!.id]);
  });

  it('persists a metadata edit, hidden samples and user themes across a new store instance', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const s = await statementOf('statement.txt', speech('monitoring'));
    await store.add(s);
    await store.replace({
      ...s,
      title: 'Edited title',
      metadata: { ...s.metadata, year: 2024, city: 'Dubai' },
    });
    await store.setSamplesHidden(true);
    await store.setUserThemes([{ id: 'u1', label: 'Monitoring', terms: ['monitoring', 'review'] }]);

    const reopened = (await openStore(dir)).snapshot();
    expect(reopened.statements[0]!.title).toBe('Edited title');
    expect(reopened.statements[0]!.metadata.year).toBe(2024);
    expect(reopened.statements[0]!.metadata.city).toBe('Dubai');
    expect(reopened.samplesHidden).toBe(true);
    expect(reopened.userThemes).toEqual([{ id: 'u1', label: 'Monitoring', terms: ['monitoring', 'review'] }]);
  });

  it('keeps the reader’s last location with the library, and drops a damaged one without losing the settings', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    expect(store.snapshot().navigation).toBeNull();
    await store.setNavigation('#view=compare&ref=abc');
    await store.setNavigation('#view=themes&ref=abc&cell=car&in=def');
    expect(store.snapshot().navigation).toBe('#view=themes&ref=abc&cell=car&in=def');
    await store.setSamplesHidden(true);
    await store.idle();
    expect((await openStore(dir)).snapshot().navigation).toBe('#view=themes&ref=abc&cell=car&in=def');

    // Hand-edited or damaged: the location is forgotten, the index and its settings are kept.
    const index = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as Record<string, unknown>;
    await writeFile(join(dir, INDEX_FILE), JSON.stringify({ ...index, navigation: 42 }));
    const damaged = (await openStore(dir)).snapshot();
    expect(damaged.navigation).toBeNull();
    expect(damaged.samplesHidden).toBe(true);
    expect(damaged.problems).toEqual([]);

    // An index written before locations were kept has no such field.
    const { navigation: _dropped, ...older } = index;
    await writeFile(join(dir, INDEX_FILE), JSON.stringify(older));
    expect((await openStore(dir)).snapshot()).toMatchObject({ navigation: null, samplesHidden: true });
  });

  it('refuses to replace a statement that is not in the library', async () => {
    const store = await openStore(await tempDir());
    await expect(store.replace(await statementOf('x.txt', speech('x')))).rejects.toThrow(/No statement/);
  });
});

describe('LibraryStore loading damaged folders', () => {
  async function libraryWith(count: number): Promise<{ dir: string; statements: Statement[] }> {
    const dir = await tempDir();
    const store = await openStore(dir);
    const statements: Statement[] = [];
    for (let i = 0; i < count; i++) {
      const s = await statementOf(`s${i}.txt`, speech(`subject ${i}`));
      await store.add(s);
      statements.push(s);
    }
    return { dir, statements };
  }

  it('sets aside a truncated statement file with a message, and loads every other statement', async () => {
    const { dir, statements } = await libraryWith(3);
    const damaged = join(dir, STATEMENTS_DIR, statementFileName(statements[1]!.id));
    const text = await readFile(damaged, 'utf8');
    await writeFile(damaged, text.slice(0, Math.floor(text.length / 2)));

    const snapshot = (await openStore(dir)).snapshot();
    expect(ids(snapshot.statements)).toEqual([statements[0]!.id, statements[2]!.id]);
    expect(snapshot.problems).toHaveLength(1);
    expect(snapshot.problems[0]).toContain(statementFileName(statements[1]!.id));
    expect(snapshot.problems[0]).toMatch(/not valid JSON .* set aside as .*\.corrupt-/);
    const files = await readdir(join(dir, STATEMENTS_DIR));
    expect(files.filter((f) => f.includes('.corrupt-'))).toHaveLength(1);
    // The damaged bytes are kept for the person to recover, not deleted.
    const aside = files.find((f) => f.includes('.corrupt-'))!;
    expect(await readFile(join(dir, STATEMENTS_DIR, aside), 'utf8')).toBe(
      text.slice(0, Math.floor(text.length / 2)),
    );

    // Loading again does not report it again: it has been dealt with.
    expect((await openStore(dir)).snapshot().problems).toEqual([]);
  });

  it('sets aside a file that is JSON but not a statement, and an empty file', async () => {
    const { dir, statements } = await libraryWith(2);
    await writeFile(
      join(dir, STATEMENTS_DIR, statementFileName(statements[0]!.id)),
      '{"id": 42, "blocks": "x"}',
    );
    await writeFile(join(dir, STATEMENTS_DIR, statementFileName(statements[1]!.id)), '');
    const snapshot = (await openStore(dir)).snapshot();
    expect(snapshot.statements).toEqual([]);
    expect(snapshot.problems).toHaveLength(2);
    expect(snapshot.problems.join('\n')).toMatch(/does not have the expected shape/);
    expect(snapshot.problems.join('\n')).toMatch(/is empty/);
  });

  it('keeps settings and user themes when the index is corrupt: they come back from its copy', async () => {
    const { dir, statements } = await libraryWith(2);
    const store = await openStore(dir);
    const theme = { id: 'user-water', label: 'Water', terms: ['water', 'rivers'] };
    await store.setUserThemes([theme]);
    await store.setSamplesHidden(true);
    await store.idle();
    await writeFile(join(dir, INDEX_FILE), '{"version": 1, "order": ["');
    const snapshot = (await openStore(dir)).snapshot();
    expect(snapshot.userThemes).toEqual([theme]);
    expect(snapshot.samplesHidden).toBe(true);
    expect(new Set(ids(snapshot.statements))).toEqual(new Set(ids(statements)));
    expect(snapshot.problems).toHaveLength(1);
    expect(snapshot.problems[0]).toMatch(/index\.json .*restored from its copy index\.backup\.json/);
  });

  it('rebuilds a corrupt index from the statement files and says so', async () => {
    const { dir, statements } = await libraryWith(3);
    await writeFile(join(dir, INDEX_FILE), '{"version": 1, "order": ["');
    await rm(join(dir, INDEX_BACKUP_FILE));
    const snapshot = (await openStore(dir)).snapshot();
    expect(new Set(ids(snapshot.statements))).toEqual(new Set(ids(statements)));
    expect(snapshot.problems).toHaveLength(1);
    expect(snapshot.problems[0]).toMatch(/index\.json .*index was rebuilt/);
    const index = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8')) as { order: string[] };
    expect(new Set(index.order)).toEqual(new Set(ids(statements)));
  });

  it('loads a statement whose index entry was never written (an interrupted import)', async () => {
    const { dir, statements } = await libraryWith(2);
    const extra = await statementOf('late.txt', speech('late arrival'));
    await writeFile(join(dir, STATEMENTS_DIR, statementFileName(extra.id)), JSON.stringify(extra));
    const snapshot = (await openStore(dir)).snapshot();
    expect(ids(snapshot.statements)).toEqual([...ids(statements), extra.id]);
  });

  it('sets aside a statement stored under another statement’s file name', async () => {
    const { dir, statements } = await libraryWith(1);
    const other = await statementOf('other.txt', speech('other'));
    await writeFile(join(dir, STATEMENTS_DIR, 'not-its-id.json'), JSON.stringify(other));
    const snapshot = (await openStore(dir)).snapshot();
    expect(ids(snapshot.statements)).toEqual(ids(statements));
    expect(snapshot.problems[0]).toMatch(/not-its-id\.json .*id does not match/);
  });

  it('removes temp files left by an old killed write, but not fresh ones', async () => {
    const { dir } = await libraryWith(1);
    const stale = join(dir, STATEMENTS_DIR, 'abc.json.123456');
    const fresh = join(dir, STATEMENTS_DIR, 'def.json.654321');
    await writeFile(stale, '{"half');
    await writeFile(fresh, '{"half');
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(stale, old, old);
    await openStore(dir);
    await expect(stat(stale)).rejects.toThrow();
    expect((await stat(fresh)).isFile()).toBe(true);
  });
});

describe('LibraryStore durability', () => {
  // Delays (ms) after a write is seen starting before the kill: inside the write, the sync, the rename.
  const KILL_DELAYS = [0, 2, 10, 30];

  it('still loads the previous or the new state after a save is killed midway (SIGKILL, several times)', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const s = await statementOf('durable.txt', speech('durability'));
    await store.add(s);
    const script = resolve(here, '../../testing/backend/save-loop.ts');
    const folder = join(dir, STATEMENTS_DIR);
    const fileName = statementFileName(s.id);

    for (const delay of KILL_DELAYS) {
      const child = spawn(process.execPath, ['--import', 'tsx', script, dir, s.id], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      // Watch the folder: as soon as the file or a temp file beside it changes, a write is under way.
      const killWhenWriting = (): void => {
        const fullSize = statSync(join(folder, fileName)).size;
        const since = performance.now();
        const poll = (): void => {
          const writing =
            readdirSync(folder).some((n) => n.startsWith(`${fileName}.`) && !n.includes('.corrupt-')) ||
            statSync(join(folder, fileName)).size !== fullSize;
          if (writing || performance.now() - since > 3000) setTimeout(() => child.kill('SIGKILL'), delay);
          else setImmediate(poll);
        };
        poll();
      };
      const saves = await new Promise<number>((resolveSaves, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const saved = out.split('\n').filter((l) => l.startsWith('saved ')).length;
          if (saved >= 2) {
            child.stdout.removeAllListeners('data');
            killWhenWriting();
            resolveSaves(saved);
          }
        });
        child.once('exit', (code) =>
          code === null ? undefined : reject(new Error(`child exited ${code}: ${err}`)),
        );
      });
      await new Promise((r) => child.once('close', r));

      const snapshot = (await openStore(dir)).snapshot();
      expect(snapshot.problems, `killed ${delay} ms into a write`).toEqual([]);
      expect(snapshot.statements).toHaveLength(1);
      const loaded = snapshot.statements[0]!;
      const n = Number(/^title (\d+)$/.exec(loaded.title)?.[1]);
      // The file holds one whole save: the last one reported or a later one that finished before the kill.
      expect(n).toBeGreaterThanOrEqual(saves);
      const filler = loaded.blocks.find((b) => b.id === 'filler')!;
      expect(filler.text.startsWith(`${n} `)).toBe(true);
      expect(filler.text.endsWith('conflict diamonds. ')).toBe(true);
    }
  });
});

describe('statement file names', () => {
  it('never give two ids one file, even on a case-insensitive file system', async () => {
    const { createHash } = await import('node:crypto');
    const hashedName = (id: string): string => createHash('sha256').update(id).digest('hex');
    const odd = 'Sample 2021 / closing';
    const ids = [
      'abc',
      'ABC',
      'Abc',
      odd,
      // An id spelling the hashed name of another (the old mapping gave both the same file).
      `h-${hashedName(odd).slice(0, 40)}`,
      `h-${hashedName(odd)}`,
      'h-x',
    ];
    const names = ids.map((id) => statementFileName(id).toLowerCase());
    expect(new Set(names).size).toBe(ids.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_-]+\.json$/);
  });

  it('moves a file saved under the old name and loads it', async () => {
    const { legacyStatementFileName } = await import('./library-store');
    const dir = await tempDir();
    {
      const first = await openStore(dir);
      const statement = { ...(await statementOf('case.txt', speech('case'))), id: 'Mixed-Case-Id' };
      await first.add(statement);
      await first.idle();
      // As an older version stored it.
      await rename(
        join(dir, STATEMENTS_DIR, statementFileName(statement.id)),
        join(dir, STATEMENTS_DIR, legacyStatementFileName(statement.id)),
      );
      const reopened = await openStore(dir);
      expect(reopened.get('Mixed-Case-Id')).toBeDefined();
      expect(reopened.snapshot().problems).toEqual([]);
      expect(await readdir(join(dir, STATEMENTS_DIR))).toContain(statementFileName(statement.id));
    }
  });
});
