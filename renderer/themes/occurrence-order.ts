/** Orders a theme's occurrences in the two compared statements as the compare view shows them. */
import type { CompareRow } from '../compare/build-rows';
import type { Side } from '../compare/side-text';
import type { ThemeOccurrence } from '../../shared/themes/model';
import type { MarkRange } from './mark-runs';
import type { ThemeMarks } from './theme-marks';

/** One occurrence in the stepping order: where it is and which row shows it. */
export interface PlacedOccurrence {
  readonly side: Side;
  readonly block: string;
  readonly start: number;
  readonly end: number;
  readonly rowKey: string;
}

/**
 * The occurrences of the reference and the other statement, row by row in the view's order, the reference
 * column before the other within a row, and by offset within a paragraph. Occurrences no row shows are left out.
 */
export function placeOccurrences(
  occurrences: readonly ThemeOccurrence[],
  rows: readonly CompareRow[],
  referenceId: string,
  otherId: string,
): readonly PlacedOccurrence[] {
  const bySide: Record<Side, Map<string, ThemeOccurrence[]>> = { reference: new Map(), other: new Map() };
  for (const occurrence of occurrences) {
    const side =
      occurrence.statement === referenceId ? 'reference' : occurrence.statement === otherId ? 'other' : null;
    if (!side) continue;
    const list = bySide[side].get(occurrence.block) ?? [];
    list.push(occurrence);
    bySide[side].set(occurrence.block, list);
  }
  const placed: PlacedOccurrence[] = [];
  for (const row of rows) {
    if (row.kind !== 'entry') continue;
    for (const side of ['reference', 'other'] as const)
      for (const paragraph of row[side].paragraphs) {
        const found = bySide[side].get(paragraph.block.id);
        if (!found) continue;
        // A block shown twice (never expected) is stepped through once.
        bySide[side].delete(paragraph.block.id);
        for (const o of [...found].sort((a, b) => a.start - b.start))
          placed.push({ side, block: o.block, start: o.start, end: o.end, rowKey: row.key });
      }
  }
  return placed;
}

/** The marks for the placed occurrences, with `current` the one the stepper is on. */
export function marksFor(
  placed: readonly PlacedOccurrence[],
  current: number | null,
  label: string,
): ThemeMarks {
  const reference = new Map<string, MarkRange[]>();
  const other = new Map<string, MarkRange[]>();
  placed.forEach((o, index) => {
    const map = o.side === 'reference' ? reference : other;
    const list = map.get(o.block) ?? [];
    list.push({ start: o.start, end: o.end, index });
    map.set(o.block, list);
  });
  return { reference, other, current, label };
}
