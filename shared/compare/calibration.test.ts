/**
 * Calibration of the alignment thresholds on the calibration seed set only (the accuracy is reported on the
 * held-apart set, accuracy.test.ts). Measures what separates true links from false ones and fails when a
 * threshold in align-paragraphs.ts no longer falls in the gap.
 */
import { describe, expect, it } from 'vitest';
import { generatePair, type GeneratedPair } from '../../testing/generators/generate-pairs';
import { CALIBRATION_SEEDS } from '../../testing/generators/seed-sets';
import { CHAIN_THRESHOLD, MOVE_THRESHOLD, PIECE_CONTAINMENT } from './align-paragraphs';
import { analyseStatement, type BlockAnalysis } from './analyse';
import { containment, cosine, makeWeighting, type Weighting } from './similarity';
import { createTermVocabulary } from './text-terms';

/** The value below which a share `p` of the sorted values lies. */
function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

/** A generated pair analysed as compare() analyses it, with its blocks by id. */
function analysed(pair: GeneratedPair): {
  weighting: Weighting;
  reference: ReadonlyMap<string, BlockAnalysis>;
  other: ReadonlyMap<string, BlockAnalysis>;
} {
  const vocabulary = createTermVocabulary();
  const reference = analyseStatement(pair.reference, vocabulary);
  const other = analyseStatement(pair.other, vocabulary, reference);
  return {
    weighting: makeWeighting(reference, other),
    reference: new Map(reference.body.map((b) => [b.block.id, b])),
    other: new Map(other.body.map((b) => [b.block.id, b])),
  };
}

// Unrelated same-topic paragraphs (every cross pair) against true pairs with 30–35% of their words edited,
// and true pieces of a split against unrelated paragraphs, as the pieces pass measures them.
const unrelated: number[] = [];
const strangers: number[] = [];
const edited: number[] = [];
const pieces: number[] = [];
for (const seed of CALIBRATION_SEEDS) {
  const apart = analysed(generatePair({ seed, kind: 'unrelated' }));
  for (const r of apart.reference.values())
    for (const o of apart.other.values()) {
      const [rv, ov] = [apart.weighting.vector(r, 'reference'), apart.weighting.vector(o, 'other')];
      unrelated.push(cosine(rv, ov));
      strangers.push(containment(ov, rv));
    }
  const editPair = generatePair({ seed, kind: 'edit', editRate: [0.3, 0.35] });
  const edits = analysed(editPair);
  for (const t of editPair.truth.filter((link) => link.kind === 'edited')) {
    const r = edits.reference.get(t.reference[0] as string) as BlockAnalysis;
    const o = edits.other.get(t.other[0] as string) as BlockAnalysis;
    edited.push(cosine(edits.weighting.vector(r, 'reference'), edits.weighting.vector(o, 'other')));
  }
  const splitPair = generatePair({ seed, kind: 'split' });
  const splits = analysed(splitPair);
  for (const t of splitPair.truth.filter((link) => link.kind === 'split')) {
    const whole = splits.weighting.vector(
      splits.reference.get(t.reference[0] as string) as BlockAnalysis,
      'reference',
    );
    for (const id of t.other)
      pieces.push(
        containment(splits.weighting.vector(splits.other.get(id) as BlockAnalysis, 'other'), whole),
      );
  }
}

describe(`alignment thresholds, calibrated on ${CALIBRATION_SEEDS.length} seeds`, () => {
  it('measured enough pairs of each kind', () => {
    expect(unrelated.length).toBeGreaterThan(10_000);
    expect(edited.length).toBeGreaterThan(1_000);
    expect(pieces.length).toBeGreaterThan(500);
  });

  it('links paragraphs (CHAIN_THRESHOLD, MOVE_THRESHOLD) above 99.9% of unrelated pairs and below 99% of edited ones', () => {
    const falseHigh = quantile(unrelated, 0.999);
    const trueLow = quantile(edited, 0.01);
    console.info(
      `calibration: unrelated same-topic pairs ≤ ${falseHigh.toFixed(3)} in 99.9% (max ${Math.max(...unrelated).toFixed(3)}); ` +
        `pairs with 30–35% of words edited ≥ ${trueLow.toFixed(3)} in 99%; chain ${CHAIN_THRESHOLD}, move ${MOVE_THRESHOLD}`,
    );
    expect(falseHigh).toBeLessThan(CHAIN_THRESHOLD);
    expect(CHAIN_THRESHOLD).toBeLessThanOrEqual(MOVE_THRESHOLD);
    expect(MOVE_THRESHOLD).toBeLessThan(trueLow);
  });

  it('joins a piece (PIECE_CONTAINMENT) above 99% of unrelated paragraphs and below 99% of true pieces', () => {
    const falseHigh = quantile(strangers, 0.99);
    const trueLow = quantile(pieces, 0.01);
    console.info(
      `calibration: share of an unrelated paragraph found in another ≤ ${falseHigh.toFixed(3)} in 99%; ` +
        `of a true split piece in its paragraph ≥ ${trueLow.toFixed(3)} in 99%; piece containment ${PIECE_CONTAINMENT}`,
    );
    expect(falseHigh).toBeLessThan(PIECE_CONTAINMENT);
    expect(PIECE_CONTAINMENT).toBeLessThan(trueLow);
  });
});
