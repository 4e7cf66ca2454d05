import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../../shared/compare/model';
import type { Block } from '../../shared/statements/model';
import type { RowSide } from './build-rows';
import { diffSegments, paragraphSegments } from './inline-quotes';
import type { QuoteMark } from './row-echoes';
import type { TextRun } from './side-text';

const mark = (start: number, end: number, direction: QuoteMark['direction']): QuoteMark => ({
  start,
  end,
  direction,
  number: direction === 'echoes' ? 4 : 2,
  targetKey: 'e1',
  title: direction === 'echoes' ? 'quotes reference ¶4' : 'quoted in ¶2 of 2021 Sample',
});

const block = (id: string, text: string): Block => ({ id, role: 'body', text });
const side = (blocks: readonly Block[], quotes: readonly (readonly QuoteMark[])[]): RowSide => ({
  paragraphs: blocks.map((b) => ({ block: b, runs: [{ mark: 'none', text: b.text }] })),
  numbers: blocks.map((_, i) => i + 1),
  quotes,
});
const text = (runs: readonly TextRun[]) => runs.map((r) => r.text).join('');

describe('diffSegments', () => {
  // Reference: "The KP must broaden its scope now." Other: "We repeat: the KP must broaden its scope at last."
  const diff: DiffPart[] = [
    { op: 'delete', text: 'The' },
    { op: 'insert', text: 'We repeat: the' },
    { op: 'equal', text: ' KP must broaden its scope ' },
    { op: 'delete', text: 'now.' },
    { op: 'insert', text: 'at last.' },
  ];
  const referenceText = 'The KP must broaden its scope now.';
  const otherText = 'We repeat: the KP must broaden its scope at last.';

  it('places each side’s passage on its own words, keeping every run’s mark and the whole inline text', () => {
    // Written by hand: the other side quotes "the KP must broaden its scope"; the reference's "KP must broaden
    // its scope now." is quoted.
    const otherQuote = mark(otherText.indexOf('the KP'), otherText.indexOf(' at last'), 'echoes');
    const referenceQuote = mark(referenceText.indexOf('KP'), referenceText.length, 'echoed');
    const segments = diffSegments(
      diff,
      side([block('r1', referenceText)], [[referenceQuote]]),
      side([block('o1', otherText)], [[otherQuote]]),
    );
    expect(segments.map((s) => [s.quotes.map((q) => q.direction), text(s.runs)])).toEqual([
      [[], 'TheWe repeat: '],
      [['echoes'], 'the '],
      [['echoes', 'echoed'], 'KP must broaden its scope'],
      [['echoed'], ' now.'],
      [[], 'at last.'],
    ]);
    // 'The' 'We repeat: ' 'the' ' ' 'KP must broaden its scope' ' ' 'now.' 'at last.'
    expect(segments.flatMap((s) => s.runs.map((r) => r.mark))).toEqual([
      'del',
      'ins',
      'ins',
      'none',
      'none',
      'none',
      'del',
      'ins',
    ]);
    expect(segments.map((s) => text(s.runs)).join('')).toBe(diff.map((p) => p.text).join(''));
  });

  it('finds the passages of a second paragraph (a merged row) after the first one', () => {
    const first = 'The KP must broaden its scope';
    const second = ' now.';
    const merged = side([block('r1', first), block('r2', second.trim())], [[], [mark(0, 3, 'echoed')]]);
    const segments = diffSegments(
      [
        { op: 'equal', text: first },
        { op: 'delete', text: ' now.' },
      ],
      merged,
      side([block('o1', first)], [[]]),
    );
    expect(segments.filter((s) => s.quotes.length > 0).map((s) => text(s.runs))).toEqual(['now']);
  });

  it('leaves a row without passages as one unmarked segment', () => {
    const segments = diffSegments(
      diff,
      side([block('r1', referenceText)], [[]]),
      side([block('o1', otherText)], [[]]),
    );
    expect(segments).toHaveLength(1);
    expect(segments[0]?.quotes).toEqual([]);
  });
});

describe('paragraphSegments', () => {
  it('cuts one side’s paragraph at its passages, or takes its text when the runs do not spell it', () => {
    const paragraph = 'Civil society asked again for a broader scope.';
    const quote = mark(paragraph.indexOf('a broader'), paragraph.length - 1, 'echoed');
    const segments = paragraphSegments([{ mark: 'none', text: paragraph }], [quote], paragraph);
    expect(segments.map((s) => [s.quotes.length, text(s.runs)])).toEqual([
      [0, 'Civil society asked again for '],
      [1, 'a broader scope'],
      [0, '.'],
    ]);
    const fallback = paragraphSegments([{ mark: 'ins', text: 'something else' }], [quote], paragraph);
    expect(fallback.map((s) => text(s.runs)).join('')).toBe(paragraph);
  });
});
