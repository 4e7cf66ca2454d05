/** Splits a word diff into the paragraphs of one side, so split and merged groups show each paragraph. */
import type { DiffPart } from '../../shared/compare/model';
import type { Block } from '../../shared/statements/model';

/** A run of text on one side: kept, or marked as inserted (other side) or deleted (reference side). */
export interface TextRun {
  readonly mark: 'none' | 'ins' | 'del';
  readonly text: string;
}

/** One paragraph of one side: its block and its runs. */
export interface SideParagraph {
  readonly block: Block;
  readonly runs: readonly TextRun[];
}

/** Which side of the comparison. */
export type Side = 'reference' | 'other';

/** The runs of one side of a diff: equal + delete for the reference, equal + insert for the other. */
export function sideRuns(diff: readonly DiffPart[], side: Side): readonly TextRun[] {
  const runs: TextRun[] = [];
  for (const part of diff) {
    if (part.op === 'equal') runs.push({ mark: 'none', text: part.text });
    else if (side === 'reference' && part.op === 'delete') runs.push({ mark: 'del', text: part.text });
    else if (side === 'other' && part.op === 'insert') runs.push({ mark: 'ins', text: part.text });
  }
  return runs;
}

/** Cuts one side's runs at the boundaries of its blocks (the diff is of the blocks' joined text, whatever
 * the separator). Without a diff, or when the blocks cannot be found in it, each block is one plain run. */
export function sideParagraphs(
  blocks: readonly Block[],
  diff: readonly DiffPart[],
  side: Side,
): readonly SideParagraph[] {
  const plain = blocks.map((block) => ({ block, runs: [{ mark: 'none' as const, text: block.text }] }));
  if (diff.length === 0) return plain;
  const runs = sideRuns(diff, side);
  if (blocks.length === 1) return [{ block: blocks[0]!, runs }];
  const joined = runs.map((run) => run.text).join('');
  const ranges: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const block of blocks) {
    const start = joined.indexOf(block.text, cursor);
    if (start < 0) return plain;
    ranges.push({ start, end: start + block.text.length });
    cursor = start + block.text.length;
  }
  return blocks.map((block, index) => ({
    block,
    runs: slice(runs, ranges[index]!.start, ranges[index]!.end),
  }));
}

function slice(runs: readonly TextRun[], start: number, end: number): TextRun[] {
  const out: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    if (runEnd <= start || runStart >= end) continue;
    const text = run.text.slice(Math.max(0, start - runStart), Math.min(run.text.length, end - runStart));
    if (text) out.push({ mark: run.mark, text });
  }
  return out;
}
