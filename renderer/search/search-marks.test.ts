import { describe, expect, it } from 'vitest';
import { compare } from '../../shared/compare/compare';
import { makeStatement } from '../../testing/generators/make-statement';
import { searchMarks } from './search-marks';

describe('searchMarks', () => {
  const reference = makeStatement(['Rough diamonds fund conflict.', 'We thank the host.'], {
    title: 'R',
    year: 2019,
  });
  const other = makeStatement(['ROUGH Diamonds still fund conflict.', 'Rough diamonds, rough diamonds.'], {
    title: 'O',
    year: 2021,
  });
  const comparison = compare(reference, other);

  it('marks the phrase wherever it occurs on both sides, numbering the marks per side', () => {
    const marks = searchMarks(comparison, 'rough diamonds');
    expect(marks?.reference.get(reference.blocks[0]?.id ?? '')).toEqual([{ start: 0, end: 14, index: 0 }]);
    expect(marks?.reference.has(reference.blocks[1]?.id ?? '')).toBe(false);
    expect(marks?.other.get(other.blocks[0]?.id ?? '')).toEqual([{ start: 0, end: 14, index: 0 }]);
    expect(marks?.other.get(other.blocks[1]?.id ?? '')).toEqual([
      { start: 0, end: 14, index: 1 },
      { start: 16, end: 30, index: 2 },
    ]);
    expect(marks?.label).toBe('Search: rough diamonds');
  });

  it('marks nothing for an empty query', () => {
    expect(searchMarks(comparison, ' "" ')).toBeNull();
  });
});
