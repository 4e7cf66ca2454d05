/** Next / previous echo: e and Shift+E (or F8 and Shift+F8), as n and p step through changes. */
import { useCallback } from 'react';
import type { CompareRow } from './build-rows';
import { useRowStepping, type ChangeNavigation, type StepKeys } from './use-change-navigation';

/** The keys of echo stepping, also named by the stepper's buttons and the shortcuts dialog. */
export const ECHO_KEYS: StepKeys = { next: ['e', 'F8'], previous: ['Shift+E', 'Shift+F8'] };

/** Whether a row holds a paragraph of the other statement that quotes or talks about a reference paragraph. */
export function isEchoStop(row: CompareRow): boolean {
  if (row.kind !== 'entry') return false;
  return (
    row.echoes.some((echo) => echo.direction === 'echoes') ||
    row.other.quotes.some((quotes) => quotes.length > 0)
  );
}

/** The echo cursor over `rows`, and `jumpTo`, which shows a row (turning "Changes only" off if it hides it). */
export function useEchoNavigation(
  rows: readonly CompareRow[],
  onJump: (key: string) => void,
  showAllRows: () => void,
  keysEnabled: boolean,
): ChangeNavigation & { readonly jumpTo: (key: string) => void } {
  const jumpTo = useCallback(
    (key: string) => {
      if (!rows.some((row) => row.key === key)) showAllRows();
      onJump(key);
    },
    [rows, showAllRows, onJump],
  );
  const stepping = useRowStepping(rows, isEchoStop, ECHO_KEYS, onJump, keysEnabled);
  return { ...stepping, jumpTo };
}
