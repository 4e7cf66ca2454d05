/**
 * The themes the window shows (packed, see `packed-themes.ts`) as bytes to keep in the library folder under a key
 * of everything they depend on, so a restart or a new window on an unchanged library shows them by reading one
 * file: no text fetched, no statement read, nothing discovered again.
 *
 * Bytes, little-endian: `PDTA`, the layout's version (uint32), the key (64 ASCII hex digits), the length of the
 * header (uint32), a checksum of everything after it (uint32, FNV-1a), the header (UTF-8 JSON: the themes without
 * their counts and occurrences, which hold the number of occurrences in their place), zeros to a multiple of 8, then
 * per theme its rates per 1,000 words (float64, one per statement) and counts (int32, one per statement, then zeros
 * to a multiple of 8), then per theme and per name its occurrences as `PackedOccurrences` lays them out (statement,
 * block, start and end columns of int32).
 */
import { sha256OfText } from '../statements/hash';
import type { StatementSummary } from '../statements/summary';
import type { Theme, ThemeCount, ThemeName } from './model';
import type { PackedOccurrences, PackedThemes } from './packed-themes';
import type { UserTheme } from './user-theme';

/** The layout's version: change it with any change to the bytes or to what the key covers. */
const LAYOUT_VERSION = 1;
const MAGIC = [0x50, 0x44, 0x54, 0x41]; // "PDTA"
const KEY_LENGTH = 64;
const KEY_AT = 8;
const HEADER_LENGTH_AT = KEY_AT + KEY_LENGTH;
const CHECKSUM_AT = HEADER_LENGTH_AT + 4;
const HEADER_AT = CHECKSUM_AT + 4;

/** What a themes answer depends on, as the window asks for it. */
export interface ThemesAnswerInput {
  /** The statements in the order the themes list them, the reference among them. */
  readonly statements: readonly Pick<StatementSummary, 'id' | 'hash' | 'title' | 'sample' | 'metadata'>[];
  readonly reference: string | null;
  readonly userThemes: readonly UserTheme[];
}

/**
 * The key of the themes of `input` worked out by analysis code of `version` (which hashes the analysis sources and
 * their data files): 64 hex digits of a sha256 over the layout's version, `version`, the reference, each statement's
 * id, content hash, title, sample flag and metadata in order, and the user's themes.
 */
export function themesAnswerKey(version: string, input: ThemesAnswerInput): string {
  return sha256OfText(
    JSON.stringify([
      LAYOUT_VERSION,
      version,
      input.reference,
      input.statements.map((s) => [s.id, s.hash, s.title, s.sample, s.metadata]),
      input.userThemes,
    ]),
  );
}

// FNV-1a over bytes: a damaged file is told apart from a whole one (not a defence against a forged one, which can
// only be the user's own library folder).
function checksum(bytes: Uint8Array, from: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return hash >>> 0;
}

const pad8 = (n: number) => (n + 7) & ~7;

/** The bytes of `packed` under `key` (64 hex digits). */
export function encodeThemesAnswer(key: string, packed: PackedThemes): Uint8Array {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('A themes answer key is 64 hex digits.');
  const ids = packed.statements.map((s) => s.id);
  const statements = ids.length;
  for (const theme of packed.themes)
    if (theme.counts.length !== statements || theme.counts.some((c, i) => c.statement !== ids[i]))
      throw new Error(`The counts of theme ${theme.id} are not one per statement in order.`);
  // Field order kept: counts and occurrences stay where they were, as placeholders.
  const header = {
    ...packed,
    themes: packed.themes.map((t) => ({ ...t, counts: null, occurrences: t.occurrences.statement.length })),
    names: packed.names.map((n) => ({ ...n, occurrences: n.occurrences.statement.length })),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const countsBytes = pad8(statements * 12);
  const lists = [...packed.themes, ...packed.names].map((t) => t.occurrences);
  const occurrenceBytes = lists.reduce((n, o) => n + o.statement.length * 16, 0);
  const start = pad8(HEADER_AT + json.length);
  const bytes = new Uint8Array(start + packed.themes.length * countsBytes + occurrenceBytes);
  bytes.set(MAGIC, 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, LAYOUT_VERSION, true);
  for (let i = 0; i < KEY_LENGTH; i++) bytes[KEY_AT + i] = key.charCodeAt(i);
  view.setUint32(HEADER_LENGTH_AT, json.length, true);
  bytes.set(json, HEADER_AT);
  let at = start;
  for (const theme of packed.themes) {
    new Float64Array(bytes.buffer, at, statements).set(theme.counts.map((c) => c.per1000));
    new Int32Array(bytes.buffer, at + statements * 8, statements).set(theme.counts.map((c) => c.count));
    at += countsBytes;
  }
  for (const o of lists) {
    const n = o.statement.length;
    const columns = new Int32Array(bytes.buffer, at, n * 4);
    columns.set(o.statement, 0);
    columns.set(o.block, n);
    columns.set(o.start, 2 * n);
    columns.set(o.end, 3 * n);
    at += n * 16;
  }
  view.setUint32(CHECKSUM_AT, checksum(bytes, HEADER_AT), true);
  return bytes;
}

/** The key `bytes` were kept under, or null when they are not a themes answer of this layout. */
export function themesAnswerKeyOf(bytes: Uint8Array): string | null {
  if (bytes.length < HEADER_AT || MAGIC.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(4, true) !== LAYOUT_VERSION) return null;
  const key = String.fromCharCode(...bytes.subarray(KEY_AT, KEY_AT + KEY_LENGTH));
  return /^[0-9a-f]{64}$/.test(key) ? key : null;
}

type HeaderTheme = Omit<Theme, 'counts' | 'occurrences'> & { counts: unknown; occurrences: unknown };
type HeaderName = Omit<ThemeName, 'occurrences'> & { occurrences: unknown };

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/**
 * The packed themes `bytes` hold when they were kept under `key`, else null: another key, another layout, a file
 * cut short or damaged (checksum, lengths, an index out of range) all give null, never themes that were not kept.
 */
export function decodeThemesAnswer(bytes: Uint8Array, key: string): PackedThemes | null {
  if (themesAnswerKeyOf(bytes) !== key) return null;
  // Typed arrays need aligned offsets: bytes handed over at an odd offset are copied once.
  const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(data.buffer, data.byteOffset, data.length);
  const jsonLength = view.getUint32(HEADER_LENGTH_AT, true);
  if (HEADER_AT + jsonLength > data.length || view.getUint32(CHECKSUM_AT, true) !== checksum(data, HEADER_AT))
    return null;
  let header: PackedThemes & { themes: HeaderTheme[]; names: HeaderName[] };
  try {
    header = JSON.parse(new TextDecoder().decode(data.subarray(HEADER_AT, HEADER_AT + jsonLength)));
  } catch {
    return null;
  }
  if (
    !Array.isArray(header?.statements) ||
    !Array.isArray(header.themes) ||
    !Array.isArray(header.names) ||
    !Array.isArray(header.blockIds)
  )
    return null;
  const statements = header.statements.length;
  const blocks = header.blockIds.length;
  const countsBytes = pad8(statements * 12);
  let at = pad8(HEADER_AT + jsonLength);
  const base = data.byteOffset;
  const fits = (length: number) => at + length <= data.length;
  const themes: Theme[] = [];
  for (const theme of header.themes) {
    if (!fits(countsBytes)) return null;
    const rates = new Float64Array(data.buffer, base + at, statements);
    const numbers = new Int32Array(data.buffer, base + at + statements * 8, statements);
    const counts: ThemeCount[] = new Array(statements);
    for (let i = 0; i < statements; i++)
      counts[i] = {
        statement: header.statements[i]?.id as string,
        count: numbers[i] as number,
        per1000: rates[i] as number,
      };
    at += countsBytes;
    themes.push({ ...theme, counts } as unknown as Theme);
  }
  const occurrences = (item: { occurrences: unknown }): PackedOccurrences | null => {
    const n = item.occurrences;
    if (!isCount(n) || !fits(n * 16)) return null;
    const buffer = data.buffer.slice(base + at, base + at + n * 16);
    at += n * 16;
    const columns: PackedOccurrences = {
      statement: new Int32Array(buffer, 0, n),
      block: new Int32Array(buffer, 4 * n, n),
      start: new Int32Array(buffer, 8 * n, n),
      end: new Int32Array(buffer, 12 * n, n),
    };
    for (let i = 0; i < n; i++) {
      const s = columns.statement[i] as number;
      const b = columns.block[i] as number;
      if (s < 0 || s >= statements || b < 0 || b >= blocks) return null;
    }
    return columns;
  };
  const packedThemes: PackedThemes['themes'][number][] = [];
  for (const theme of themes) {
    const columns = occurrences(theme);
    if (!columns) return null;
    packedThemes.push({ ...theme, occurrences: columns });
  }
  const names: PackedThemes['names'][number][] = [];
  for (const name of header.names) {
    const columns = occurrences(name);
    if (!columns) return null;
    names.push({ ...name, occurrences: columns });
  }
  if (at !== data.length) return null;
  return { ...header, themes: packedThemes, names };
}
