/** A paragraph's text with its word-level insertions and deletions marked, and a selected theme's occurrences. */
import { Fragment, useContext, type ReactNode } from 'react';
import {
  markRuns,
  type MarkedPiece,
  type MarkedRun as MarkedRunPieces,
  type MarkRange,
} from '../themes/mark-runs';
import { marksOf, ThemeMarksContext } from '../themes/theme-marks';
import type { InlineSegment } from './inline-quotes';
import { cutAtQuotes } from './quote-runs';
import type { QuoteMark } from './row-echoes';
import type { Side, SideParagraph, TextRun } from './side-text';

/** The runs of a paragraph: <ins> for inserted words, <del> for deleted ones. */
export function Runs({ runs }: { readonly runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        // A changed paragraph break or space is not a word change worth a mark.
        if (run.text.trim() === '') return <span key={index}>{run.text}</span>;
        switch (run.mark) {
          case 'ins':
            return <ins key={index}>{run.text}</ins>;
          case 'del':
            return <del key={index}>{run.text}</del>;
          case 'none':
            return <span key={index}>{run.text}</span>;
        }
      })}
    </>
  );
}

/** Runs grouped by the quoted passages they lie in, each group of a passage marked with where its other ends are. */
export function QuotedRuns({ segments }: { readonly segments: readonly InlineSegment[] }) {
  return (
    <>
      {segments.map((segment, s) => {
        if (segment.quotes.length === 0) return <Runs key={s} runs={segment.runs} />;
        const title = segment.quotes.map((quote) => quote.title).join('; ');
        return (
          <span
            key={s}
            className="quote-mark"
            title={title}
            data-quote={segment.quotes.map((quote) => quote.direction).join(' ')}
          >
            <span className="visually-hidden">({title}) </span>
            <Runs runs={segment.runs} />
          </span>
        );
      })}
    </>
  );
}

/** One numbered paragraph of one side; with `side`, the selected theme's occurrences in it are marked, and
 * the passages it quotes (or has quoted) are marked with where the other end is. */
export function Paragraph({
  paragraph,
  number,
  side,
  quotes = NO_QUOTES,
}: {
  readonly paragraph: SideParagraph;
  readonly number?: number;
  readonly side?: Side;
  readonly quotes?: readonly QuoteMark[];
}) {
  const marks = useContext(ThemeMarksContext);
  const ranges = side ? marksOf(marks, side, paragraph.block.id) : undefined;
  const themed = ranges !== undefined && ranges.length > 0;
  return (
    <p className="para">
      {number !== undefined && <span className="para-number">¶{number}</span>}
      {!themed && quotes.length === 0 ? (
        <Runs runs={paragraph.runs} />
      ) : (
        <MarkedRuns
          paragraph={paragraph}
          ranges={ranges ?? []}
          quotes={quotes}
          current={marks?.current ?? null}
        />
      )}
    </p>
  );
}

const NO_QUOTES: readonly QuoteMark[] = [];

function MarkedRuns({
  paragraph,
  ranges,
  quotes,
  current,
}: {
  readonly paragraph: SideParagraph;
  readonly ranges: readonly MarkRange[];
  readonly quotes: readonly QuoteMark[];
  readonly current: number | null;
}) {
  // Offsets are into the block's text; runs that do not spell it (never expected) are replaced by it.
  const spelled = paragraph.runs.map((run) => run.text).join('') === paragraph.block.text;
  const runs: readonly TextRun[] = spelled ? paragraph.runs : [{ mark: 'none', text: paragraph.block.text }];
  const segments = cutAtQuotes(runs, quotes);
  // The theme marks cut the same runs further: one marked run per run, so the segments slice them back.
  const marked = markRuns(
    segments.flatMap((segment) => segment.runs),
    ranges,
  );
  const parts: ReactNode[] = [];
  let from = 0;
  segments.forEach((segment, s) => {
    const elements = marked
      .slice(from, from + segment.runs.length)
      .map((run, index) => <MarkedRun key={index} run={run} current={current} />);
    from += segment.runs.length;
    parts.push(
      segment.quote === null ? (
        <Fragment key={s}>{elements}</Fragment>
      ) : (
        <span key={s} className="quote-mark" title={segment.quote.title} data-quote={segment.quote.direction}>
          <span className="visually-hidden">({segment.quote.title}) </span>
          {elements}
        </span>
      ),
    );
  });
  return <>{parts}</>;
}

function MarkedRun({ run, current }: { readonly run: MarkedRunPieces; readonly current: number | null }) {
  const pieces = <Pieces pieces={run.pieces} current={current} />;
  if (run.pieces.every((p) => p.mark === null && p.text.trim() === '')) return <span>{pieces}</span>;
  switch (run.mark) {
    case 'ins':
      return <ins>{pieces}</ins>;
    case 'del':
      return <del>{pieces}</del>;
    case 'none':
      return <span>{pieces}</span>;
  }
}

function Pieces({
  pieces,
  current,
}: {
  readonly pieces: readonly MarkedPiece[];
  readonly current: number | null;
}) {
  return (
    <>
      {pieces.map((piece, index) =>
        piece.mark === null ? (
          piece.text
        ) : (
          <mark
            key={index}
            className={piece.mark.index === current ? 'theme-mark theme-mark-current' : 'theme-mark'}
            data-occurrence={piece.mark.index}
          >
            {piece.text}
          </mark>
        ),
      )}
    </>
  );
}
