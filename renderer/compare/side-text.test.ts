import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../../shared/compare/model';
import type { Block } from '../../shared/statements/model';
import { sideParagraphs, sideRuns } from './side-text';

const block = (id: string, text: string): Block => ({ id, role: 'body', text });

describe('sideRuns', () => {
  it('gives the reference the deletions and the other side the insertions', () => {
    const diff: DiffPart[] = [
      { op: 'equal', text: 'host ' },
      { op: 'delete', text: 'India' },
      { op: 'insert', text: 'Russia' },
    ];
    expect(sideRuns(diff, 'reference')).toEqual([
      { mark: 'none', text: 'host ' },
      { mark: 'del', text: 'India' },
    ]);
    expect(sideRuns(diff, 'other')).toEqual([
      { mark: 'none', text: 'host ' },
      { mark: 'ins', text: 'Russia' },
    ]);
  });
});

describe('sideParagraphs', () => {
  it('cuts the runs of a joined group at each block, dropping the separator', () => {
    const blocks = [block('a', 'One two three.'), block('b', 'Four five.')];
    const diff: DiffPart[] = [
      { op: 'equal', text: 'One two ' },
      { op: 'insert', text: 'three.\n\nFour' },
      { op: 'delete', text: 'x' },
      { op: 'equal', text: ' five.' },
    ];
    const paragraphs = sideParagraphs(blocks, diff, 'other');
    expect(paragraphs.map((p) => p.block.id)).toEqual(['a', 'b']);
    expect(paragraphs[0]?.runs).toEqual([
      { mark: 'none', text: 'One two ' },
      { mark: 'ins', text: 'three.' },
    ]);
    expect(paragraphs[1]?.runs).toEqual([
      { mark: 'ins', text: 'Four' },
      { mark: 'none', text: ' five.' },
    ]);
  });

  it('falls back to plain blocks when the blocks are not in the diff', () => {
    const blocks = [block('a', 'Alpha.'), block('b', 'Beta.')];
    const paragraphs = sideParagraphs(
      blocks,
      [{ op: 'equal', text: 'Something else entirely' }],
      'reference',
    );
    expect(paragraphs.map((p) => p.runs)).toEqual([
      [{ mark: 'none', text: 'Alpha.' }],
      [{ mark: 'none', text: 'Beta.' }],
    ]);
  });
});
