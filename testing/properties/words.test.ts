import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffOther, diffReference, wordDiff } from '../../shared/compare/word-diff';
import {
  foldWord,
  scanWords,
  startsWord,
  textTokens,
  wordSpans,
  type WordOptions,
} from '../../shared/text/words';
import { createVocabulary, idOf } from '../../shared/text/vocabulary';
import { adversarialText } from './arbitraries';

/** Pieces that sit at the edges of words: apostrophes, hyphens, marks, CJK, emoji, surrogate halves. */
const EDGES = [
  "'",
  '’',
  "'s",
  '’S',
  '-',
  '‐',
  ' - ',
  '\u0301',
  'e\u0301',
  '中国',
  'カタカナ',
  'ひらがな',
  '💎',
  '𝐀𝐁',
  '\ud83d',
  '\ude00',
  'İ',
  'ß',
  'ǅ',
  'ﬁ',
  '½',
  '٣',
  ',',
  '.',
  ' ',
  '\u00a0',
  '\t',
  'KP',
  'don',
  't',
  'État',
];

/** Text built from edge pieces and words, or adversarial text of any script. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...EDGES), fc.string({ unit: 'grapheme', maxLength: 4 })), {
      maxLength: 30,
    })
    .map((parts) => parts.join('')),
  adversarialText,
);

const options: fc.Arbitrary<WordOptions> = fc.record({
  cjk: fc.constantFrom('each', 'run'),
  possessive: fc.constantFrom('keep', 'drop'),
  fold: fc.constantFrom('none', 'lower', 'accents'),
});

const runs = { numRuns: 300 };

describe('the one word scanner', () => {
  it('gives words whose offsets slice back to their text, folded as asked', () => {
    fc.assert(
      fc.property(text, options, (source, asked) => {
        for (const span of wordSpans(source, asked)) {
          expect(source.slice(span.start, span.end)).toBe(span.text);
          expect(span.text.length).toBeGreaterThan(0);
          expect(startsWord(span.text, 0)).toBe(true);
          expect(span.word).toBe(foldWord(span.text, asked.fold));
        }
      }),
      runs,
    );
  });

  it('gives words in order that never overlap', () => {
    fc.assert(
      fc.property(text, options, (source, asked) => {
        const spans = wordSpans(source, asked);
        for (let i = 1; i < spans.length; i++) {
          const before = spans[i - 1] as { end: number };
          expect(before.end).toBeLessThanOrEqual((spans[i] as { start: number }).start);
        }
      }),
      runs,
    );
  });

  it('misses no letter or digit: every one outside the words is a dropped possessive s', () => {
    fc.assert(
      fc.property(text, options, (source, asked) => {
        const covered = new Uint8Array(source.length);
        scanWords(source, (start, end) => covered.fill(1, start, end), asked);
        for (let i = 0; i < source.length; i++) {
          if (covered[i] || !startsWord(source, i)) continue;
          // Only a possessive the options drop, or the low half of a pair whose high half is covered.
          const possessive =
            asked.possessive === 'drop' && /['’][sS]$/.test(source.slice(0, i + 1)) && covered[i - 2] === 1;
          expect(possessive || covered[i - 1] === 1).toBe(true);
        }
      }),
      runs,
    );
  });

  it('splits CJK into single characters when asked, and keeps the rest of a word whole', () => {
    fc.assert(
      fc.property(text, (source) => {
        for (const span of wordSpans(source, { cjk: 'each' })) {
          if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(span.text))
            expect([...span.text]).toHaveLength(1);
        }
      }),
      runs,
    );
  });

  it('folds idempotently: a folded word folds to itself', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('lower', 'accents') as fc.Arbitrary<WordOptions['fold']>,
        (source, fold) => {
          for (const span of wordSpans(source, { fold })) expect(foldWord(span.word, fold)).toBe(span.word);
        },
      ),
      runs,
    );
  });

  it('tokenises for the diff into pieces that join back to the text, its words among them', () => {
    fc.assert(
      fc.property(text, options, (source, asked) => {
        const tokens = textTokens(source, asked);
        expect(tokens.join('')).toBe(source);
        expect(tokens.every((t) => t.length > 0)).toBe(true);
        // Kept whole, the words are exactly the tokens that start with a letter or digit.
        const whole = { ...asked, possessive: 'keep' as const };
        const inTokens = textTokens(source, whole).filter((t) => startsWord(t, 0));
        expect(inTokens).toEqual(wordSpans(source, whole).map((s) => s.text));
      }),
      runs,
    );
  });

  it('diffs word by word so that the parts rebuild both texts', () => {
    fc.assert(
      fc.property(text, text, (reference, other) => {
        const parts = wordDiff(reference, other);
        expect(diffReference(parts)).toBe(reference);
        expect(diffOther(parts)).toBe(other);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the one vocabulary', () => {
  it('gives each word one id, dense and in the order first seen, and the word back for it', () => {
    fc.assert(
      fc.property(text, (source) => {
        const vocabulary = createVocabulary();
        const seen: string[] = [];
        for (const word of wordSpans(source, { fold: 'lower' }).map((s) => s.word)) {
          const id = idOf(vocabulary, word);
          if (!seen.includes(word)) seen.push(word);
          expect(id).toBe(seen.indexOf(word));
          expect(vocabulary.keys[id]).toBe(word);
        }
        expect(vocabulary.keys).toEqual(seen);
      }),
      runs,
    );
  });
});
