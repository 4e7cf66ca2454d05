/** Next / previous change (n, p, F7, Shift+F7) and the same stepping over any kind of row (echoes: e, Shift+E). */
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

/** The keys that step forward and back: "n", "F7", "Shift+F7", "Shift+E" (function keys work while typing). */
export interface StepKeys {
  readonly next: readonly string[];
  readonly previous: readonly string[];
}

/** The keys of change stepping, also named by the stepper's buttons and the shortcuts dialog. */
export const CHANGE_KEYS: StepKeys = { next: ['n', 'F7'], previous: ['p', 'Shift+F7'] };

/** Tracks the cursor over `rows` and calls `onGo` with the key of the change to show. */
export function useChangeNavigation(
  rows: readonly CompareRow[],
  onGo: (key: string) => void,
  keysEnabled: boolean,
): ChangeNavigation {
  return useRowStepping(rows, isChangeRow, CHANGE_KEYS, onGo, keysEnabled);
}

function isChangeRow(row: CompareRow): boolean {
  return row.kind === 'entry' && row.isChange;
}

/** Steps a cursor over the rows `isStop` picks, with `keys` and the toolbar's buttons; `isStop` must be stable. */
export function useRowStepping(
  rows: readonly CompareRow[],
  isStop: (row: CompareRow) => boolean,
  keys: StepKeys,
  onGo: (key: string) => void,
  keysEnabled: boolean,
): ChangeNavigation {
  const [cursorKey, setCursorKey] = useState<string | null>(null);
  const stopIndices = useMemo(
    () => rows.flatMap((row, index) => (isStop(row) ? [index] : [])),
    [rows, isStop],
  );
  const cursorIndex = cursorKey === null ? -1 : rows.findIndex((row) => row.key === cursorKey);
  const position = stopIndices.indexOf(cursorIndex);

  const go = useCallback(
    (direction: 1 | -1) => {
      if (stopIndices.length === 0) return;
      let target: number | undefined;
      if (direction === 1) target = stopIndices.find((index) => index > cursorIndex);
      else
        target =
          cursorIndex < 0
            ? stopIndices.at(-1)
            : [...stopIndices].reverse().find((index) => index < cursorIndex);
      // At either end, stay on the last (or first) change and show it again.
      target ??=
        cursorIndex >= 0 && rows[cursorIndex]
          ? cursorIndex
          : direction === 1
            ? stopIndices.at(-1)
            : stopIndices[0];
      const key = target === undefined ? undefined : rows[target]?.key;
      if (key === undefined) return;
      setCursorKey(key);
      onGo(key);
    },
    [stopIndices, cursorIndex, rows, onGo],
  );
  const next = useCallback(() => go(1), [go]);
  const previous = useCallback(() => go(-1), [go]);

  useEffect(() => {
    if (!keysEnabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      if (!FUNCTION_KEY.test(event.key) && isTyping(event.target)) return;
      if (keys.next.some((key) => matches(event, key))) {
        event.preventDefault();
        next();
      } else if (keys.previous.some((key) => matches(event, key))) {
        event.preventDefault();
        previous();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keysEnabled, keys, next, previous]);

  return {
    position: position >= 0 ? position + 1 : null,
    total: stopIndices.length,
    next,
    previous,
    select: setCursorKey,
    cursorKey,
  };
}

const FUNCTION_KEY = /^F\d+$/;

/** Whether `event` is the key `key` names ("n", "F7", "Shift+F7", "Shift+E"). */
function matches(event: KeyboardEvent, key: string): boolean {
  const shifted = key.startsWith('Shift+');
  const name = shifted ? key.slice('Shift+'.length) : key;
  return event.shiftKey === shifted && event.key.toLowerCase() === name.toLowerCase();
}

const NOT_TYPED_IN = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'];

function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NOT_TYPED_IN.includes(target.type);
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}
