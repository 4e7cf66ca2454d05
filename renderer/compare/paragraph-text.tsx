/** A paragraph's text with its word-level insertions and deletions marked. */
import type { SideParagraph, TextRun } from './side-text';

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

/** One numbered paragraph of one side. */
export function Paragraph({
  paragraph,
  number,
}: {
  readonly paragraph: SideParagraph;
  readonly number?: number;
}) {
  return (
    <p className="para">
      {number !== undefined && <span className="para-number">¶{number}</span>}
      <Runs runs={paragraph.runs} />
    </p>
  );
}
