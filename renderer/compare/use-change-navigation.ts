/** Next / previous change: the keys n, p, F7, Shift+F7 and the toolbar buttons, with a "change k of N" counter. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CompareRow } from './build-rows';

/** The navigation state the compare view shows. */
export interface ChangeNavigation {
  /** 1-based position of the current change, or null when the cursor is not on a change. */
  readonly position: number | null;
  readonly total: number;
  readonly next: () => void;
  readonly previous: () => void;
  /** Puts the cursor on a row (a click on its gutter), so n and p continue from there. */
  readonly select: (key: string) => void;
  readonly cursorKey: string | null;
}

/** Tracks the cursor over `rows` and calls `onGo` with the key of the change to show. */
export function useChangeNavigation(
  rows: readonly CompareRow[],
  onGo: (key: string) => void,
  keysEnabled: boolean,
): ChangeNavigation {
  const [cursorKey, setCursorKey] = useState<string | null>(null);
  const changeIndices = useMemo(
    () => rows.flatMap((row, index) => (row.kind === 'entry' && row.isChange ? [index] : [])),
    [rows],
  );
  const cursorIndex = cursorKey === null ? -1 : rows.findIndex((row) => row.key === cursorKey);
  const position = changeIndices.indexOf(cursorIndex);

  const go = useCallback(
    (direction: 1 | -1) => {
      if (changeIndices.length === 0) return;
      let target: number | undefined;
      if (direction === 1) target = changeIndices.find((index) => index > cursorIndex);
      else
        target =
          cursorIndex < 0
            ? changeIndices.at(-1)
            : [...changeIndices].reverse().find((index) => index < cursorIndex);
      // At either end, stay on the last (or first) change and show it again.
      target ??=
        cursorIndex >= 0 && rows[cursorIndex]
          ? cursorIndex
          : direction === 1
            ? changeIndices.at(-1)
            : changeIndices[0];
      const key = target === undefined ? undefined : rows[target]?.key;
      if (key === undefined) return;
      setCursorKey(key);
      onGo(key);
    },
    [changeIndices, cursorIndex, rows, onGo],
  );
  const next = useCallback(() => go(1), [go]);
  const previous = useCallback(() => go(-1), [go]);

  useEffect(() => {
    if (!keysEnabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      const isF7 = event.key === 'F7';
      if (!isF7 && isTyping(event.target)) return;
      if ((event.key === 'n' && !event.shiftKey) || (isF7 && !event.shiftKey)) {
        event.preventDefault();
        next();
      } else if ((event.key === 'p' && !event.shiftKey) || (isF7 && event.shiftKey)) {
        event.preventDefault();
        previous();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keysEnabled, next, previous]);

  return {
    position: position >= 0 ? position + 1 : null,
    total: changeIndices.length,
    next,
    previous,
    select: setCursorKey,
    cursorKey,
  };
}

const NOT_TYPED_IN = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'];

function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NOT_TYPED_IN.includes(target.type);
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}
