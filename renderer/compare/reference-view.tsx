/** The reference alone, before another statement is chosen: its text, and what to do next. */
import { useEffect, useRef } from 'react';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { StatementCard } from './statement-card';

/** A body paragraph of the reference to scroll to and focus (a search hit); a new `nonce` asks again. */
export interface ReferenceFocus {
  readonly block: string;
  readonly nonce: number;
}

/** Shows the reference's frame and body paragraphs, with a hint to pick or drop a statement. */
export function ReferenceView({
  reference,
  focus,
}: {
  readonly reference: Statement;
  readonly focus?: ReferenceFocus | null;
}) {
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `Plenary Diff — ${reference.title}`;
  }, [reference.title]);
  useEffect(() => {
    if (!focus) return;
    const paragraph = article.current?.querySelector<HTMLElement>(
      `[data-block-id="${CSS.escape(focus.block)}"]`,
    );
    paragraph?.scrollIntoView({ block: 'center' });
    paragraph?.focus({ preventScroll: true });
  }, [focus]);
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
      <article ref={article} className="reference-text" aria-label={`Text of ${reference.title}`}>
        {frame.map((block) => (
          <p key={block.id} className={`para frame-${block.role}`}>
            {block.text}
          </p>
        ))}
        {bodyBlocks(reference).map((block, index) => (
          <p key={block.id} className="para" data-block-id={block.id} tabIndex={-1}>
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
