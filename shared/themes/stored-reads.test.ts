import { beforeAll, describe, expect, it } from 'vitest';
import { generateDerivedStatements } from '../../testing/generators/generate-pairs';
import { loadRealLikeLibrary } from '../../testing/generators/load-statement';
import { makeStatement } from '../../testing/generators/make-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import { createThemesCache, type ThemesCache, type UnsavedReads } from './themes-cache';
import { themes } from './themes';
import { bundleEnds, THEMES_READS_VERSION } from './stored-reads';
import type { Themes } from './model';
import type { UserTheme } from './user-theme';

const userThemes: UserTheme[] = [
  { id: 'traceability', label: 'Traceability', terms: ['traceability', 'chain of custody'] },
];

let reference: Statement;
let real: Statement[];
beforeAll(async () => {
  ({ real, reference } = await loadRealLikeLibrary());
});

function generated(count: number, words: number, seed: number): Statement[] {
  return generateDerivedStatements(
    seed,
    bodyBlocks(reference).map((b) => b.text),
    count,
    words,
  );
}

/** The themes of `library` with a cache, and the readings that cache would keep, as one byte string. */
function keep(library: readonly Statement[]): { json: string; cache: ThemesCache; saved: UnsavedReads } {
  const cache = createThemesCache();
  const json = JSON.stringify(themes(library, { reference: reference.id, userThemes, cache }));
  const saved = cache.unsaved(library);
  if (!saved) throw new Error('nothing to keep');
  return { json, cache, saved };
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** The themes of `library` in a new cache that adopted `stored` (a new window or a restart). */
function fromStored(library: readonly Statement[], stored: Uint8Array | readonly Uint8Array[]) {
  const cache = createThemesCache();
  cache.adopt(stored);
  const json = JSON.stringify(themes(library, { reference: reference.id, userThemes, cache }));
  return { json, cache };
}

describe('themes readings kept between sessions', () => {
  it('give the same themes, byte for byte, without reading a statement again (30 and 300 statements)', () => {
    for (const library of [
      [...real, ...generated(30 - real.length, 1500, 11)],
      [...real, ...generated(300 - real.length, 300, 12)],
    ]) {
      const { json, saved } = keep(library);
      expect(saved.replace).toBe(true);
      expect(saved.statements).toBe(library.length);
      // Several bundles, as they cross to the library folder one per call.
      if (library.length > 200) expect(saved.bundles.length).toBeGreaterThan(1);
      const again = fromStored(library, joined(saved.bundles));
      expect(again.json).toBe(json);
      expect(again.cache.reads()).toEqual({ acronyms: 0, units: 0, loaded: library.length });
      // Nothing new to keep.
      expect(again.cache.unsaved(library)).toBeNull();
      // The same from the parts as the library folder gives them.
      expect(fromStored(library, saved.bundles).json).toBe(json);
    }
  });

  it('read only a statement added since, and keep only it, added to the file', () => {
    const library = [...real, ...generated(12, 600, 21)];
    const { saved } = keep(library.slice(0, -1));
    const { json, cache } = fromStored(library, saved.bundles);
    expect(json).toBe(JSON.stringify(themes(library, { reference: reference.id, userThemes })));
    expect(cache.reads()).toEqual({ acronyms: 1, units: 1, loaded: library.length - 1 });
    const added = cache.unsaved(library);
    expect(added).toMatchObject({ replace: false, statements: 1 });
    expect(fromStored(library, [...saved.bundles, ...(added?.bundles ?? [])]).cache.reads()).toEqual({
      acronyms: 0,
      units: 0,
      loaded: library.length,
    });
  });

  it('do not stand for a statement whose text changed, even under the same id', () => {
    const library = [...real, ...generated(6, 600, 31)];
    const { saved, json: before } = keep(library);
    const last = library.at(-1) as Statement;
    const changed: Statement = {
      ...last,
      blocks: last.blocks.map((b, i) =>
        i === 1 ? { ...b, text: `${b.text} Sample addition on traceability.` } : b,
      ),
    };
    const edited = [...library.slice(0, -1), changed];
    const { json, cache } = fromStored(edited, saved.bundles);
    expect(cache.reads()).toEqual({ acronyms: 1, units: 1, loaded: library.length - 1 });
    expect(json).toBe(JSON.stringify(themes(edited, { reference: reference.id, userThemes })));
    // The added words count: the user theme is met once more in that statement.
    const count = (text: string) =>
      (JSON.parse(text) as Themes).themes
        .find((t) => t.id === 'user:traceability')
        ?.counts.find((c) => c.statement === last.id)?.count ?? 0;
    expect(count(json)).toBe(count(before) + 1);
  });

  it('are read again, all of them, when a statement added defines an acronym the others use', () => {
    const library = [...real, ...generated(6, 600, 41)];
    const { saved } = keep(library);
    const defining = makeStatement(
      [
        'Sample — the Monitoring and Assessment Team (MAT) reported on exports from the region.',
        'The MAT asked the Kimberley Process to review the Monitoring and Assessment Team findings.',
      ],
      { title: 'Sample — acronym defined', year: 2026 },
    );
    const grown = [...library, defining];
    const { json, cache } = fromStored(grown, saved.bundles);
    expect(json).toBe(JSON.stringify(themes(grown, { reference: reference.id, userThemes })));
    // The acronym evidence is kept; the units were read under other acronyms.
    expect(cache.reads()).toEqual({ acronyms: 1, units: grown.length, loaded: 0 });
    expect(cache.unsaved(grown)).toMatchObject({ replace: true, statements: grown.length });
  });

  it('are ignored when damaged, cut short or of another version: every statement is read, the file replaced', () => {
    const library = [...real, ...generated(4, 400, 51)];
    const { json, saved } = keep(library);
    const bytes = joined(saved.bundles);
    const otherVersion = new TextEncoder().encode(THEMES_READS_VERSION);
    const at = bytes.findIndex((_, i) => otherVersion.every((b, k) => bytes[i + k] === b));
    expect(at).toBeGreaterThan(0);
    const old = bytes.slice();
    old[at + otherVersion.length - 1] = '0'.charCodeAt(0); // themes-reads-0
    const flipped = bytes.slice();
    flipped[bytes.length - 3] = (flipped[bytes.length - 3] as number) ^ 0xff; // inside the last statement's key-phrase counts
    const garbage = new Uint8Array(1000).map((_, i) => (i * 7919) % 256);
    for (const damaged of [bytes.subarray(0, bytes.length - 10), old, garbage, new Uint8Array(0)]) {
      const again = fromStored(library, damaged);
      expect(again.json).toBe(json);
      expect(again.cache.reads()).toEqual({ acronyms: library.length, units: library.length, loaded: 0 });
      expect(again.cache.unsaved(library)).toMatchObject({ replace: true, statements: library.length });
    }
    expect(bundleEnds(bytes.subarray(0, bytes.length - 10))).toBeNull();
    // A statement whose bytes do not decode is read again; the others are taken.
    const some = fromStored(library, flipped);
    expect(some.json).toBe(json);
    expect(some.cache.reads().loaded + some.cache.reads().units).toBe(library.length);
  });
});
