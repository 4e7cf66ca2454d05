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
const EMPTY = -2;

/** Phrases and how often, in how many statements and in how many blocks each occurs. */
export interface PhraseTable {
  /** Number of distinct phrases. */
  size: number;
  /** Slots − 1 (a power of two minus one). */
  mask: number;
  cells: Int32Array;
}

function emptyCells(slots: number): Int32Array {
  const cells = new Int32Array(slots * STRIDE);
  for (let at = 0; at < cells.length; at += STRIDE) {
    cells[at + A] = EMPTY;
    cells[at + LAST_STATEMENT] = -1;
    cells[at + LAST_BLOCK] = -1;
  }
  return cells;
}

/** A new table with room for about `expected` phrases before it grows. */
export function newPhraseTable(expected = 1 << 14): PhraseTable {
  let slots = 1 << 10;
  while (slots < expected * 2) slots <<= 1;
  return { size: 0, mask: slots - 1, cells: emptyCells(slots) };
}

function hash(a: number, b: number, c: number): number {
  let h = Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 2, 0x85ebca77) ^ Math.imul(c + 3, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** The slot of phrase (a, b, c) (−1 for a missing word), or −1 when absent. */
export function findPhrase(table: PhraseTable, a: number, b: number, c: number): number {
  const { cells, mask } = table;
  let slot = hash(a, b, c) & mask;
  for (;;) {
    const at = slot * STRIDE;
    const first = cells[at + A] as number;
    if (first === EMPTY) return -1;
    if (first === a && cells[at + B] === b && cells[at + C] === c) return slot;
    slot = (slot + 1) & mask;
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
  const { cells, mask } = table;
  let slot = hash(a, b, c) & mask;
  let at = slot * STRIDE;
  for (;;) {
    const first = cells[at + A] as number;
    if (first === EMPTY) {
      cells[at + A] = a;
      cells[at + B] = b;
      cells[at + C] = c;
      table.size++;
      break;
    }
    if (first === a && cells[at + B] === b && cells[at + C] === c) break;
    slot = (slot + 1) & mask;
    at = slot * STRIDE;
  }
  cells[at + TF] = (cells[at + TF] as number) + 1;
  if (cells[at + LAST_STATEMENT] !== statement) {
    cells[at + LAST_STATEMENT] = statement;
    cells[at + DF] = (cells[at + DF] as number) + 1;
  }
  if (cells[at + LAST_BLOCK] !== block) {
    cells[at + LAST_BLOCK] = block;
    cells[at + BF] = (cells[at + BF] as number) + 1;
  }
  if (table.size * 2 > mask) grow(table);
}

function grow(table: PhraseTable): void {
  const old = table.cells;
  const slots = (table.mask + 1) * 2;
  const mask = slots - 1;
  const cells = emptyCells(slots);
  for (let from = 0; from < old.length; from += STRIDE) {
    const a = old[from + A] as number;
    if (a === EMPTY) continue;
    let slot = hash(a, old[from + B] as number, old[from + C] as number) & mask;
    while (cells[slot * STRIDE + A] !== EMPTY) slot = (slot + 1) & mask;
    const to = slot * STRIDE;
    for (let k = 0; k < STRIDE; k++) cells[to + k] = old[from + k] as number;
  }
  table.cells = cells;
  table.mask = mask;
}

/** The slots of every phrase in the table. */
export function slots(table: PhraseTable): number[] {
  const found: number[] = [];
  for (let slot = 0; slot <= table.mask; slot++)
    if (table.cells[slot * STRIDE + A] !== EMPTY) found.push(slot);
  return found;
}

/** The lemma ids of the phrase in a slot. */
export function phraseAt(table: PhraseTable, slot: number): number[] {
  const at = slot * STRIDE;
  const a = table.cells[at + A] as number;
  const b = table.cells[at + B] as number;
  const c = table.cells[at + C] as number;
  return b < 0 ? [a] : c < 0 ? [a, b] : [a, b, c];
}

/** Occurrences, statements and blocks of the phrase in a slot. */
export function countsAt(table: PhraseTable, slot: number): { tf: number; df: number; bf: number } {
  const at = slot * STRIDE;
  return {
    tf: table.cells[at + TF] as number,
    df: table.cells[at + DF] as number,
    bf: table.cells[at + BF] as number,
  };
}
