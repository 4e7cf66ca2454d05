/**
 * Candidates by meaning (paraphrase.ts meaningCandidates): two fictional paragraphs that say one thing in other
 * words share no stem, so the paragraph cosine never proposes them; their lexicon groups do.
 */
import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { analyseStatement } from './analyse';
import { PARAPHRASE_MIN_COSINE, meaningCandidates } from './paraphrase';
import { cosine, makeWeighting } from './similarity';
import { createTermVocabulary } from './text-terms';

const SAID = 'The rebels tried to overthrow the rulers, and every attempt was a failure.';
const REWORDED = 'Insurgents sought to topple those who govern; each effort was unsuccessful.';
const UNRELATED = 'Sample paragraph: the delegates enjoyed a calm week in the old town by the river.';

function measure(other: string) {
  const vocabulary = createTermVocabulary();
  const reference = analyseStatement(
    makeStatement([SAID], { title: 'Sample — said', year: 2030 }),
    vocabulary,
  );
  const analysed = analyseStatement(
    makeStatement([other], { title: 'Sample — other', year: 2031 }),
    vocabulary,
  );
  const weighting = makeWeighting(reference, analysed);
  const stems = cosine(
    weighting.vector(reference.body[0]!, 'reference'),
    weighting.vector(analysed.body[0]!, 'other'),
  );
  const meaning = meaningCandidates(reference, analysed, weighting, [0], [0], 0)[0]?.meaning ?? 0;
  const proposed = meaningCandidates(reference, analysed, weighting, [0], [0], PARAPHRASE_MIN_COSINE);
  return { stems, meaning, proposed: proposed.length };
}

describe('candidates by meaning', () => {
  it('proposes a paragraph reworded with synonyms that shares no stem', () => {
    const m = measure(REWORDED);
    expect(m.stems).toBeLessThan(PARAPHRASE_MIN_COSINE);
    expect(m.meaning).toBeGreaterThanOrEqual(PARAPHRASE_MIN_COSINE);
    expect(m.proposed).toBe(1);
  });

  it('does not propose a paragraph about something else', () => {
    const m = measure(UNRELATED);
    expect(m.meaning).toBeLessThan(PARAPHRASE_MIN_COSINE);
    expect(m.proposed).toBe(0);
  });
});

describe('candidates by meaning over many blocks', () => {
  // Fictional samples of several lengths: a block whose length fits no block of the other side has no vector made.
  const LONG =
    'Sample text: the rebels tried again and again to overthrow the rulers of the old town by the river, and every ' +
    'attempt they made over many long years of struggle and hardship was in the end a failure for them all.';
  const SHORT = 'Sample: rebels failed.';
  const referenceTexts = [SAID, LONG, SHORT, UNRELATED];
  // LONG and SHORT of the reference fit no other block, and the other's doubled LONG no reference block.
  const otherTexts = [
    REWORDED,
    UNRELATED,
    `${LONG} ${LONG}`,
    'Sample: insurgents sought to topple the rulers.',
    SAID,
  ];

  it('gives the pairs that each pair measured alone gives, in the same order', () => {
    const vocabulary = createTermVocabulary();
    const reference = analyseStatement(
      makeStatement(referenceTexts, { title: 'Sample — said', year: 2030 }),
      vocabulary,
    );
    const other = analyseStatement(
      makeStatement(otherTexts, { title: 'Sample — other', year: 2031 }),
      vocabulary,
    );
    const weighting = makeWeighting(reference, other);
    const all = (n: number) => [...Array(n).keys()];
    const together = meaningCandidates(
      reference,
      other,
      weighting,
      all(referenceTexts.length),
      all(otherTexts.length),
      0,
    );
    const alone = all(referenceTexts.length).flatMap((i) =>
      all(otherTexts.length).flatMap((j) => meaningCandidates(reference, other, weighting, [i], [j], 0)),
    );
    expect(together.length).toBeGreaterThan(2);
    expect(together).toEqual(alone);
  });
});
