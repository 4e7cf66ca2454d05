import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../shared/statements/model';
import { bundleEnds } from '../../shared/themes/stored-reads';
import { createThemesCache } from '../../shared/themes/themes-cache';
import { themes } from '../../shared/themes/themes';
import { createThemesReadsStore } from '../../renderer/themes/themes-reads';
import { derivedLibrary, useTestLibrary } from '../../testing/backend/test-library';
import { checkedHandlers } from '../../testing/backend/checked-handlers';
import { createHandlers } from './handlers';
import { openThemesReadsFile, THEMES_READS_FILE } from './themes-reads-file';

const testLibrary = useTestLibrary('plenary-themes-reads-');

/** A library folder of statements derived from the 2019 reference, and the statements. */
const library = (count: number) => derivedLibrary(testLibrary, 91, count);

/** A window over the folder (handlers as a restart opens them): its themes as the worker finds them, what it read. */
async function window(dir: string, statements: readonly Statement[], referenceId: string) {
  const store = await testLibrary.openStore(dir);
  // Through the channels' argument checks, as a window's calls go.
  const kept = createThemesReadsStore(
    checkedHandlers(createHandlers(store, { mode: 'web', version: 'test' })),
  );
  const cache = createThemesCache();
  cache.adopt(await kept.take());
  const json = JSON.stringify(themes(statements, { reference: referenceId, cache }));
  const unsaved = cache.unsaved(statements);
  if (unsaved) await kept.save(unsaved);
  return { json, reads: cache.reads(), unsaved };
}

describe('themes readings in the library folder', () => {
  it('are read by the next window, which then reads no statement; the themes are the same', async () => {
    const { dir, statements, reference } = await library(8);
    const first = await window(dir, statements, reference.id);
    expect(first.reads).toEqual({ acronyms: statements.length, units: statements.length, loaded: 0 });
    expect(first.unsaved?.replace).toBe(true);
    expect(bundleEnds(new Uint8Array(await readFile(join(dir, THEMES_READS_FILE))))).toHaveLength(1);

    const second = await window(dir, statements, reference.id);
    expect(second.reads).toEqual({ acronyms: 0, units: 0, loaded: statements.length });
    expect(second.unsaved).toBeNull();
    expect(second.json).toBe(first.json);
    expect(second.json).toBe(JSON.stringify(themes(statements, { reference: reference.id })));
  });

  it('gain a bundle for a statement added, and are rebuilt whole from a damaged file', async () => {
    const { dir, statements, reference } = await library(6);
    const fewer = statements.slice(0, -1);
    await window(dir, fewer, reference.id);
    const grown = await window(dir, statements, reference.id);
    expect(grown.reads).toEqual({ acronyms: 1, units: 1, loaded: fewer.length });
    expect(grown.unsaved).toMatchObject({ replace: false, statements: 1 });
    const path = join(dir, THEMES_READS_FILE);
    expect(bundleEnds(new Uint8Array(await readFile(path)))).toHaveLength(2);

    // Cut short (a save that stopped half-way): nothing of it is used, no statement is lost, the file is rewritten.
    await truncate(path, (await stat(path)).size - 5);
    const damaged = await window(dir, statements, reference.id);
    expect(damaged.reads).toEqual({ acronyms: statements.length, units: statements.length, loaded: 0 });
    expect(damaged.json).toBe(grown.json);
    expect(bundleEnds(new Uint8Array(await readFile(path)))).toHaveLength(1);
    expect((await window(dir, statements, reference.id)).reads.loaded).toBe(statements.length);

    // Not bundles at all.
    await writeFile(path, 'not a themes readings file');
    expect((await window(dir, statements, reference.id)).reads.loaded).toBe(0);
    expect((await window(dir, statements, reference.id)).reads.loaded).toBe(statements.length);
  });

  it('are given in parts of whole bundles, and refuse to keep bytes that are not one bundle', async () => {
    const { dir, statements, reference } = await library(3);
    await window(dir, statements.slice(0, 2), reference.id);
    await window(dir, statements.slice(0, 3), reference.id);
    await window(dir, statements, reference.id);
    const whole = new Uint8Array(await readFile(join(dir, THEMES_READS_FILE)));
    const ends = bundleEnds(whole) ?? [];
    expect(ends).toHaveLength(3);
    // Parts no larger than one bundle: one bundle each.
    const file = openThemesReadsFile(dir, 1);
    const parts: Uint8Array[] = [];
    for (let from: number | null = 0; from !== null;) {
      const part = await file.part(from);
      parts.push(part.bytes);
      from = part.next;
    }
    expect(parts.map((p) => p.length)).toEqual(
      ends.map((end, i) => end - (i === 0 ? 0 : (ends[i - 1] as number))),
    );
    expect((await file.part(1)).bytes.length).toBe(0);
    await expect(file.save(new TextEncoder().encode('PDTR and then nothing'), false)).rejects.toThrow(
      'Not one bundle',
    );
    await expect(file.save(whole, false)).rejects.toThrow('Not one bundle');
    expect(new Uint8Array(await readFile(join(dir, THEMES_READS_FILE)))).toEqual(whole);
  });
});
