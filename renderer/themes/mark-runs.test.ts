import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextRun } from '../compare/side-text';
import { markRuns, type MarkRange } from './mark-runs';

const text = (runs: readonly { pieces: readonly { text: string }[] }[]) =>
  runs.map((run) => run.pieces.map((p) => p.text).join('')).join('');

describe('markRuns', () => {
  it('splits at both the word-change and the theme boundaries', () => {
    const runs: TextRun[] = [
      { mark: 'none', text: 'the host ' },
      { mark: 'ins', text: 'civil society' },
      { mark: 'none', text: ' coalition said' },
    ];
    // "society coalition" crosses from the inserted run into the kept one.
    const ranges: MarkRange[] = [{ start: 15, end: 32, index: 0 }];
    const marked = markRuns(runs, ranges);
    expect(marked.map((run) => run.mark)).toEqual(['none', 'ins', 'none']);
    expect(marked[0]?.pieces).toEqual([{ text: 'the host ', mark: null }]);
    expect(marked[1]?.pieces).toEqual([
      { text: 'civil ', mark: null },
      { text: 'society', mark: ranges[0] },
    ]);
    expect(marked[2]?.pieces).toEqual([
      { text: ' coalition', mark: ranges[0] },
      { text: ' said', mark: null },
    ]);
  });

  it('keeps several ranges in one run apart, in text order whatever order they come in', () => {
    const runs: TextRun[] = [{ mark: 'del', text: 'reform and more reform' }];
    const a: MarkRange = { start: 0, end: 6, index: 0 };
    const b: MarkRange = { start: 16, end: 22, index: 1 };
    expect(markRuns(runs, [b, a])[0]?.pieces).toEqual([
      { text: 'reform', mark: a },
      { text: ' and more ', mark: null },
      { text: 'reform', mark: b },
    ]);
  });

  it('never loses, adds or reorders text, and marks exactly the covered characters', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ mark: fc.constantFrom('none', 'ins', 'del'), text: fc.string({ maxLength: 8 }) }),
        ),
        fc.array(fc.tuple(fc.nat(60), fc.nat(10))),
        (runs, spans) => {
          const length = runs.reduce((n, run) => n + run.text.length, 0);
          // Non-overlapping ranges, as themes() gives them.
          const ranges: MarkRange[] = [];
          let from = 0;
          for (const [gap, size] of spans) {
            const start = from + gap;
            const end = Math.min(length, start + size);
            if (start >= length) break;
            ranges.push({ start, end, index: ranges.length });
            from = end;
          }
          const marked = markRuns(runs as TextRun[], ranges);
          expect(text(marked)).toBe(runs.map((run) => run.text).join(''));
          expect(marked.map((run) => run.mark)).toEqual(runs.map((run) => run.mark));
          let at = 0;
          for (const run of marked)
            for (const piece of run.pieces) {
              for (let i = at; i < at + piece.text.length; i++) {
                const covering = ranges.find((r) => r.start <= i && i < r.end) ?? null;
                expect(piece.mark).toBe(covering);
              }
              at += piece.text.length;
            }
        },
      ),
    );
  });
});
