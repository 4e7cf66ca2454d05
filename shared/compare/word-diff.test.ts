import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, editedPair, wordyText } from '../../testing/generators/arbitraries';
import { STOP_WORDS } from './stop-words';
import { diffOther, diffReference, diffTokens, mirrorDiff, wordDiff } from './word-diff';
import type { DiffPart } from './model';

/** Equal parts that sit between two changes. */
function innerEquals(parts: readonly DiffPart[]): string[] {
  return parts
    .filter(
      (p, i) =>
        p.op === 'equal' &&
        i > 0 &&
        i < parts.length - 1 &&
        parts[i - 1]?.op !== 'equal' &&
        parts[i + 1]?.op !== 'equal',
    )
    .map((p) => p.text);
}

function isContentWord(token: string): boolean {
  return /^[\p{L}\p{M}\p{N}]/u.test(token) && !STOP_WORDS.has(token.toLowerCase().replace(/’/g, "'"));
}

describe('diffTokens', () => {
  it('joins back to exactly the text, whatever the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(diffTokens(text).join('')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps words whole, apostrophes inside, and splits punctuation and spaces apart', () => {
    expect(diffTokens("KP’s remit, don't  stop.")).toEqual([
      'KP’s',
      ' ',
      'remit',
      ',',
      ' ',
      "don't",
      '  ',
      'stop',
      '.',
    ]);
  });
});

describe('wordDiff', () => {
  it('shows a replaced word as one deletion and one insertion between equal text', () => {
    expect(wordDiff('the big cat sat on the mat', 'the small cat sat on a mat')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'big' },
      { op: 'insert', text: 'small' },
      { op: 'equal', text: ' cat sat on ' },
      { op: 'delete', text: 'the' },
      { op: 'insert', text: 'a' },
      { op: 'equal', text: ' mat' },
    ]);
  });

  it('does not shred a rewritten sentence on chance matches of "the", "of", "and" or punctuation', () => {
    const reference =
      'We deplore the lack of commitment and the delays of the reform, of the review and of the fund.';
    const other =
      'We welcome the spirit of cooperation and the progress of the talks, of the mission and of the budget.';
    const parts = wordDiff(reference, other);
    for (const text of innerEquals(parts)) expect(diffTokens(text).some(isContentWord)).toBe(true);
    expect(parts.filter((p) => p.op === 'equal').map((p) => p.text)).toEqual(['We ', '.']);
  });

  it('keeps a matched key word visible between long changes', () => {
    const parts = wordDiff(
      'The KP has decided to remain a process that merely serves to protect state interests.',
      'The Kimberley Process has chosen to stay a forum that only serves to shield the interests of states.',
    );
    expect(parts.some((p) => p.op === 'equal' && p.text.includes('serves'))).toBe(true);
    expect(parts.some((p) => p.op === 'equal' && p.text.includes('interests'))).toBe(true);
  });

  it('is all equal for equal texts and empty for two empty texts', () => {
    expect(wordDiff('Same text.', 'Same text.')).toEqual([{ op: 'equal', text: 'Same text.' }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'New.')).toEqual([{ op: 'insert', text: 'New.' }]);
    expect(wordDiff('Old.', '')).toEqual([{ op: 'delete', text: 'Old.' }]);
  });

  it('shows a whitespace-only change without touching the words', () => {
    const parts = wordDiff('one two\n\nthree', 'one two three');
    expect(parts.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['\n\n', ' ']);
  });

  it('reconstructs both texts exactly, for any texts', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.tuple(anyText, anyText), fc.tuple(wordyText, wordyText), editedPair),
        ([a, b]) => {
          const parts = wordDiff(a, b);
          expect(diffReference(parts)).toBe(a);
          expect(diffOther(parts)).toBe(b);
          expect(parts.every((p) => p.text.length > 0)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("gives the same diff with the typed engine (the overview's) as with jsdiff, for any texts", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.tuple(anyText, anyText), fc.tuple(wordyText, wordyText), editedPair),
        ([a, b]) => {
          expect(wordDiff(a, b, diffTokens, 'typed')).toEqual(wordDiff(a, b, diffTokens, 'jsdiff'));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never leaves spaces, punctuation or stop words matched alone between two changes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(wordyText, wordyText), editedPair), ([a, b]) => {
        for (const text of innerEquals(wordDiff(a, b)))
          expect(diffTokens(text).some(isContentWord)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is symmetric: diffing the other way round gives the mirrored diff', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.tuple(anyText, anyText), fc.tuple(wordyText, wordyText), editedPair),
        ([a, b]) => {
          expect(wordDiff(b, a)).toEqual(mirrorDiff(wordDiff(a, b)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lists every change deletion first and merges neighbouring parts of the same kind', () => {
    fc.assert(
      fc.property(editedPair, ([a, b]) => {
        const parts = wordDiff(a, b);
        parts.forEach((p, i) => {
          const next = parts[i + 1];
          if (next) expect(next.op).not.toBe(p.op);
          if (p.op === 'insert') expect(next?.op ?? 'equal').toBe('equal');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the matched ends around a huge rewritten middle', () => {
    const middle = (p: string): string => Array.from({ length: 150_000 }, (_, i) => `${p}${i}`).join(' ');
    const a = `Opening words stay. ${middle('x')} Closing words stay.`;
    const b = `Opening words stay. ${middle('y')} Closing words stay.`;
    const parts = wordDiff(a, b);
    expect(diffReference(parts)).toBe(a);
    expect(diffOther(parts)).toBe(b);
    expect(parts[0]).toEqual({ op: 'equal', text: 'Opening words stay. ' });
    expect(parts[parts.length - 1]).toEqual({ op: 'equal', text: ' Closing words stay.' });
  });

  it('gives up word matching on huge, wholly different texts instead of running for ever', () => {
    const a = Array.from({ length: 60_000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 60_000 }, (_, i) => `b${i}`).join(' ');
    const start = performance.now();
    const parts = wordDiff(a, b);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(diffReference(parts)).toBe(a);
    expect(diffOther(parts)).toBe(b);
  });
});
