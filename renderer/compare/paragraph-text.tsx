/** A paragraph's text with its word-level insertions and deletions marked, and a selected theme's occurrences. */
import { useContext } from 'react';
import { markRuns, type MarkedPiece, type MarkRange } from '../themes/mark-runs';
import { marksOf, ThemeMarksContext } from '../themes/theme-marks';
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

/** One numbered paragraph of one side; with `side`, the selected theme's occurrences in it are marked. */
export function Paragraph({
  paragraph,
  number,
  side,
}: {
  readonly paragraph: SideParagraph;
  readonly number?: number;
  readonly side?: Side;
}) {
  const marks = useContext(ThemeMarksContext);
  const ranges = side ? marksOf(marks, side, paragraph.block.id) : undefined;
  return (
    <p className="para">
      {number !== undefined && <span className="para-number">¶{number}</span>}
      {ranges && ranges.length > 0 ? (
        <MarkedRuns paragraph={paragraph} ranges={ranges} current={marks?.current ?? null} />
      ) : (
        <Runs runs={paragraph.runs} />
      )}
    </p>
  );
}

function MarkedRuns({
  paragraph,
  ranges,
  current,
}: {
  readonly paragraph: SideParagraph;
  readonly ranges: readonly MarkRange[];
  readonly current: number | null;
}) {
  // Offsets are into the block's text; runs that do not spell it (never expected) are replaced by it.
  const spelled = paragraph.runs.map((run) => run.text).join('') === paragraph.block.text;
  const runs: readonly TextRun[] = spelled ? paragraph.runs : [{ mark: 'none', text: paragraph.block.text }];
  return (
    <>
      {markRuns(runs, ranges).map((run, index) => {
        const pieces = <Pieces pieces={run.pieces} current={current} />;
        if (run.pieces.every((p) => p.mark === null && p.text.trim() === ''))
          return <span key={index}>{pieces}</span>;
        switch (run.mark) {
          case 'ins':
            return <ins key={index}>{pieces}</ins>;
          case 'del':
            return <del key={index}>{pieces}</del>;
          case 'none':
            return <span key={index}>{pieces}</span>;
        }
      })}
    </>
  );
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
