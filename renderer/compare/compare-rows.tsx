/** The virtualised list of compare rows: only the rows near the viewport are in the DOM. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
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
  // The row of the last jump that moves the focus flashes; stepping through theme occurrences moves the view
  // only (the current mark shows where). Adjusted while rendering, when a new request arrives.
  const [flashKey, setFlashKey] = useState<string | null>(null);
  const [flashedJump, setFlashedJump] = useState<JumpRequest | null>(null);
  if (jump !== flashedJump) {
    setFlashedJump(jump);
    if (jump && jump.focus !== false) setFlashKey(jump.key);
  }
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 140,
    overscan: 4,
    getItemKey: (index) => rows[index]?.key ?? index,
  });

  // Only a new jump request moves the view; rows changing under it must not: the rows are read, not depended on.
  // A focus still waiting for its row survives a later scroll-only jump (a theme's first occurrence shown as the
  // quote that opened the view is focused); a new focusing jump or leaving the view cancels it.
  const pendingFocus = useRef<(() => void) | null>(null);
  const show = useEffectEvent((request: JumpRequest) => {
    const index = rows.findIndex((row) => row.key === request.key);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: request.focus === false ? 'auto' : 'center' });
    if (request.focus === false) return;
    pendingFocus.current?.();
    // The row exists only once the virtualiser has rendered around it: wait a few frames for it.
    pendingFocus.current = whenRendered(
      () => scroller.current?.querySelector<HTMLElement>(`[data-key="${request.key}"]`),
      (element) => element.focus({ preventScroll: true }),
    );
  });
  useEffect(() => {
    if (jump) show(jump);
  }, [jump]);
  useEffect(() => () => pendingFocus.current?.(), []);

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
