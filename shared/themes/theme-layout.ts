/** Themes laid out over a list of statements as `packedThemes` gives them: counts, rates and packed occurrences. */
import type { Statement } from '../statements/model';
import type { Hits } from './discover';
import type { Theme, ThemeShift, ThemeSource, ThemeStatement } from './model';
import type { Packed, PackedOccurrences } from './packed-themes';
import { themeTrend } from './trend';
import type { StatementUnits } from './themes-cache';
import { acronymKey, type UnitContext, type UnitStream } from './units';

/** A theme with its occurrences packed. */
export type PackedTheme = Packed<Theme>;

/** The statements themes are laid out over, their streams and body blocks, and the block ids named so far. */
export interface Layout {
  readonly list: readonly Statement[];
  readonly streams: readonly UnitStream[];
  readonly bodies: readonly (readonly { readonly id: string }[])[];
  /** The block ids occurrences name, in the order first named (as `packThemes` numbers them). */
  readonly blockIds: string[];
  /** By statement and body block, its index in `blockIds` + 1 (0 until named). */
  readonly blockIndex: (Int32Array | null)[];
  /** Block id → its index in `blockIds`. */
  readonly blockById: Map<string, number>;
}

/** A layout over `list` (read into `streams`, in the same order) with no block named yet. */
export function themeLayout(
  list: readonly Statement[],
  streams: readonly UnitStream[],
  bodies: readonly (readonly { readonly id: string }[])[],
): Layout {
  return {
    list,
    streams,
    bodies,
    blockIds: [] as string[],
    blockIndex: list.map(() => null),
    blockById: new Map<string, number>(),
  };
}

/** The columns of `list` (read into `streams`) as an answer names them. */
export function themeStatements(
  list: readonly Statement[],
  streams: readonly UnitStream[],
): ThemeStatement[] {
  return list.map((s, i): ThemeStatement => ({
    id: s.id,
    title: s.title,
    sample: s.sample,
    year: s.metadata.year,
    city: s.metadata.city,
    meeting: s.metadata.meeting,
    kind: s.metadata.kind,
    words: streams[i]?.words ?? 0,
  }));
}

/** A theme laid out per statement: counts, rates, occurrences by block id, years and trend. */
export function packTheme(
  layout: Layout,
  id: string,
  label: string,
  terms: readonly string[],
  source: ThemeSource,
  hits: Hits,
  score: number,
): PackedTheme {
  const countOf = new Int32Array(layout.list.length);
  for (let h = 0; h < hits.length; h += 3)
    countOf[hits[h] as number] = (countOf[hits[h] as number] as number) + 1;
  const counts = layout.list.map((s, i) => {
    const words = layout.streams[i]?.words ?? 0;
    const count = countOf[i] ?? 0;
    return { statement: s.id, count, per1000: words > 0 ? Math.round((count * 1e6) / words) / 1000 : 0 };
  });
  const years: { year: number; count: number; words: number }[] = [];
  layout.list.forEach((s, i) => {
    if (s.metadata.year !== null)
      years.push({ year: s.metadata.year, count: countOf[i] ?? 0, words: layout.streams[i]?.words ?? 0 });
  });
  const carried = years.filter((y) => y.count > 0).map((y) => y.year);
  return {
    id,
    label,
    terms,
    source,
    counts,
    total: hits.length / 3,
    occurrences: packOccurrences(layout, hits),
    firstYear: carried.length > 0 ? Math.min(...carried) : null,
    lastYear: carried.length > 0 ? Math.max(...carried) : null,
    trend: themeTrend(years),
    score,
  };
}

/** `hits` as packed occurrences, naming their blocks in `layout`. */
export function packOccurrences(layout: Layout, hits: Hits): PackedOccurrences {
  const n = hits.length / 3;
  const buffer = new ArrayBuffer(n * 16);
  const statement = new Int32Array(buffer, 0, n);
  const block = new Int32Array(buffer, 4 * n, n);
  const start = new Int32Array(buffer, 8 * n, n);
  const end = new Int32Array(buffer, 12 * n, n);
  const { blockIds, blockIndex } = layout;
  for (let h = 0, i = 0; h < hits.length; h += 3, i++) {
    const s = hits[h] as number;
    const stream = layout.streams[s] as UnitStream;
    const first = hits[h + 1] as number;
    const b = stream.block[first] as number;
    const bodies = layout.bodies[s] ?? [];
    const indices = (blockIndex[s] ??= new Int32Array(bodies.length + 1));
    const at = b < bodies.length ? b : bodies.length;
    if (indices[at] === 0) {
      // The same text is the same block id wherever it stands: one index for it, as `packThemes` gives.
      const id = bodies[b]?.id ?? '';
      let index = layout.blockById.get(id);
      if (index === undefined) {
        index = blockIds.length;
        blockIds.push(id);
        layout.blockById.set(id, index);
      }
      indices[at] = index + 1;
    }
    statement[i] = s;
    block[i] = (indices[at] as number) - 1;
    start[i] = stream.start[first] as number;
    end[i] = stream.end[hits[h + 2] as number] as number;
  }
  return { statement, block, start, end };
}

/** For each statement but the reference, which of the reference's themes it keeps and loses, and which it raises. */
export function relativeTo(
  referenceId: string,
  list: readonly Statement[],
  all: readonly PackedTheme[],
): ThemeShift[] {
  // Counts are in statement order, so a statement's count is found by its index.
  const index = new Map(list.map((s, i) => [s.id, i]));
  const carries = (t: PackedTheme, statement: string) =>
    (t.counts[index.get(statement) ?? -1]?.count ?? 0) > 0;
  const inReference = all.filter((t) => carries(t, referenceId));
  const notInReference = all.filter((t) => !carries(t, referenceId));
  return list
    .filter((s) => s.id !== referenceId)
    .map((s) => ({
      statement: s.id,
      keeps: inReference.filter((t) => carries(t, s.id)).map((t) => t.id),
      loses: inReference.filter((t) => !carries(t, s.id)).map((t) => t.id),
      raises: notInReference.filter((t) => carries(t, s.id)).map((t) => t.id),
    }));
}

/** The acronyms of `acronyms` the bodies read into `units` name (in the context `context`). */
export function usedAcronyms(
  acronyms: Readonly<Record<string, string>>,
  units: readonly StatementUnits[],
  context: UnitContext,
): Record<string, string> {
  const named = new Set(units.flatMap((u) => u.acronyms));
  return Object.fromEntries(
    Object.entries(acronyms).filter(([acronym]) => {
      const id = context.vocabulary.ids.get(acronymKey(acronym));
      return id !== undefined && named.has(id);
    }),
  );
}
