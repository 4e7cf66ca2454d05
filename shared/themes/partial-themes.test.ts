import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import type { Statement } from '../statements/model';
import type { LexiconEntry } from './model';
import type { PackedThemes } from './packed-themes';
import { packedThemes } from './themes';
import { createThemesCache } from './themes-cache';

// Fictional sample statements written for this test.
const a = makeStatement(
  [
    'Clean water is scarce in the valley. Clean water was promised twice.',
    'The peer review visit went well.',
  ],
  { year: 2030, title: 'Sample A' },
);
const b = makeStatement(['Nothing here about water, only roads and bridges and a plan reviewed by peers.'], {
  year: 2031,
  title: 'Sample B',
});
const c = makeStatement(['Clean water again, and a peer review to come.'], { year: 2032, title: 'Sample C' });
const lexicon: LexiconEntry[] = [
  { id: 'water', label: 'Clean water', terms: ['clean water'] },
  { id: 'bridges', label: 'Bridges', terms: ['suspension bridge'] },
];
const userThemes = [{ id: 'review', label: 'Peer review', terms: ['peer review'] }];

/** Each partial asked for while `statements` are read: statements read, then each row's counts and quoted text. */
function partials(statements: readonly Statement[]) {
  const seen: { read: number; total: number; themes: PackedThemes }[] = [];
  const final = packedThemes(statements, {
    lexicon,
    userThemes,
    reference: a.id,
    onPartial: (read, total, partial) => seen.push({ read, total, themes: partial() }),
  });
  return { seen, final };
}

function rows(themes: PackedThemes, statements: readonly Statement[]) {
  const blockText = new Map(statements.flatMap((s) => s.blocks.map((x) => [x.id, x.text] as const)));
  return themes.themes.map((t) => ({
    id: t.id,
    source: t.source,
    counts: t.counts.map((count) => count.count),
    quoted: Array.from(t.occurrences.start, (start, i) =>
      (blockText.get(themes.blockIds[t.occurrences.block[i] as number] as string) ?? '').slice(
        start,
        t.occurrences.end[i],
      ),
    ),
  }));
}

describe('partialThemes', () => {
  it('lays out the user’s and the lexicon’s themes over the statements read so far, by hand-counted matches', () => {
    const { seen } = partials([a, b, c]);
    expect(seen.map((p) => [p.read, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const [one, two, three] = seen.map((p) => p.themes) as [PackedThemes, PackedThemes, PackedThemes];
    expect(one.statements.map((s) => s.id)).toEqual([a.id]);
    // The user's theme first; a lexicon theme no statement read carries ("suspension bridge") is left out.
    expect(rows(one, [a, b, c])).toEqual([
      { id: 'user:review', source: 'user', counts: [1], quoted: ['peer review'] },
      { id: 'lexicon:water', source: 'lexicon', counts: [2], quoted: ['Clean water', 'Clean water'] },
    ]);
    // A plan "reviewed by peers" and a lone "water" are not the terms.
    expect(two.statements.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(rows(two, [a, b, c]).map((r) => [r.id, r.counts])).toEqual([
      ['user:review', [1, 0]],
      ['lexicon:water', [2, 0]],
    ]);
    expect(rows(three, [a, b, c])).toEqual([
      { id: 'user:review', source: 'user', counts: [1, 0, 1], quoted: ['peer review', 'peer review'] },
      {
        id: 'lexicon:water',
        source: 'lexicon',
        counts: [2, 0, 1],
        quoted: ['Clean water', 'Clean water', 'Clean water'],
      },
    ]);
    // Rates per 1,000 words of each statement read, nothing discovered, no names: never the whole answer.
    const water = three.themes[1];
    expect(water?.counts.map((count) => count.per1000)).toEqual(
      three.statements.map((s, i) => Math.round((([2, 0, 1][i] as number) * 1e6) / s.words) / 1000),
    );
    expect(three.themes.some((t) => t.source === 'discovered')).toBe(false);
    expect(three.names).toEqual([]);
    expect(three.reference).toBe(a.id);
    expect(three.relative.map((r) => [r.statement, r.keeps, r.loses])).toEqual([
      [b.id, [], ['user:review', 'lexicon:water']],
      [c.id, ['user:review', 'lexicon:water'], []],
    ]);
  });

  it('leaves the full answer as it is without partials, and with a cache shared by runs', () => {
    const { final } = partials([a, b, c]);
    const alone = packedThemes([a, b, c], { lexicon, userThemes, reference: a.id });
    expect(JSON.stringify(final)).toEqual(JSON.stringify(alone));
    const cache = createThemesCache();
    const twice = [0, 1].map(() =>
      packedThemes([a, b, c], {
        lexicon,
        userThemes,
        reference: a.id,
        cache,
        onPartial: (_read, _total, partial) => partial(),
      }),
    );
    for (const run of twice) expect(JSON.stringify(run)).toEqual(JSON.stringify(alone));
  });

  it('gives a first look at the first statements before the acronyms across all are looked for, the answer unchanged', () => {
    const told: string[] = [];
    const seen: { read: number; themes: PackedThemes }[] = [];
    const withLook = packedThemes([a, b, c], {
      lexicon,
      userThemes,
      firstLook: 2,
      onProgress: (progress) => told.push(`${progress.step} ${progress.done}`),
      onPartial: (read, _total, partial) => {
        told.push(`partial ${read}`);
        seen.push({ read, themes: partial() });
      },
    });
    // The first look comes first, over the first two; the partials read with all the acronyms follow.
    expect(told[0]).toBe('partial 2');
    expect(told.indexOf('acronyms 1')).toBeGreaterThan(0);
    const look = seen[0] as { read: number; themes: PackedThemes };
    expect(look.themes.statements.map((st) => st.id)).toEqual([a.id, b.id]);
    // By hand: "clean water" twice in A, never in B; "peer review" once in A, never in B ("reviewed by peers").
    expect(rows(look.themes, [a, b]).map((r) => [r.id, r.counts])).toEqual([
      ['user:review', [1, 0]],
      ['lexicon:water', [2, 0]],
    ]);
    // The answer is the one worked out without a first look.
    expect(withLook).toEqual(packedThemes([a, b, c], { lexicon, userThemes }));
  });
});
