/** One entry of a zip archive, inflated under a hard cap whatever its headers declare (zip bombs stop early). */
import { Inflate } from 'fflate';

/** The outcome of reading one entry: its bytes, or why not. */
export type ZipEntryRead =
  | { readonly kind: 'found'; readonly bytes: Uint8Array }
  | { readonly kind: 'missing' }
  /** The entry declares more than the cap. */
  | { readonly kind: 'too-large'; readonly declaredSize: number }
  /** The entry's data inflates past the size it declares: damaged, or a zip bomb with a lying header. */
  | { readonly kind: 'overflow'; readonly declaredSize: number }
  /** A compression method other than stored (0) or deflate (8). */
  | { readonly kind: 'unsupported'; readonly method: number };

interface EntryRecord {
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeader: number;
}

// Compressed input is fed in small pieces so one piece can never inflate to more than a few MB.
const INPUT_PIECE = 4096;

function u16(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > bytes.length) throw new RangeError('zip record out of bounds');
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x100000000;
}

function sameBytes(bytes: Uint8Array, at: number, name: Uint8Array): boolean {
  for (let i = 0; i < name.length; i++) if (bytes[at + i] !== name[i]) return false;
  return true;
}

/** The central directory record of `name`, with zip64 sizes and offsets resolved; null when absent. */
function findRecord(bytes: Uint8Array, name: Uint8Array): EntryRecord | null {
  let end = bytes.length - 22;
  while (end >= 0 && u32(bytes, end) !== 0x06054b50) {
    if (bytes.length - end > 22 + 0xffff) throw new Error('no zip end record');
    end--;
  }
  if (end < 0) throw new Error('no zip end record');
  let count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
    const zip64End = u64(bytes, end - 12);
    if (u32(bytes, zip64End) === 0x06064b50) {
      count = u64(bytes, zip64End + 32);
      at = u64(bytes, zip64End + 48);
    }
  }
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw new Error('damaged zip directory');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const next = at + 46 + nameLength + extraLength + u16(bytes, at + 32);
    if (nameLength === name.length && sameBytes(bytes, at + 46, name)) {
      let compressedSize = u32(bytes, at + 20);
      let declaredSize = u32(bytes, at + 24);
      let localHeader = u32(bytes, at + 42);
      // Zip64: the fields set to 0xffffffff are in extra field 1, in the order size, compressed size, offset.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      for (; extra + 4 <= extraEnd; extra += 4 + u16(bytes, extra + 2)) {
        if (u16(bytes, extra) !== 1) continue;
        let field = extra + 4;
        if (declaredSize === 0xffffffff) {
          declaredSize = u64(bytes, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, field);
          field += 8;
        }
        if (localHeader === 0xffffffff) localHeader = u64(bytes, field);
        break;
      }
      return { method: u16(bytes, at + 10), compressedSize, declaredSize, localHeader };
    }
    at = next;
  }
  return null;
}

/** Inflates raw DEFLATE data; null as soon as the output passes `limit` bytes. */
function inflateCapped(data: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= limit) chunks.push(chunk);
  });
  if (data.length === 0) return new Uint8Array(0);
  for (let at = 0; at < data.length; at += INPUT_PIECE) {
    inflate.push(data.subarray(at, at + INPUT_PIECE), at + INPUT_PIECE >= data.length);
    if (total > limit) return null;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Reads the entry `name` of a zip archive. An entry declaring more than `cap` bytes is refused unread; one whose
 * data inflates past what it declares is refused after at most a few MB more than that. Throws on a damaged
 * archive.
 */
export function readZipEntry(bytes: Uint8Array, name: string, cap: number): ZipEntryRead {
  const record = findRecord(bytes, new TextEncoder().encode(name));
  if (!record) return { kind: 'missing' };
  if (record.method !== 0 && record.method !== 8) return { kind: 'unsupported', method: record.method };
  if (record.declaredSize > cap) return { kind: 'too-large', declaredSize: record.declaredSize };
  const local = record.localHeader;
  if (u32(bytes, local) !== 0x04034b50) throw new Error('damaged zip entry');
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  if (start + record.compressedSize > bytes.length) throw new Error('truncated zip entry');
  const data = bytes.subarray(start, start + record.compressedSize);
  if (record.method === 0) return { kind: 'found', bytes: data.slice(0, record.declaredSize) };
  const inflated = inflateCapped(data, record.declaredSize);
  return inflated
    ? { kind: 'found', bytes: inflated }
    : { kind: 'overflow', declaredSize: record.declaredSize };
}
