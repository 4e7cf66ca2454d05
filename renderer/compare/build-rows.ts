/** Flattens a Comparison into the rows the compare view renders (GitHub Desktop style: a row union). */
import type { AlignmentEntry, Comparison, Echo } from '../../shared/compare/model';
import { bodyBlocks, type Block } from '../../shared/statements/model';
import { OP_LABELS } from './op-labels';
import {
  echoesOfRow,
  echoName,
  echoSummary,
  placeNearEchoes,
  quotesOfBlock,
  type BlockPlaces,
  type QuoteMark,
  type RowEcho,
} from './row-echoes';
import { sideParagraphs, type SideParagraph } from './side-text';

/** One side of an entry row: its paragraphs (with word marks), their body paragraph numbers (1-based) and
 * the passages each quotes or has quoted (parallel to `paragraphs`). */
export interface RowSide {
  readonly paragraphs: readonly SideParagraph[];
  readonly numbers: readonly number[];
  readonly quotes: readonly (readonly QuoteMark[])[];
}

/** A row of the compare view. */
export type CompareRow =
  | {
      readonly kind: 'entry';
      readonly key: string;
      /** 1-based position among the entry rows as shown: "Paragraph 3". */
      readonly ordinal: number;
      readonly entry: AlignmentEntry;
      readonly reference: RowSide;
      readonly other: RowSide;
      readonly isChange: boolean;
      /** For moved entries: the key of the marker row where the paragraph stood in the reference. */
      readonly originKey: string | null;
      /** The echoes of this row's paragraphs (what they quote or talk about, or where they are quoted or echoed). */
      readonly echoes: readonly RowEcho[];
    }
  | {
      /** Where a moved paragraph stood in the reference, linking to where it went. */
      readonly kind: 'moved-origin';
      readonly key: string;
      readonly movedKey: string;
      readonly referenceNumbers: readonly number[];
      readonly otherNumbers: readonly number[];
    };

/** A row holding one alignment entry. */
export type EntryRow = Extract<CompareRow, { kind: 'entry' }>;

/**
 * The rows of a comparison, with a marker row at the old place of every moved paragraph, and each added
 * paragraph next to the dropped reference paragraph it echoes.
 */
export function buildRows(comparison: Comparison): readonly CompareRow[] {
  const referenceBlocks = indexBlocks(bodyBlocks(comparison.reference));
  const otherBlocks = indexBlocks(bodyBlocks(comparison.other));
  const keyed = comparison.alignment.map((entry, index) => ({ entry, key: `e${index}` }));
  const placed = placeNearEchoes(keyed, comparison.echoes, (item) => item.entry);
  const places: BlockPlaces = {
    reference: placesOf(keyed, 'reference', referenceBlocks),
    other: placesOf(keyed, 'other', otherBlocks),
    otherName: echoName(comparison.other),
  };
  const entries = placed.map(({ entry, key }, index) => {
    const reference = side(entry.reference, referenceBlocks, entry, 'reference', places, comparison.echoes);
    const other = side(entry.other, otherBlocks, entry, 'other', places, comparison.echoes);
    const originKey = entry.op === 'moved' ? `o${key.slice(1)}` : null;
    return {
      kind: 'entry' as const,
      key,
      ordinal: index + 1,
      entry,
      reference,
      other,
      isChange: entry.op !== 'unchanged',
      originKey,
      echoes: echoesOfRow(comparison.echoes, places, key, entry.reference, entry.other),
    };
  });

  const origins = entries
    .filter((row) => row.originKey !== null)
    .map((row) => ({
      kind: 'moved-origin' as const,
      key: row.originKey ?? '',
      movedKey: row.key,
      referenceNumbers: row.reference.numbers,
      otherNumbers: row.other.numbers,
    }));

  // A marker goes before the first row (not itself moved) that holds a later reference paragraph.
  const rows: CompareRow[] = [];
  const pending = origins.slice().sort((a, b) => first(a.referenceNumbers) - first(b.referenceNumbers));
  for (const row of entries) {
    if (row.entry.op !== 'moved' && row.reference.numbers.length > 0) {
      while (pending.length > 0 && first(pending[0]!.referenceNumbers) < first(row.reference.numbers)) {
        rows.push(pending.shift()!);
      }
    }
    rows.push(row);
  }
  rows.push(...pending);
  return rows;
}

/** The rows "Changes only" keeps: changed entries and the markers of moved paragraphs. */
export function changedRows(rows: readonly CompareRow[]): readonly CompareRow[] {
  return rows.filter((row) => row.kind === 'moved-origin' || row.isChange);
}

/** The key of the entry row showing block `block` on `side`, or null when no row shows it. */
export function rowOfBlock(
  rows: readonly CompareRow[],
  side: 'reference' | 'other',
  block: string,
): string | null {
  for (const row of rows)
    if (row.kind === 'entry' && row[side].paragraphs.some((p) => p.block.id === block)) return row.key;
  return null;
}

/** The accessible label of an entry row: "Paragraph 3: changed, 82% similar". */
export function rowLabel(row: EntryRow): string {
  const { entry } = row;
  const opWord = OP_LABELS[entry.op].word;
  const similarity =
    entry.op === 'added' || entry.op === 'removed' ? '' : `, ${Math.round(entry.similarity * 100)}% similar`;
  const moved =
    entry.op === 'moved' && row.reference.numbers.length > 0
      ? `, moved from ¶${row.reference.numbers.join(', ¶')}`
      : '';
  return `Paragraph ${row.ordinal}: ${opWord}${similarity}${moved}${echoSummary(row.echoes)}`;
}

interface IndexedBlock {
  readonly block: Block;
  readonly number: number;
}

function indexBlocks(blocks: readonly Block[]): ReadonlyMap<string, IndexedBlock> {
  return new Map(blocks.map((block, index) => [block.id, { block, number: index + 1 }]));
}

function placesOf(
  keyed: readonly { readonly entry: AlignmentEntry; readonly key: string }[],
  which: 'reference' | 'other',
  blocks: ReadonlyMap<string, IndexedBlock>,
): Map<string, { key: string; number: number }> {
  const places = new Map<string, { key: string; number: number }>();
  for (const { entry, key } of keyed)
    for (const id of entry[which]) {
      const indexed = blocks.get(id);
      if (indexed) places.set(id, { key, number: indexed.number });
    }
  return places;
}

function side(
  ids: readonly string[],
  blocks: ReadonlyMap<string, IndexedBlock>,
  entry: AlignmentEntry,
  which: 'reference' | 'other',
  places: BlockPlaces,
  echoes: readonly Echo[],
): RowSide {
  const found = ids.map((id) => blocks.get(id)).filter((b): b is IndexedBlock => b !== undefined);
  // A paragraph added or dropped whole reads better unmarked; the row already says what happened to it.
  const diff = entry.op === 'added' || entry.op === 'removed' ? [] : entry.diff;
  return {
    paragraphs: sideParagraphs(
      found.map((b) => b.block),
      diff,
      which,
    ),
    numbers: found.map((b) => b.number),
    quotes: found.map((b) => quotesOfBlock(echoes, places, which, b.block.id)),
  };
}

function first(numbers: readonly number[]): number {
  return numbers[0] ?? Number.POSITIVE_INFINITY;
}
