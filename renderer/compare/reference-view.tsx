/** The reference alone, before another statement is chosen: its text, and what to do next. */
import { useEffect, useRef } from 'react';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { paragraphBlock } from '../state/navigation-slice';
import { useAppState } from '../state/store-context';
import { StatementCard } from './statement-card';

/**
 * Shows the reference's frame and body paragraphs, with a hint to pick or drop a statement; a reference
 * paragraph the location names (a search hit) is scrolled to and focused, once per request.
 */
export function ReferenceView({ reference }: { readonly reference: Statement }) {
  const article = useRef<HTMLElement>(null);
  const focus = useAppState((state) => state.location.paragraph);
  const request = useAppState((state) => state.focusRequest);
  const done = useAppState((state) => state.focusDone);
  const markFocusDone = useAppState((state) => state.markFocusDone);
  useEffect(() => {
    document.title = `Plenary Diff — ${reference.title}`;
  }, [reference.title]);
  useEffect(() => {
    if (focus?.side !== 'reference' || request <= done) return;
    markFocusDone(request);
    const block = paragraphBlock(reference, focus.number);
    const paragraph =
      block === null
        ? null
        : article.current?.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(block)}"]`);
    paragraph?.scrollIntoView({ block: 'center' });
    paragraph?.focus({ preventScroll: true });
  }, [focus, request, done, markFocusDone, reference]);
  const frame = reference.blocks.filter((b) => b.role === 'title' || b.role === 'salutation');
  const signature = reference.blocks.filter((b) => b.role === 'signature' || b.role === 'note');
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
          <p key={block.id} className={`para frame-${block.role}`}>
            {block.text}
          </p>
        ))}
      </article>
    </div>
  );
}
