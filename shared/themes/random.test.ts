import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomParagraphs } from '../../testing/generators/generate-text';
import { makeStatement } from '../../testing/generators/make-statement';
import { createRandom } from '../../testing/generators/prng';
import { badOccurrences, carriesTerm } from './check-occurrences';
import { themes } from './themes';

const fieldWords = (
  'the of and to a in KP Kimberley Process (KP) Central African Republic (CAR) CAR diamonds conflict ' +
  'definition scope reform civil society peer review secretariat Multi-Donor Fund Ladies gentlemen thank ' +
  'welcome 2019 November email reply don’t it’s KP’s État naïve 中国 💎 — , ; . ( ) " \' -'
).split(' ');

// Text from field words, stray punctuation and arbitrary characters, in paragraphs.
const wordyText = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fieldWords) }, { weight: 1, arbitrary: fc.string() }),
    {
      maxLength: 80,
    },
  )
  .map((words) => words.join(' '));
const anyText = fc.oneof(
  wordyText,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);
const statementText = fc.array(anyText, { minLength: 1, maxLength: 5 });

describe('themes on arbitrary text', () => {
  it('never throws and every occurrence points inside its block at one of its terms', () => {
    fc.assert(
      fc.property(
        fc.array(statementText, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 2000, max: 2030 }),
        (texts, year) => {
          const statements = texts.map((paragraphs, i) => makeStatement(paragraphs, { year: year + i }));
          const result = themes(statements, {
            reference: statements[0],
            userThemes: [
              { id: 'u', label: 'User', terms: ['conflict diamonds', 'État', '中国', '💎', 'the'] },
            ],
          });
          expect(badOccurrences(result, statements)).toEqual([]);
          for (const theme of result.themes) expect(theme.counts).toHaveLength(result.statements.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('holds on generated statements in the field’s vocabulary', () => {
    const random = createRandom(7);
    const statements = Array.from({ length: 30 }, (_, i) =>
      makeStatement(randomParagraphs(random, 400), { year: 2003 + i }),
    );
    const result = themes(statements);
    // Made-up words and the field's specific phrases; its general words (report, fund, system) are no theme alone.
    expect(result.themes.filter((t) => t.source === 'discovered').length).toBeGreaterThanOrEqual(10);
    expect(badOccurrences(result, statements)).toEqual([]);
  });
});

describe('the occurrence check itself', () => {
  it('reports an occurrence moved off its term or out of its block', () => {
    const a = makeStatement(['The peer review system works.'], { year: 2018 });
    const b = makeStatement(['A peer review again.'], { year: 2019 });
    const result = themes([a, b]);
    expect(badOccurrences(result, [a, b])).toEqual([]);
    const shift = (by: number) => ({
      ...result,
      themes: result.themes.map((t) => ({
        ...t,
        occurrences: t.occurrences.map((o) => ({ ...o, start: o.start + by, end: o.end + by })),
      })),
    });
    expect(badOccurrences(shift(2), [a, b]).length).toBeGreaterThan(0);
    expect(badOccurrences(shift(100), [a, b]).length).toBeGreaterThan(0);
  });

  it('reads terms on word stems and acronyms as their long forms', () => {
    const acronyms = { KP: 'Kimberley Process' };
    expect(carriesTerm('Kimberley Process reform', 'KP reform', 'lexicon', acronyms)).toBe(true);
    expect(carriesTerm('affected communities', 'affected community', 'user', acronyms)).toBe(true);
    expect(carriesTerm('affected villages', 'affected community', 'user', acronyms)).toBe(false);
    expect(carriesTerm('Conflict  Diamonds', 'conflict diamonds', 'discovered', acronyms)).toBe(true);
    expect(carriesTerm('conflict diamond', 'conflict diamonds', 'discovered', acronyms)).toBe(false);
  });
});
