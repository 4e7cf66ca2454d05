/**
 * Themes with their occurrences in typed-array columns, to pass between threads: hundreds of thousands of
 * occurrence objects take seconds to copy and collect, four arrays per theme are handed over whole. Unpacked,
 * each theme's occurrences become objects only when read.
 */
import type { Theme, ThemeName, ThemeOccurrence, Themes } from './model';

/** Occurrences as columns: statement (index into `Themes.statements`), block (index into `blockIds`), offsets. */
export interface PackedOccurrences {
  readonly statement: Int32Array;
  readonly block: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** A theme or a name with its occurrences packed. */
export type Packed<T extends { readonly occurrences: readonly ThemeOccurrence[] }> = Omit<
  T,
  'occurrences'
> & {
  readonly occurrences: PackedOccurrences;
};

/** `Themes` with every occurrence list packed. */
export interface PackedThemes extends Omit<Themes, 'themes' | 'names'> {
  readonly themes: readonly Packed<Theme>[];
  readonly names: readonly Packed<ThemeName>[];
  /** The block ids the occurrences name. */
  readonly blockIds: readonly string[];
}

/** Packs the occurrences of `themes`. */
export function packThemes(themes: Themes): PackedThemes {
  const statementIndex = new Map(themes.statements.map((s, i) => [s.id, i]));
  const blockIndex = new Map<string, number>();
  const pack = (occurrences: readonly ThemeOccurrence[]): PackedOccurrences => {
    const n = occurrences.length;
    const buffer = new ArrayBuffer(n * 16);
    const columns: PackedOccurrences = {
      statement: new Int32Array(buffer, 0, n),
      block: new Int32Array(buffer, 4 * n, n),
      start: new Int32Array(buffer, 8 * n, n),
      end: new Int32Array(buffer, 12 * n, n),
    };
    occurrences.forEach((o, i) => {
      let block = blockIndex.get(o.block);
      if (block === undefined) {
        block = blockIndex.size;
        blockIndex.set(o.block, block);
      }
      const statement = statementIndex.get(o.statement);
      if (statement === undefined)
        throw new Error(`An occurrence names statement ${o.statement}, not among the themes' statements.`);
      columns.statement[i] = statement;
      columns.block[i] = block;
      columns.start[i] = o.start;
      columns.end[i] = o.end;
    });
    return columns;
  };
  return {
    ...themes,
    themes: themes.themes.map((t) => ({ ...t, occurrences: pack(t.occurrences) })),
    names: themes.names.map((n) => ({ ...n, occurrences: pack(n.occurrences) })),
    blockIds: [...blockIndex.keys()],
  };
}

/** The memory of packed themes' columns: to transfer to another thread rather than copy. */
export function packedBuffers(packed: PackedThemes): ArrayBuffer[] {
  return [...packed.themes, ...packed.names].map((t) => t.occurrences.statement.buffer as ArrayBuffer);
}

// The fields of `item` in their order, its occurrences a getter in their place, made on first read: the same
// keys in the same order as before packing (a JSON export reads the same).
function unpacked<T>(
  item: { readonly occurrences: PackedOccurrences },
  ids: readonly string[],
  blockIds: readonly string[],
): T {
  const columns = item.occurrences;
  let made: ThemeOccurrence[] | null = null;
  const occurrences = () =>
    (made ??= Array.from(columns.statement, (statement, i) => ({
      statement: ids[statement] ?? '',
      block: blockIds[columns.block[i] as number] ?? '',
      start: columns.start[i] as number,
      end: columns.end[i] as number,
    })));
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'occurrences') Object.defineProperty(fields, key, { get: occurrences, enumerable: true });
    else fields[key] = value;
  }
  return fields as T;
}

/** The themes `packThemes` packed: equal to them, each occurrence list made when first read. */
export function unpackThemes(packed: PackedThemes): Themes {
  const { blockIds, ...rest } = packed;
  const ids = packed.statements.map((s) => s.id);
  return {
    ...rest,
    themes: packed.themes.map((t) => unpacked<Theme>(t, ids, blockIds)),
    names: packed.names.map((n) => unpacked<ThemeName>(n, ids, blockIds)),
  };
}
