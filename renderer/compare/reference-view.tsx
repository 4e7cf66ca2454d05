/** The reference alone, before another statement is chosen: its text, and what to do next. */
import { useEffect } from 'react';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { StatementCard } from './statement-card';

/** Shows the reference's frame and body paragraphs, with a hint to pick or drop a statement. */
export function ReferenceView({ reference }: { readonly reference: Statement }) {
  useEffect(() => {
    document.title = `Plenary Diff — ${reference.title}`;
  }, [reference.title]);
  const frame = reference.blocks.filter((b) => b.role === 'title' || b.role === 'salutation');
  const signature = reference.blocks.filter((b) => b.role === 'signature');
  return (
    <div className="compare reference-only">
      <header className="compare-header">
        <StatementCard statement={reference} role="Reference" />
        <p className="compare-hint">
          Pick a statement in the library to compare it with this one, or drop statement files anywhere on the
          window.
        </p>
      </header>
      <article className="reference-text" aria-label={`Text of ${reference.title}`}>
        {frame.map((block) => (
          <p key={block.id} className={`para frame-${block.role}`}>
            {block.text}
          </p>
        ))}
        {bodyBlocks(reference).map((block, index) => (
          <p key={block.id} className="para">
            <span className="para-number">¶{index + 1}</span>
            {block.text}
          </p>
        ))}
        {signature.map((block) => (
          <p key={block.id} className="para frame-signature">
            {block.text}
          </p>
        ))}
      </article>
    </div>
  );
}
