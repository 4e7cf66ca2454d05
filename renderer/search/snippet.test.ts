import { describe, expect, it } from 'vitest';
import { findRanges, parseQuery } from '../../shared/search/search';
import { snippet, type SnippetPiece } from './snippet';

function show(pieces: readonly SnippetPiece[]): string {
  return pieces.map((p) => (p.kind === 'gap' ? '…' : p.kind === 'mark' ? `[${p.text}]` : p.text)).join('');
}

const LONG =
  'The coalition opened the session with thanks to the hosts and a long review of procedure. ' +
  'Much later, after many words about logistics and the agenda of the working groups, it turned to rough ' +
  'diamonds from conflict areas, and then, after another long stretch about budgets and the secretariat and ' +
  'the chairing of committees, it closed with Rough\nDiamonds once more before thanking the interpreters warmly.';

describe('snippet', () => {
  it('keeps whole words around each mark and elides the rest', () => {
    const ranges = findRanges(LONG, parseQuery('rough diamonds'));
    const text = show(snippet(LONG, ranges, { context: 30 }));
    expect(text).toBe(
      '…the working groups, it turned to [rough diamonds] from conflict areas, and then,…' +
        'of committees, it closed with [Rough\nDiamonds] once more before thanking the…',
    );
  });

  it('merges windows that meet and shows a short paragraph whole', () => {
    const short = 'Rough diamonds, rough diamonds.';
    expect(show(snippet(short, findRanges(short, parseQuery('rough')), { context: 30 }))).toBe(
      '[Rough] diamonds, [rough] diamonds.',
    );
  });

  it('marks exactly the ranges it is given, and only the first maxMarks of them', () => {
    const ranges = findRanges(LONG, parseQuery('the'));
    const pieces = snippet(LONG, ranges, { context: 10, maxMarks: 3 });
    const marks = pieces.filter((p) => p.kind === 'mark').map((p) => p.text);
    expect(marks).toEqual(ranges.slice(0, 3).map((r) => LONG.slice(r.start, r.end)));
    expect(pieces.at(-1)).toEqual({ kind: 'gap' });
  });

  it('cuts a paragraph with no marks after its first words', () => {
    expect(show(snippet(LONG, [], { context: 20 }))).toBe('The coalition opened the session with thanks…');
  });
});
