/** The theme occurrences to highlight in the compare view, by side and block, shared through a context. */
import { createContext } from 'react';
import type { Side } from '../compare/side-text';
import type { MarkRange } from './mark-runs';

/** Highlights for both columns: block id → its ranges, and the range the stepper is on. */
export interface ThemeMarks {
  readonly reference: ReadonlyMap<string, readonly MarkRange[]>;
  readonly other: ReadonlyMap<string, readonly MarkRange[]>;
  /** Index of the current occurrence (shown more strongly), or null. */
  readonly current: number | null;
  /** The theme's label, for the marks' titles. */
  readonly label: string;
}

/** The marks of the selected theme, or null when none is selected. */
export const ThemeMarksContext = createContext<ThemeMarks | null>(null);

/** The ranges of one paragraph of one side, if any. */
export function marksOf(
  marks: ThemeMarks | null,
  side: Side,
  block: string,
): readonly MarkRange[] | undefined {
  return marks?.[side].get(block);
}
