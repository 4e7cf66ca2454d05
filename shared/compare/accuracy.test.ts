/**
 * Precision and recall of paragraph links on generated pairs with known truth, for each kind of change
 * separately, on generated paragraphs and on the real 2019 reference paragraphs. Scored on the held-apart
 * seeds only: the thresholds are calibrated on other seeds (calibration.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAIR_KINDS, generatePair, type PairKind } from '../../testing/generators/generate-pairs';
import { CALIBRATION_SEEDS, HELD_APART_SEEDS } from '../../testing/generators/seed-sets';
import { compare } from './compare';

const corpus = readFileSync(
  new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
  'utf8',
);
const realBody = corpus
  .split(/\r?\n\s*\r?\n/)
  .map((p) => p.trim())
  .filter((p) => p.split(' ').length > 15)
  .slice(0, 10);

interface Score {
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  paragraphs: number;
  groups: number;
  groupsRight: number;
}

/** Scores links as (reference block, other block) pairs; split and merge groups also by exact group and op. */
function score(kind: PairKind, base?: readonly string[]): Score {
  const s: Score = {
    truePairs: 0,
    predictedPairs: 0,
    correctPairs: 0,
    paragraphs: 0,
    groups: 0,
    groupsRight: 0,
  };
  for (const seed of HELD_APART_SEEDS) {
    const pair = generatePair({ seed, kind, base });
    const comparison = compare(pair.reference, pair.other);
    const truth = new Set(
      pair.truth.flatMap((t) => t.reference.flatMap((r) => t.other.map((o) => `${r} ${o}`))),
    );
    const predicted = new Set(
      comparison.alignment.flatMap((e) => e.reference.flatMap((r) => e.other.map((o) => `${r} ${o}`))),
    );
    s.truePairs += truth.size;
    s.predictedPairs += predicted.size;
    for (const p of predicted) if (truth.has(p)) s.correctPairs++;
    s.paragraphs += pair.reference.blocks.length;
    for (const t of pair.truth) {
      if (t.kind !== 'split' && t.kind !== 'merged') continue;
      s.groups++;
      const entry = comparison.alignment.find(
        (e) => e.reference.join() === t.reference.join() && e.other.join() === t.other.join(),
      );
      if (entry?.op === (t.kind === 'split' ? 'split' : 'merged')) s.groupsRight++;
    }
  }
  return s;
}

const SEEDS = HELD_APART_SEEDS.length;

it('scores only seeds held apart from the calibration seeds', () => {
  const calibration = new Set(CALIBRATION_SEEDS);
  expect(HELD_APART_SEEDS.filter((seed) => calibration.has(seed))).toEqual([]);
  expect(new Set(HELD_APART_SEEDS).size).toBe(SEEDS);
});

describe.each([
  ['generated paragraphs', undefined],
  ['the real 2019 reference paragraphs', realBody],
] as const)('paragraph links on %s', (_, base) => {
  it.each(PAIR_KINDS.filter((k) => k !== 'unrelated'))('%s: precision and recall ≥ 0.95', (kind) => {
    const s = score(kind, base);
    const precision = s.correctPairs / s.predictedPairs;
    const recall = s.correctPairs / s.truePairs;
    const groups = s.groups > 0 ? `, whole split/merge groups ${(s.groupsRight / s.groups).toFixed(3)}` : '';
    console.info(
      `${kind} (${base ? 'real' : 'generated'}): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}${groups}`,
    );
    expect(s.truePairs).toBeGreaterThan(SEEDS * 4);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    if (kind === 'split' || kind === 'merge') {
      // The whole group, with the right op, not just some of its pairs.
      expect(s.groupsRight / s.groups).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('unrelated statements on the same topic: at most 5% of paragraphs falsely linked', () => {
    const s = score('unrelated', base);
    expect(s.truePairs).toBe(0);
    console.info(
      `unrelated (${base ? 'real' : 'generated'}): ${s.predictedPairs} false links over ${s.paragraphs} paragraphs`,
    );
    expect(s.predictedPairs / s.paragraphs).toBeLessThanOrEqual(0.05);
  });
});

describe('edit rate', () => {
  it('finds paragraphs with 30–35% of their words edited (recall ≥ 0.95, precision ≥ 0.95)', () => {
    let truePairs = 0;
    let predicted = 0;
    let correct = 0;
    for (const seed of HELD_APART_SEEDS) {
      const pair = generatePair({ seed, kind: 'edit', editRate: [0.3, 0.35] });
      const truth = new Set(
        pair.truth.flatMap((t) => t.reference.flatMap((r) => t.other.map((o) => `${r} ${o}`))),
      );
      const links = compare(pair.reference, pair.other).alignment.flatMap((e) =>
        e.reference.flatMap((r) => e.other.map((o) => `${r} ${o}`)),
      );
      truePairs += truth.size;
      predicted += links.length;
      correct += links.filter((l) => truth.has(l)).length;
    }
    console.info(
      `30–35% of words edited: precision ${(correct / predicted).toFixed(3)}, recall ${(correct / truePairs).toFixed(3)}`,
    );
    expect(correct / truePairs).toBeGreaterThanOrEqual(0.95);
    expect(correct / predicted).toBeGreaterThanOrEqual(0.95);
  });
});
