/** Title, salutations, section headings, signature, notes and page furniture, shown apart from the body in a collapsed section. */
import type { Block } from '../../shared/statements/model';

/** The blocks of one part of the frame on each side. */
export interface FramePart {
  readonly reference: readonly Block[];
  readonly other: readonly Block[];
}

/** Props of FrameSection. */
export interface FrameSectionProps {
  readonly label: string;
  readonly parts: readonly FramePart[];
  /** A note shown after the parts, e.g. how many boilerplate blocks are hidden. */
  readonly note?: string;
  readonly referenceTitle: string;
  readonly otherTitle: string;
}

/** A <details> with the frame blocks of both sides; renders nothing when both are empty and there is no note. */
export function FrameSection({ label, parts, note, referenceTitle, otherTitle }: FrameSectionProps) {
  const reference = parts.flatMap((part) => part.reference);
  const other = parts.flatMap((part) => part.other);
  if (reference.length === 0 && other.length === 0 && !note) return null;
  return (
    <details className="frame">
      <summary>
        {label}{' '}
        <span className="muted">
          (reference {count(reference)}, other {count(other)})
        </span>
      </summary>
      <div className="frame-columns">
        <FrameColumn heading={referenceTitle} blocks={reference} />
        <FrameColumn heading={otherTitle} blocks={other} />
      </div>
      {note && <p className="muted frame-section-note">{note}</p>}
    </details>
  );
}

function FrameColumn({ heading, blocks }: { heading: string; blocks: readonly Block[] }) {
  return (
    <div className="frame-column">
      <h3 className="frame-column-heading">{heading}</h3>
      {blocks.length === 0 ? (
        <p className="cell-empty">none</p>
      ) : (
        blocks.map((block) => (
          <p key={block.id} className={`para frame-${block.role}`}>
            {block.text}
          </p>
        ))
      )}
    </div>
  );
}

function count(blocks: readonly Block[]): string {
  return blocks.length === 1 ? '1 line' : `${blocks.length} lines`;
}
