import { describe, expect, it } from 'vitest';
import { diffTokens, equalWords, wordDiff } from '../../shared/compare/word-diff';
import { bodyBlocks } from '../../shared/statements/model';
import { PAIR_KINDS, editWords, generateLargePair, generatePair } from './generate-pairs';
import { createRandom } from './prng';

describe('generatePair', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generatePair({ seed: 5, kind: 'mixed' })).toEqual(generatePair({ seed: 5, kind: 'mixed' }));
    expect(generatePair({ seed: 6, kind: 'mixed' }).other).not.toEqual(
      generatePair({ seed: 5, kind: 'mixed' }).other,
    );
  });

  it.each(PAIR_KINDS)('%s: truth links name real blocks, each other block at most once', (kind) => {
    for (let seed = 0; seed < 20; seed++) {
      const pair = generatePair({ seed, kind });
      const refIds = new Set(bodyBlocks(pair.reference).map((b) => b.id));
      const otherIds = bodyBlocks(pair.other).map((b) => b.id);
      const used = pair.truth.flatMap((t) => t.other);
      expect(new Set(used).size).toBe(used.length);
      for (const t of pair.truth) {
        for (const id of t.reference) expect(refIds.has(id)).toBe(true);
        for (const id of t.other) expect(otherIds).toContain(id);
        // Pieces of a split and parts of a merge are consecutive, as compare() reports them.
        const positions = t.other.map((id) => otherIds.indexOf(id));
        expect(positions).toEqual(positions.map((_, i) => (positions[0] as number) + i));
      }
      if (kind === 'unrelated') expect(pair.truth).toEqual([]);
      if (kind === 'split')
        expect(pair.truth.some((t) => t.kind === 'split' && t.other.length > 1)).toBe(true);
      if (kind === 'merge')
        expect(pair.truth.some((t) => t.kind === 'merged' && t.reference.length > 1)).toBe(true);
    }
  });
});

describe('editWords', () => {
  it('changes about the share of words it is asked to', () => {
    const random = createRandom(1);
    const text = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    for (const rate of [0.05, 0.2, 0.35]) {
      const edited = editWords(random, text, rate);
      const kept = equalWords(wordDiff(text, edited)) / 2000;
      expect(kept).toBeGreaterThan(1 - rate - 0.05);
      expect(kept).toBeLessThan(1 - rate * 0.6);
    }
  });
});

describe('generateLargePair', () => {
  it('makes about the words asked for, with about a tenth of the paragraphs changed', () => {
    const { reference, other } = generateLargePair(3, 10_000);
    const words = bodyBlocks(reference).reduce(
      (n, b) => n + diffTokens(b.text).filter((t) => /\w/.test(t)).length,
      0,
    );
    expect(words).toBeGreaterThanOrEqual(10_000);
    expect(words).toBeLessThan(11_000);
    const same = new Set(bodyBlocks(reference).map((b) => b.text));
    const changed = bodyBlocks(other).filter((b) => !same.has(b.text)).length;
    expect(changed / bodyBlocks(other).length).toBeGreaterThan(0.04);
    expect(changed / bodyBlocks(other).length).toBeLessThan(0.2);
  });
});
