import { beforeAll, describe, expect, it } from 'vitest';
import { generateDerivedStatements } from '../../testing/generators/generate-pairs';
import { loadRealLikeLibrary } from '../../testing/generators/load-statement';
import { makeStatement } from '../../testing/generators/make-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import type { ThemesProgress } from './model';
import type { UserTheme } from './user-theme';
import { createThemesCache, type ThemesCache } from './themes-cache';
import { themes } from './themes';

let reference: Statement;
let library: Statement[];
let added: Statement;
beforeAll(async () => {
  const loaded = await loadRealLikeLibrary();
  const real = loaded.real;
  reference = loaded.reference;
  const derived = generateDerivedStatements(
    7,
    bodyBlocks(reference).map((b) => b.text),
    13,
    600,
  ).map((s, i) => ({ ...s, id: `derived-${i}` }));
  library = [...real, ...derived.slice(0, -1)];
  added = derived.at(-1) as Statement;
});

const userThemes: UserTheme[] = [
  { id: 'traceability', label: 'Traceability', terms: ['traceability', 'chain of custody'] },
];

describe('themes with a cache', () => {
  it('gives the same themes as without one, and reads only the statement added', () => {
    const cache = createThemesCache();
    const before = themes(library, { reference: reference.id, cache });
    expect(before).toEqual(themes(library, { reference: reference.id }));
    expect(cache.reads()).toEqual({ acronyms: library.length, units: library.length, loaded: 0 });

    const grown = [...library, added];
    const after = themes(grown, { reference: reference.id, cache });
    expect(cache.reads()).toEqual({ acronyms: library.length + 1, units: library.length + 1, loaded: 0 });
    const fresh = themes(grown, { reference: reference.id });
    expect(JSON.stringify(after)).toBe(JSON.stringify(fresh));
    // Not a trivial result: discovered themes, names and acronyms, and the added statement carries themes.
    expect(fresh.themes.filter((t) => t.source === 'discovered').length).toBeGreaterThan(5);
    expect(fresh.names.length).toBeGreaterThan(0);
    expect(Object.keys(fresh.acronyms)).toContain('KP');
    expect(fresh.themes.some((t) => t.occurrences.some((o) => o.statement === added.id))).toBe(true);
  });

  it('stays the same as without one when statements leave, change order and user themes change', () => {
    const cache = createThemesCache();
    // The only statement naming the DRC (an acronym the lexicon knows): without it, the DRC is not listed.
    const drc = makeStatement(['Sample — exports from the DRC rose again, and the DRC asked for support.'], {
      title: 'Sample — the DRC',
      year: 2024,
    });
    const first = themes([...library, drc], { reference: reference.id, cache });
    expect(first.acronyms.DRC).toBe('Democratic Republic of the Congo');
    const reordered = [...library].reverse().filter((s, i) => s === reference || i % 4 !== 1);
    const options = { reference: reference.id, userThemes };
    const cached = themes(reordered, { ...options, cache });
    expect(JSON.stringify(cached)).toBe(JSON.stringify(themes(reordered, options)));
    expect(cache.reads().units).toBe(library.length + 1);
    expect(cached.acronyms.DRC).toBeUndefined();
    expect(cached.themes.some((t) => t.id === 'user:traceability' && t.total > 0)).toBe(true);
  });

  it('finds the candidate phrases once while only the user themes change, and matches only the user terms again', () => {
    const cache = createThemesCache();
    // The terms' signatures `match` is called for, once per statement matched afresh.
    const matchedFor: string[] = [];
    const counting: ThemesCache = {
      ...cache,
      termMatches: (statements, signature) => {
        const kept = cache.termMatches(statements, signature);
        return (s, match) =>
          kept(s, () => {
            matchedFor.push(signature);
            return match();
          });
      },
    };
    const options = { reference: reference.id };
    const plain = themes(library, { ...options, cache: counting });
    expect(JSON.stringify(plain)).toBe(JSON.stringify(themes(library, options)));
    expect(cache.discoveries()).toBe(1);
    const lexiconSignature = matchedFor[0] as string;
    expect(matchedFor).toEqual(library.map(() => lexiconSignature));

    const smuggling: UserTheme = {
      id: 'smuggling',
      label: 'Smuggling',
      terms: ['smuggling', 'illicit trade'],
    };
    for (const user of [userThemes, [...userThemes, smuggling], [smuggling]]) {
      matchedFor.length = 0;
      const cached = themes(library, { ...options, userThemes: user, cache: counting });
      expect(JSON.stringify(cached)).toBe(JSON.stringify(themes(library, { ...options, userThemes: user })));
      expect(cache.discoveries()).toBe(1);
      const userSignature = JSON.stringify(user.map((u) => u.terms));
      expect(matchedFor).toEqual(library.map(() => userSignature));
    }

    // Another reference among the same statements: only which themes each statement keeps changes.
    const other = { reference: (library.find((s) => s.id !== reference.id) as Statement).id, userThemes };
    matchedFor.length = 0;
    const moved = themes(library, { ...other, cache: counting });
    expect(JSON.stringify(moved)).toBe(JSON.stringify(themes(library, other)));
    expect(cache.discoveries()).toBe(1);
    expect(matchedFor).toEqual([]);

    // Other statements, or the same in another order: the candidates are found again.
    themes([...library].reverse(), { ...options, cache: counting });
    expect(cache.discoveries()).toBe(2);
  });

  it('reads every statement again when a new one defines an acronym the others use', () => {
    const cache = createThemesCache();
    themes(library, { reference: reference.id, cache });
    const defining = makeStatement(
      [
        'Sample — the Monitoring and Assessment Team (MAT) reported on exports from the region.',
        'The MAT asked the Kimberley Process to review the Monitoring and Assessment Team findings.',
      ],
      { title: 'Sample — acronym defined', year: 2026 },
    );
    const grown = [...library, defining];
    const cached = themes(grown, { reference: reference.id, cache });
    const fresh = themes(grown, { reference: reference.id });
    expect(fresh.acronyms.MAT).toBe('Monitoring and Assessment Team');
    expect(JSON.stringify(cached)).toBe(JSON.stringify(fresh));
    expect(cache.reads()).toEqual({ acronyms: library.length + 1, units: 2 * library.length + 1, loaded: 0 });
  });

  it('tells its progress: every statement scanned, then every one read, then the step across the library', () => {
    const notes: ThemesProgress[] = [];
    const cache = createThemesCache();
    const first = themes(library, { reference: reference.id, cache, onProgress: (p) => notes.push(p) });
    const n = library.length;
    const expected = (step: ThemesProgress['step']) =>
      Array.from({ length: n }, (_, i) => ({ step, done: i + 1, total: n }));
    expect(notes).toEqual([
      ...expected('acronyms'),
      ...expected('reading'),
      { step: 'library', done: 0, total: 1 },
    ]);
    // The same notes when everything is known already, and the same themes as without them.
    notes.length = 0;
    const again = themes(library, { reference: reference.id, cache, onProgress: (p) => notes.push(p) });
    expect(notes.length).toBe(2 * n + 1);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });
});
