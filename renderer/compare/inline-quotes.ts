/**
 * Quoted passages in the inline layout, where one text holds a row's kept, inserted and deleted words: each side's
 * passages (offsets into its paragraphs) are placed on the words of that side, so the marks match the side-by-side
 * layout's.
 */
import type { DiffPart } from '../../shared/compare/model';
import type { RowSide } from './build-rows';
import { cutAtQuotes } from './quote-runs';
import type { QuoteMark } from './row-echoes';
import { sideRuns, type Side, type TextRun } from './side-text';

/** Consecutive runs inside the same quoted passages: none, one, or one of each side on words both sides keep. */
export interface InlineSegment {
  readonly quotes: readonly QuoteMark[];
  readonly runs: readonly TextRun[];
}

/**
 * The segments of one side's paragraph (an added, dropped or unchanged row shows one side): `runs` cut at the
 * passages, whose offsets are into `text` (runs that do not spell it, never expected, are replaced by it).
 */
export function paragraphSegments(
  runs: readonly TextRun[],
  quotes: readonly QuoteMark[],
  text: string,
): readonly InlineSegment[] {
  if (quotes.length === 0) return [{ quotes: [], runs }];
  const spelled = runs.map((run) => run.text).join('') === text;
  return cutAtQuotes(spelled ? runs : [{ mark: 'none', text }], quotes).map((segment) => ({
    quotes: segment.quote ? [segment.quote] : [],
    runs: segment.runs,
  }));
}

/**
 * The inline runs of `diff` (equal, inserted, deleted words in order) cut at the passages of both sides: the other
 * statement's passages lie on its kept and inserted words, the reference's on its kept and deleted words.
 */
export function diffSegments(
  diff: readonly DiffPart[],
  reference: RowSide,
  other: RowSide,
): readonly InlineSegment[] {
  const onReference = sidePassages(diff, reference, 'reference');
  const onOther = sidePassages(diff, other, 'other');
  const segments: { quotes: QuoteMark[]; runs: TextRun[] }[] = [];
  let referenceAt = 0;
  let otherAt = 0;
  for (const part of diff) {
    const mark = part.op === 'insert' ? 'ins' : part.op === 'delete' ? 'del' : 'none';
    const inReference = part.op !== 'insert';
    const inOther = part.op !== 'delete';
    const length = part.text.length;
    const cuts = new Set([0, length]);
    const cutAt = (passages: readonly Passage[], at: number) => {
      for (const p of passages)
        for (const edge of [p.start - at, p.end - at]) if (edge > 0 && edge < length) cuts.add(edge);
    };
    if (inReference) cutAt(onReference, referenceAt);
    if (inOther) cutAt(onOther, otherAt);
    const edges = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < edges.length; i++) {
      const from = edges[i] as number;
      const to = edges[i + 1] as number;
      const covering = (passages: readonly Passage[], at: number) =>
        passages.filter((p) => p.start <= at + from && at + to <= p.end).map((p) => p.mark);
      const quotes = [
        ...(inOther ? covering(onOther, otherAt) : []),
        ...(inReference ? covering(onReference, referenceAt) : []),
      ];
      const run = { mark, text: part.text.slice(from, to) } as const;
      const last = segments.at(-1);
      if (last && sameQuotes(last.quotes, quotes)) last.runs.push(run);
      else segments.push({ quotes, runs: [run] });
    }
    if (inReference) referenceAt += length;
    if (inOther) otherAt += length;
  }
  return segments;
}

/** A passage in the joined text of one side's runs. */
interface Passage {
  readonly start: number;
  readonly end: number;
  readonly mark: QuoteMark;
}

/** One side's passages, moved from its paragraphs' offsets to offsets in the side's joined text of `diff`. */
function sidePassages(diff: readonly DiffPart[], side: RowSide, which: Side): readonly Passage[] {
  if (side.quotes.every((quotes) => quotes.length === 0)) return [];
  const joined = sideRuns(diff, which)
    .map((run) => run.text)
    .join('');
  const passages: Passage[] = [];
  let cursor = 0;
  for (const [index, paragraph] of side.paragraphs.entries()) {
    const start = joined.indexOf(paragraph.block.text, cursor);
    // A paragraph the diff does not spell (never expected) has its passages left unmarked.
    if (start < 0) continue;
    for (const mark of side.quotes[index] ?? [])
      passages.push({ start: start + mark.start, end: start + mark.end, mark });
    cursor = start + paragraph.block.text.length;
  }
  return passages;
}

function sameQuotes(a: readonly QuoteMark[], b: readonly QuoteMark[]): boolean {
  return a.length === b.length && a.every((quote, i) => quote === b[i]);
}
