import { describe, expect, it } from 'vitest';
import { cutAtQuotes } from './quote-runs';
import type { QuoteMark } from './row-echoes';
import type { TextRun } from './side-text';

const quote = (start: number, end: number): QuoteMark => ({
  start,
  end,
  direction: 'echoes',
  number: 4,
  targetKey: 'e3',
  title: 'quotes reference ¶4',
});

const text = (runs: readonly TextRun[]) => runs.map((r) => r.text).join('');

describe('cutAtQuotes', () => {
  const runs: TextRun[] = [
    { mark: 'none', text: 'We said that ' },
    { mark: 'ins', text: 'the scope' },
    { mark: 'none', text: ' must be broadened now.' },
  ];
  const full = text(runs);

  it('leaves runs without quotes in one unquoted segment', () => {
    expect(cutAtQuotes(runs, [])).toEqual([{ quote: null, runs }]);
  });

  it('cuts runs at a passage spanning several runs, keeping each run’s mark', () => {
    const start = full.indexOf('scope');
    const end = full.indexOf(' now');
    const q = quote(start, end);
    const segments = cutAtQuotes(runs, [q]);
    expect(segments.map((s) => s.quote)).toEqual([null, q, null]);
    expect(text(segments[1]!.runs)).toBe(full.slice(start, end));
    expect(segments[1]!.runs.map((r) => r.mark)).toEqual(['ins', 'none']);
    expect(segments.map((s) => text(s.runs)).join('')).toBe(full);
  });

  it('handles two passages, unsorted, and ignores empty ones', () => {
    const a = quote(0, 7);
    const b = quote(full.indexOf('must'), full.length);
    const segments = cutAtQuotes(runs, [b, quote(3, 3), a]);
    expect(segments.map((s) => s.quote)).toEqual([a, null, b]);
    expect(text(segments[0]!.runs)).toBe('We said');
    expect(text(segments[2]!.runs)).toBe('must be broadened now.');
    expect(segments.map((s) => text(s.runs)).join('')).toBe(full);
  });
});
