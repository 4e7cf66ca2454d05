/** An open-addressing hash table of phrases (up to three lemma ids) with their counts, in one typed array. */

// A Map keyed by numbers beyond 2³¹ boxes every key and spends most of its time collecting garbage, and
// separate arrays per field cost a cache miss each: one slot of eight int32 fields (one cache line for
// two slots) counts a million phrases several times faster.
const STRIDE = 8;
const A = 0;
const B = 1;
const C = 2;
const TF = 3;
const DF = 4;
const LAST_STATEMENT = 5;
const BF = 6;
const LAST_BLOCK = 7;
// Stored shifted by one (a + 1; statement and block + 1) so that a fresh, zeroed array is an empty table.
const EMPTY = 0;

/** Phrases and how often, in how many statements and in how many blocks each occurs. */
export interface PhraseTable {
  /** Number of distinct phrases. */
  size: number;
  /** Slots − 1 (a power of two minus one). */
  mask: number;
  /** The share of slots filled beyond which it grows. */
  readonly load: number;
  cells: Int32Array;
}

// Slots for about `expected` phrases filled to `load`: a power of two.
function slotsFor(expected: number, load = 0.5): number {
  let slots = 1 << 10;
  while (slots * load < expected) slots <<= 1;
  return slots;
}

/**
 * A new table with room for about `expected` phrases before it grows, filled to at most `load` of its slots (the
 * more, the smaller the table and the longer the searches).
 */
export function newPhraseTable(expected = 1 << 14, load = 0.5): PhraseTable {
  const slots = slotsFor(expected, load);
  return { size: 0, mask: slots - 1, load, cells: new Int32Array(slots * STRIDE) };
}

// MurmurHash3's finaliser: every input bit affects every output bit, so that related ids (a word and the
// next one read, often a + 1) do not crowd into neighbouring slots.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hash(a: number, b: number, c: number): number {
  return mix(Math.imul(mix(Math.imul(mix(a + 1), 0x9e3779b1) + b + 2), 0x9e3779b1) + c + 3);
}

/** The slot of phrase (a, b, c) (−1 for a missing word), or −1 when absent. */
export function findPhrase(table: PhraseTable, a: number, b: number, c: number): number {
  const { cells, mask } = table;
  let slot = hash(a, b, c) & mask;
  for (;;) {
    const at = slot * STRIDE;
    const first = cells[at + A] as number;
    if (first === EMPTY) return -1;
    if (first === a + 1 && cells[at + B] === b && cells[at + C] === c) return slot;
    slot = (slot + 1) & mask;
  }
}

// The cell offset of phrase (a, b, c), added (with zero counts) when new.
function slotOf(table: PhraseTable, a: number, b: number, c: number): number {
  return slotAt(table, hash(a, b, c), a, b, c);
}

// `slotOf` given the phrase's hash.
function slotAt(table: PhraseTable, h: number, a: number, b: number, c: number): number {
  const { cells, mask } = table;
  let slot = h & mask;
  let at = slot * STRIDE;
  for (;;) {
    const first = cells[at + A] as number;
    if (first === EMPTY) {
      cells[at + A] = a + 1;
      cells[at + B] = b;
      cells[at + C] = c;
      table.size++;
      return at;
    }
    if (first === a + 1 && cells[at + B] === b && cells[at + C] === c) return at;
    slot = (slot + 1) & mask;
    at = slot * STRIDE;
  }
}

/**
 * Adds counts of phrase (a, b, c) gathered elsewhere: `tf` occurrences in `df` statements and `bf` blocks, none
 * of them counted in this table before.
 */
export function addPhrase(
  table: PhraseTable,
  a: number,
  b: number,
  c: number,
  tf: number,
  df: number,
  bf: number,
): void {
  const at = slotOf(table, a, b, c);
  const { cells } = table;
  cells[at + TF] = (cells[at + TF] as number) + tf;
  cells[at + DF] = (cells[at + DF] as number) + df;
  cells[at + BF] = (cells[at + BF] as number) + bf;
  if (table.size > table.mask * table.load) grow(table);
}

// Rows of `addPhrases`' scratch: the phrase's hash, a, b, c, occurrences, blocks.
const ROW = 6;
// Bytes of the table one partition of `addPhrases` lands in: about what a core's cache holds.
const PARTITION_BYTES = 1 << 18;

/**
 * Adds the counts of the phrases of several statements, each new to this table: each list holds five numbers per
 * phrase (a, b, c, occurrences, blocks; see `StreamPhrases.counts`), as `addPhrase` with `df` 1 would add them one
 * by one; phrases of one word (b −1) are left out. The phrases are first sorted by where in the table they land,
 * then added a region at a time, so that a large table is not missed in the cache at every phrase (the sums are
 * the same in any order).
 */
export function addPhrases(table: PhraseTable, lists: readonly Int32Array[]): void {
  const bytes = (table.mask + 1) * STRIDE * 4;
  let bits = 0;
  while (bits < 16 && bytes >>> bits > PARTITION_BYTES) bits++;
  const shift = Math.log2(table.mask + 1) - bits;
  const { mask } = table;
  const starts = new Int32Array((1 << bits) + 1);
  for (const rows of lists)
    for (let at = 0; at < rows.length; at += 5) {
      if ((rows[at + 1] as number) < 0) continue;
      const part =
        ((hash(rows[at] as number, rows[at + 1] as number, rows[at + 2] as number) & mask) >>> shift) + 1;
      starts[part] = (starts[part] as number) + 1;
    }
  for (let p = 1; p < starts.length; p++) starts[p] = (starts[p] as number) + (starts[p - 1] as number);
  const sorted = new Int32Array((starts[starts.length - 1] as number) * ROW);
  for (const rows of lists)
    for (let at = 0; at < rows.length; at += 5) {
      if ((rows[at + 1] as number) < 0) continue;
      const h = hash(rows[at] as number, rows[at + 1] as number, rows[at + 2] as number);
      const part = (h & mask) >>> shift;
      const to = (starts[part] as number) * ROW;
      starts[part] = (starts[part] as number) + 1;
      sorted[to] = h;
      for (let k = 0; k < 5; k++) sorted[to + 1 + k] = rows[at + k] as number;
    }
  for (let at = 0; at < sorted.length; at += ROW) {
    const h = sorted[at] as number;
    const cell = slotAt(
      table,
      h,
      sorted[at + 1] as number,
      sorted[at + 2] as number,
      sorted[at + 3] as number,
    );
    const { cells } = table;
    cells[cell + TF] = (cells[cell + TF] as number) + (sorted[at + 4] as number);
    cells[cell + DF] = (cells[cell + DF] as number) + 1;
    cells[cell + BF] = (cells[cell + BF] as number) + (sorted[at + 5] as number);
    if (table.size > table.mask * table.load) grow(table);
  }
}

// Empty tables for `withScratchTable`, by their number of slots.
const scratchTables = new Map<number, PhraseTable>();
// The largest table kept for reuse: 2 MB.
const MAX_SCRATCH_SLOTS = 1 << 16;

/**
 * Calls `use` with an empty table laid out as `newPhraseTable(expected)`'s, reused from an earlier call when one
 * is free (a statement's phrases are counted in a table read once and thrown away: allocating a fresh one for
 * each of thousands of statements costs more than the counting). The table must not be kept after `use`.
 */
export function withScratchTable<T>(expected: number, use: (table: PhraseTable) => T): T {
  const slots = slotsFor(expected);
  const table = scratchTables.get(slots) ?? newPhraseTable(expected);
  scratchTables.delete(slots);
  try {
    return use(table);
  } finally {
    // A table that grew is left to the collector.
    if (table.mask === slots - 1 && slots <= MAX_SCRATCH_SLOTS) {
      table.cells.fill(0);
      table.size = 0;
      scratchTables.set(slots, table);
    }
  }
}

/** Counts one occurrence of phrase (a, b, c) in `statement` and `block` (a number unique across statements). */
export function countPhrase(
  table: PhraseTable,
  a: number,
  b: number,
  c: number,
  statement: number,
  block: number,
): void {
  const at = slotOf(table, a, b, c);
  const { cells } = table;
  cells[at + TF] = (cells[at + TF] as number) + 1;
  if (cells[at + LAST_STATEMENT] !== statement + 1) {
    cells[at + LAST_STATEMENT] = statement + 1;
    cells[at + DF] = (cells[at + DF] as number) + 1;
  }
  if (cells[at + LAST_BLOCK] !== block + 1) {
    cells[at + LAST_BLOCK] = block + 1;
    cells[at + BF] = (cells[at + BF] as number) + 1;
  }
  if (table.size > table.mask * table.load) grow(table);
}

function grow(table: PhraseTable): void {
  const old = table.cells;
  const slots = (table.mask + 1) * 2;
  const mask = slots - 1;
  const cells = new Int32Array(slots * STRIDE);
  for (let from = 0; from < old.length; from += STRIDE) {
    const a = old[from + A] as number;
    if (a === EMPTY) continue;
    let slot = hash(a - 1, old[from + B] as number, old[from + C] as number) & mask;
    while (cells[slot * STRIDE + A] !== EMPTY) slot = (slot + 1) & mask;
    const to = slot * STRIDE;
    for (let k = 0; k < STRIDE; k++) cells[to + k] = old[from + k] as number;
  }
  table.cells = cells;
  table.mask = mask;
}

/** The number of slots (a phrase's slot is below it). */
export function tableSlots(table: PhraseTable): number {
  return table.mask + 1;
}

/**
 * The phrases of a table, five numbers each in slot order: lemma ids a, b, c (−1 for a missing word),
 * occurrences and blocks carrying it. Read straight from the cells: a statement's table holds hundreds of phrases,
 * and an array per phrase (`phraseAt`) is garbage for the collector.
 */
export function phraseRows(table: PhraseTable): Int32Array {
  const { cells } = table;
  const rows = new Int32Array(table.size * 5);
  let row = 0;
  for (let at = 0; at < cells.length; at += STRIDE) {
    const first = cells[at + A] as number;
    if (first === EMPTY) continue;
    const b = cells[at + B] as number;
    const c = cells[at + C] as number;
    rows[row] = first - 1;
    rows[row + 1] = b < 0 ? -1 : b;
    rows[row + 2] = b < 0 || c < 0 ? -1 : c;
    rows[row + 3] = cells[at + TF] as number;
    rows[row + 4] = cells[at + BF] as number;
    row += 5;
  }
  return rows;
}

const none: number[] = [];

/** The lemma ids of the phrase in a slot (none for an empty slot). */
export function phraseAt(table: PhraseTable, slot: number): number[] {
  const at = slot * STRIDE;
  if (table.cells[at + A] === EMPTY) return none;
  const a = (table.cells[at + A] as number) - 1;
  const b = table.cells[at + B] as number;
  const c = table.cells[at + C] as number;
  return b < 0 ? [a] : c < 0 ? [a, b] : [a, b, c];
}

/** Occurrences of the phrase in a slot (0 for an empty slot). */
export function tfAt(table: PhraseTable, slot: number): number {
  return table.cells[slot * STRIDE + TF] as number;
}

/** Statements carrying the phrase in a slot (0 for an empty slot). */
export function dfAt(table: PhraseTable, slot: number): number {
  return table.cells[slot * STRIDE + DF] as number;
}

/** Blocks carrying the phrase in a slot (0 for an empty slot). */
export function bfAt(table: PhraseTable, slot: number): number {
  return table.cells[slot * STRIDE + BF] as number;
}

/** Single words and how often, in how many statements and in how many blocks each occurs, by lemma id. */
export interface WordCounts {
  tf: Int32Array;
  df: Int32Array;
  bf: Int32Array;
}

/** Empty counts for lemma ids below `words`. */
export function newWordCounts(words: number): WordCounts {
  return { tf: new Int32Array(words), df: new Int32Array(words), bf: new Int32Array(words) };
}

/** Makes room in `counts` for lemma ids below `words`. */
export function growWordCounts(counts: WordCounts, words: number): void {
  if (counts.tf.length >= words) return;
  const size = Math.max(words, counts.tf.length * 2);
  for (const field of ['tf', 'df', 'bf'] as const) {
    const grown = new Int32Array(size);
    grown.set(counts[field]);
    counts[field] = grown;
  }
}
