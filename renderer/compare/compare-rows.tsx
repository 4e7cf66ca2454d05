/** The virtualised list of compare rows: only the rows near the viewport are in the DOM. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { CompareRow } from './build-rows';
import { labelOf, RowContent, type ViewMode } from './compare-row';
import { whenRendered } from '../ui/when-rendered';

/** A request to bring a row into view; a new `nonce` repeats a jump to the same row. */
export interface JumpRequest {
  readonly key: string;
  readonly nonce: number;
  /** False to scroll without moving the keyboard focus (stepping through theme occurrences). */
  readonly focus?: boolean;
}

/** Props of CompareRows. */
export interface CompareRowsProps {
  readonly rows: readonly CompareRow[];
  readonly mode: ViewMode;
  readonly jump: JumpRequest | null;
  readonly onJump: (key: string) => void;
  readonly onSelect: (key: string) => void;
  readonly referenceTitle: string;
  readonly otherTitle: string;
}

/** The rows, with sticky column headings, scrolled by their own container. */
export function CompareRows({
  rows,
  mode,
  jump,
  onJump,
  onSelect,
  referenceTitle,
  otherTitle,
}: CompareRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [flashKey, setFlashKey] = useState<string | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 140,
    overscan: 4,
    getItemKey: (index) => rows[index]?.key ?? index,
  });

  useEffect(() => {
    if (!jump) return;
    const index = rows.findIndex((row) => row.key === jump.key);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: jump.focus === false ? 'auto' : 'center' });
    // Stepping through theme occurrences moves the view only: the current mark shows where, not a flashing row.
    if (jump.focus !== false) setFlashKey(jump.key);
    // The row exists only once the virtualiser has rendered around it: wait a few frames for it.
    return whenRendered(
      () => scroller.current?.querySelector<HTMLElement>(`[data-key="${jump.key}"]`),
      (element) => {
        if (jump.focus !== false) element.focus({ preventScroll: true });
      },
    );
    // Only a new jump request moves the view; rows changing under it must not.
  }, [jump]);

  const items = virtualizer.getVirtualItems();
  return (
    <>
      {mode === 'side-by-side' && (
        <div className="rows-headings" aria-hidden="true">
          <span className="rows-heading">{referenceTitle}</span>
          <span className="rows-heading rows-heading-gutter" />
          <span className="rows-heading">{otherTitle}</span>
        </div>
      )}
      <div ref={scroller} className={`rows-scroller mode-${mode}`} data-testid="compare-rows">
        <div
          role="list"
          aria-label={`Aligned paragraphs: ${referenceTitle} and ${otherTitle}`}
          className="rows"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const op = row.kind === 'entry' ? row.entry.op : 'moved-origin';
            return (
              <div
                key={row.key}
                ref={virtualizer.measureElement}
                role="listitem"
                aria-label={labelOf(row)}
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
                tabIndex={-1}
                data-index={item.index}
                data-key={row.key}
                data-op={op}
                className={`row row-${op}${flashKey === row.key ? ' row-flash' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                onAnimationEnd={() => setFlashKey(null)}
              >
                <RowContent row={row} mode={mode} onJump={onJump} onSelect={onSelect} />
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
