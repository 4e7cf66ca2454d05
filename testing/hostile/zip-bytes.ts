/** Zip archives written byte by byte for hostile-file tests: any declared size, any entry name, any data. */
import { Deflate } from 'fflate';

/** One entry of a hand-made zip: its name, method (0 stored, 8 deflate), raw data and the sizes it declares. */
export interface RawZipEntry {
  readonly name: string;
  readonly method: 0 | 8;
  /** The bytes stored in the archive (already compressed for method 8). */
  readonly data: Uint8Array;
  /** The uncompressed size written in both headers (true or not). */
  readonly declaredSize: number;
  /** The CRC-32 written in both headers (importers do not check it). */
  readonly crc?: number;
  /** A local-header offset for the directory to claim instead of the true one. */
  readonly claimedOffset?: number;
}

function header(size: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A zip archive whose headers say exactly what the entries declare, whatever the data really holds. */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const crc = entry.crc ?? 0;
    const local = header(30, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 0x0800, true); // UTF-8 names
      v.setUint16(8, entry.method, true);
      v.setUint32(14, crc, true);
      v.setUint32(18, entry.data.length, true);
      v.setUint32(22, entry.declaredSize, true);
      v.setUint16(26, name.length, true);
    });
    const central = header(46, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, 0x0800, true);
      v.setUint16(10, entry.method, true);
      v.setUint32(16, crc, true);
      v.setUint32(20, entry.data.length, true);
      v.setUint32(24, entry.declaredSize, true);
      v.setUint16(28, name.length, true);
      v.setUint32(42, entry.claimedOffset ?? offset, true);
    });
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = concat(centrals);
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, entries.length, true);
    v.setUint16(10, entries.length, true);
    v.setUint32(12, directory.length, true);
    v.setUint32(16, offset, true);
  });
  return concat([...locals, directory, end]);
}

/** The size of the repeated unit in `repeatedDeflate`: above the 32 kB window, within fflate's 64 kB buffer step. */
export const REPEAT_UNIT = 65_536;

/**
 * A raw DEFLATE stream that inflates to `prefix` then `repeats` × 64 kB of the byte `fill`, built without ever
 * holding the inflated data: one 64 kB unit is compressed after a copy of itself (so its back-references reach
 * only identical bytes), flushed to a byte boundary, and those few bytes are repeated.
 */
export function repeatedDeflate(prefix: Uint8Array, fill: number, repeats: number): Uint8Array {
  const unit = new Uint8Array(REPEAT_UNIT).fill(fill);
  let sink: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (data) => {
    sink.push(data.slice());
  });
  const take = (): Uint8Array => {
    const bytes = concat(sink);
    sink = [];
    return bytes;
  };
  deflate.push(prefix);
  deflate.push(unit);
  deflate.flush(true);
  const head = take();
  deflate.push(unit);
  deflate.flush(true);
  const body = take();
  deflate.push(new Uint8Array(0), true);
  const tail = take();
  const out = new Uint8Array(head.length + body.length * (repeats - 1) + tail.length);
  out.set(head, 0);
  for (let i = 0; i < repeats - 1; i++) out.set(body, head.length + i * body.length);
  out.set(tail, out.length - tail.length);
  return out;
}

/** Writes bits least significant first, as DEFLATE packs them; Huffman codes go most significant bit first. */
function bitWriter() {
  const bytes: number[] = [];
  let bit = 0;
  const put = (value: number, count: number): void => {
    for (let i = 0; i < count; i++) {
      if (bit === 0) bytes.push(0);
      if ((value >> i) & 1) bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) | (1 << bit);
      bit = (bit + 1) & 7;
    }
  };
  const code = (value: number, count: number): void => {
    for (let i = count - 1; i >= 0; i--) put((value >> i) & 1, 1);
  };
  return { put, code, bytes: () => Uint8Array.from(bytes), aligned: () => bit === 0 };
}

// Fixed-Huffman codes: literal 0x00–0x8f is 0x30 + value in 8 bits; length 258 is symbol 285 = 0xc5 in 8 bits;
// distance 1 is distance code 0 in 5 bits; end of block is symbol 256 = 0 in 7 bits.

/**
 * One fixed-Huffman DEFLATE block that inflates to at least `size` bytes of the byte `fill` (< 0x90): one
 * literal then copies of 258 bytes at distance 1, 13 bits each — no stored blocks or flushes, so an
 * inflater only stops when its own output cap says so. About 6.5 MB per GB inflated.
 */
export function singleBlockBomb(fill: number, size: number): Uint8Array {
  const head = bitWriter();
  head.put(1, 1); // BFINAL
  head.put(1, 2); // BTYPE 01: fixed Huffman
  head.code(0x30 + fill, 8);
  const copy = (w: ReturnType<typeof bitWriter>): void => {
    w.code(0xc5, 8);
    w.code(0, 5);
  };
  copy(head); // 3 + 8 + 13 = 24 bits: byte-aligned from here on
  const period = bitWriter();
  for (let i = 0; i < 8; i++) copy(period);
  const periodBytes = period.bytes(); // 8 × 13 bits = 13 bytes
  const tail = bitWriter();
  tail.code(0, 7);
  const periods = Math.ceil(Math.max(0, size - 1 - 258) / (258 * 8));
  const headBytes = head.bytes();
  const tailBytes = tail.bytes();
  const out = new Uint8Array(headBytes.length + periods * periodBytes.length + tailBytes.length);
  out.set(headBytes, 0);
  for (let i = 0; i < periods; i++) out.set(periodBytes, headBytes.length + i * periodBytes.length);
  out.set(tailBytes, out.length - tailBytes.length);
  return out;
}
