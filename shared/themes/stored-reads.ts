/**
 * What the themes read of each statement (see `themes-cache.ts`) as bytes to keep in the library folder, so that a
 * new window or a restart does only the step across the library. Lemmas and written forms are named by their text
 * in a table of each bundle, not by the ids of the context that read them (ids depend on the order statements were
 * read in): loading maps them onto the ids of the context at hand.
 *
 * Bytes: one bundle or several back to back (a later one's entry for a statement wins), each `PDTR`, the length of
 * its header (uint32, little-endian), the header (UTF-8 JSON: version, the acronyms' signature its units were read
 * under, the lemma and form tables, and per statement its content key, acronym evidence and body length), the
 * length of the bodies and the bodies: per statement its units and key-phrase counts as variable-length integers.
 */
import type { AcronymEvidence } from './acronyms';
import type { StreamPhrases } from './discover';
import { nextContent } from './discover';
import { idOf } from '../text/vocabulary';
import { formText, spellingOf, type UnitContext, type UnitStream } from './units';

/**
 * The version of the reading: bundles of another are not used. Change it with any change to what reading a
 * statement gives (units, their kinds and roles, key phrases, acronym evidence) or to the bytes. The app adds the
 * build's analysis version (a hash of the analysis sources) to it, so another build never uses them.
 */
export const THEMES_READS_VERSION = 'themes-reads-1';

const MAGIC = [0x50, 0x44, 0x54, 0x52]; // "PDTR"

/** One statement's reading, as `ThemesCache` keeps it. */
export interface StoredStatement {
  readonly key: string;
  readonly evidence: AcronymEvidence;
  readonly stream: UnitStream;
  readonly phrases: StreamPhrases;
  /** Vocabulary ids of the acronyms its body names. */
  readonly acronyms: readonly number[];
}

/** Readings loaded from bytes, decoded statement by statement as they are asked for. */
export interface StoredReads {
  /** Statements with a reading. */
  readonly size: number;
  /** The acronym evidence of the statement with content key `key`. */
  evidence(key: string): AcronymEvidence | undefined;
  /** True when `key`'s units were read under the acronyms of `signature`. */
  has(key: string, signature: string): boolean;
  /**
   * `key`'s units mapped into `context` (whose acronyms are those of `signature`); undefined when not kept for
   * them or when its bytes do not decode.
   */
  units(
    key: string,
    signature: string,
    context: UnitContext,
  ): Omit<StoredStatement, 'key' | 'evidence'> | undefined;
}

interface Header {
  readonly version: string;
  readonly signature: string;
  readonly lemmas: readonly string[];
  readonly forms: readonly string[];
  /** Content key, body length, acronym evidence (defined, used, spelled). */
  readonly entries: readonly (readonly [
    key: string,
    length: number,
    defined: readonly (readonly [string, string])[],
    used: readonly string[],
    spelled: readonly (readonly [string, readonly (readonly [string, number])[]])[],
  ])[];
}

interface Bundle {
  readonly header: Header;
  readonly body: Uint8Array;
  /** Lemma table index → vocabulary id in `mappedFor` (−1 until needed). */
  lemmaIds: Int32Array;
  spellings: Int32Array;
  mappedFor: UnitContext | null;
}

interface Entry {
  readonly bundle: Bundle;
  readonly at: number;
  readonly length: number;
  readonly evidence: AcronymEvidence;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringPair = (value: unknown) =>
  Array.isArray(value) && value.length === 2 && isString(value[0]) && isString(value[1]);

// The header if it is one this version wrote; throws otherwise.
function checkHeader(value: unknown): Header {
  const header = value as Header;
  const ok =
    typeof value === 'object' &&
    value !== null &&
    isString(header.version) &&
    isString(header.signature) &&
    Array.isArray(header.lemmas) &&
    header.lemmas.every(isString) &&
    Array.isArray(header.forms) &&
    header.forms.every(isString) &&
    Array.isArray(header.entries) &&
    header.entries.every(
      (e) =>
        Array.isArray(e) &&
        isString(e[0]) &&
        Number.isInteger(e[1]) &&
        e[1] >= 0 &&
        Array.isArray(e[2]) &&
        e[2].every(isStringPair) &&
        Array.isArray(e[3]) &&
        e[3].every(isString) &&
        Array.isArray(e[4]) &&
        e[4].every(
          (s) =>
            Array.isArray(s) &&
            isString(s[0]) &&
            Array.isArray(s[1]) &&
            s[1].every((r) => Array.isArray(r) && isString(r[0]) && Number.isInteger(r[1])),
        ),
    );
  if (!ok) throw new Error('not a themes reading header');
  return header;
}

function uint32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16)) +
    (bytes[at + 3] as number) * 0x1000000
  );
}

/**
 * Where each bundle in `bytes` ends, in order (see the file's comment); null when the bytes are not whole bundles
 * back to back (damaged, cut short). Checks the framing only, not what the bundles hold.
 */
export function bundleEnds(bytes: Uint8Array): number[] | null {
  const ends: number[] = [];
  for (let at = 0; at < bytes.length;) {
    if (at + 8 > bytes.length || MAGIC.some((b, i) => bytes[at + i] !== b)) return null;
    const headerEnd = at + 8 + uint32(bytes, at + 4);
    if (headerEnd + 4 > bytes.length) return null;
    at = headerEnd + 4 + uint32(bytes, headerEnd);
    if (at > bytes.length) return null;
    ends.push(at);
  }
  return ends;
}

/**
 * The readings in `bytes` (see the file's comment). Bytes that are not bundles of this version (damaged, cut
 * short, another version) give no readings at all: the statements are read again, and saved anew.
 */
export function storedReads(
  parts: Uint8Array | readonly Uint8Array[],
  version = THEMES_READS_VERSION,
): StoredReads {
  const entries = new Map<string, Entry>();
  try {
    for (const bytes of parts instanceof Uint8Array ? [parts] : parts) readBundles(bytes, version, entries);
  } catch {
    entries.clear();
  }
  return {
    size: entries.size,
    evidence: (key) => entries.get(key)?.evidence,
    has: (key, signature) => entries.get(key)?.bundle.header.signature === signature,
    units(key, signature, context) {
      const entry = entries.get(key);
      if (entry?.bundle.header.signature !== signature) return undefined;
      try {
        return decodeUnits(entry, context);
      } catch {
        return undefined;
      }
    },
  };
}

// Adds the entries of the bundles in `bytes` to `entries`; throws on bytes that are not bundles of this version.
function readBundles(bytes: Uint8Array, version: string, entries: Map<string, Entry>): void {
  const ends = bundleEnds(bytes);
  if (!ends) throw new Error('not bundles');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  for (const end of ends) {
    const headerEnd = at + 8 + uint32(bytes, at + 4);
    const header = checkHeader(JSON.parse(decoder.decode(bytes.subarray(at + 8, headerEnd))));
    const body = bytes.subarray(headerEnd + 4, end);
    at = end;
    if (header.version !== version) throw new Error('another version');
    const bundle: Bundle = {
      header,
      body,
      lemmaIds: new Int32Array(0),
      spellings: new Int32Array(0),
      mappedFor: null,
    };
    let offset = 0;
    for (const [key, length, defined, used, spelled] of header.entries) {
      if (offset + length > body.length) throw new Error('truncated');
      entries.set(key, {
        bundle,
        at: offset,
        length,
        evidence: {
          defined,
          used: new Set(used),
          spelled: new Map(spelled.map(([initials, runs]) => [initials, new Map(runs)])),
        },
      });
      offset += length;
    }
  }
}

// Reads variable-length integers (7 bits a byte, low first) from one statement's body.
class Reader {
  private at: number;
  constructor(
    private readonly bytes: Uint8Array,
    from: number,
    private readonly end: number,
  ) {
    this.at = from;
  }
  next(): number {
    // Most numbers take one byte or two (a lemma's index): this path is small enough for the engine to inline
    // into the decoding loops.
    const { bytes, at } = this;
    if (at + 1 < this.end) {
      const first = bytes[at] as number;
      if (first < 0x80) {
        this.at = at + 1;
        return first;
      }
      const second = bytes[at + 1] as number;
      if (second < 0x80) {
        this.at = at + 2;
        return (first & 0x7f) + second * 128;
      }
    }
    return this.longer();
  }
  private longer(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.end) throw new Error('truncated');
      const byte = this.bytes[this.at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
      if (scale > 2 ** 35) throw new Error('bad number');
    }
  }
  /** A number written with its sign folded in (see `Writer.signed`). */
  signed(): number {
    const n = this.next();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }
  done(): boolean {
    return this.at === this.end;
  }
}

function decodeUnits(entry: Entry, context: UnitContext): Omit<StoredStatement, 'key' | 'evidence'> {
  const { bundle } = entry;
  const { lemmas, forms } = bundle.header;
  if (bundle.mappedFor !== context) {
    bundle.lemmaIds = new Int32Array(lemmas.length).fill(-1);
    bundle.spellings = new Int32Array(forms.length).fill(-1);
    bundle.mappedFor = context;
  }
  const lemmaIds = bundle.lemmaIds;
  const spellings = bundle.spellings;
  const lemmaOf = (index: number): number => {
    if (index >= lemmas.length) throw new Error('bad lemma');
    let id = lemmaIds[index] as number;
    if (id < 0) lemmaIds[index] = id = idOf(context.vocabulary, lemmas[index] as string);
    return id;
  };
  const read = new Reader(bundle.body, entry.at, entry.at + entry.length);
  const words = read.next();
  const n = read.next();
  const blocks = read.next();
  const buffer = new ArrayBuffer(n * 23);
  // The columns as locals: the loop below fills a million units a second.
  const lemma = new Int32Array(buffer, 0, n);
  const start = new Int32Array(buffer, 4 * n, n);
  const end = new Int32Array(buffer, 8 * n, n);
  const block = new Int32Array(buffer, 12 * n, n);
  const spelling = new Int32Array(buffer, 16 * n, n);
  const kind = new Uint8Array(buffer, 20 * n, n);
  const role = new Uint8Array(buffer, 21 * n, n);
  const breakBefore = new Uint8Array(buffer, 22 * n, n);
  const stream = { length: n, lemma, start, end, block, spelling, kind, role, breakBefore, words };
  let u = 0;
  for (let b = 0; b < blocks; b++) {
    const count = read.next();
    if (u + count > n) throw new Error('bad block');
    let ended = 0;
    for (const last = u + count; u < last; u++) {
      const flags = read.next();
      kind[u] = flags & 3;
      role[u] = (flags >> 2) & 7;
      breakBefore[u] = (flags >> 5) & 1;
      block[u] = b;
      lemma[u] = lemmaOf(read.next());
      if (flags & 64) {
        const form = read.next();
        if (form >= forms.length) throw new Error('bad form');
        let spelled = spellings[form] as number;
        if (spelled < 0) spellings[form] = spelled = spellingOf(context, forms[form] as string);
        spelling[u] = spelled;
      } else spelling[u] = -1;
      const started = ended + read.signed();
      ended = started + read.next();
      start[u] = started;
      end[u] = ended;
    }
  }
  if (u !== n) throw new Error('bad length');
  const acronyms = Array.from({ length: read.next() }, () => lemmaOf(read.next()));
  const phrases = read.next();
  const counts = new Int32Array(phrases * 5);
  for (let p = 0; p < counts.length; p += 5) {
    // A phrase's lemmas are kept in id order (see `streamPhrases`): in this context's ids.
    let a = lemmaOf(read.next());
    const second = read.next() - 1;
    const third = read.next() - 1;
    let b = second < 0 ? -1 : lemmaOf(second);
    let c = third < 0 ? -1 : lemmaOf(third);
    if (b >= 0 && b < a) [a, b] = [b, a];
    if (c >= 0 && c < b) {
      [b, c] = [c, b];
      if (b < a) [a, b] = [b, a];
    }
    counts[p] = a;
    counts[p + 1] = b;
    counts[p + 2] = c;
    counts[p + 3] = read.next();
    counts[p + 4] = read.next();
  }
  if (!read.done()) throw new Error('bad length');
  return { stream, phrases: { next: nextContent(stream), counts }, acronyms };
}

// Writes variable-length integers into a growing buffer.
class Writer {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  next(value: number): void {
    if (this.length + 8 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 128) | 0x80;
      value = Math.floor(value / 128);
    }
    this.bytes[this.length++] = value;
  }
  /** 0, −1, 1, −2… as 0, 1, 2, 3… */
  signed(value: number): void {
    this.next(value < 0 ? -2 * value - 1 : 2 * value);
  }
}

/**
 * One bundle of the readings of `statements`, read in `context` (whose acronyms are those of `signature`): their
 * lemmas and written forms named by their text.
 */
export function encodeReads(
  signature: string,
  context: UnitContext,
  statements: readonly StoredStatement[],
  version = THEMES_READS_VERSION,
): Uint8Array {
  const lemmas: string[] = [];
  const forms: string[] = [];
  const lemmaIndex = new Int32Array(context.vocabulary.keys.length).fill(-1);
  const formIndex = new Int32Array(context.forms.forms.length).fill(-1);
  const lemma = (id: number): number => {
    let index = lemmaIndex[id] as number;
    if (index < 0) {
      lemmaIndex[id] = index = lemmas.length;
      lemmas.push(context.vocabulary.keys[id] as string);
    }
    return index;
  };
  const form = (spelling: number): number => {
    let index = formIndex[spelling] as number;
    if (index < 0) {
      formIndex[spelling] = index = forms.length;
      forms.push(formText(context, spelling));
    }
    return index;
  };
  const write = new Writer();
  const entries: Header['entries'][number][] = [];
  for (const { key, evidence, stream, phrases, acronyms } of statements) {
    const from = write.length;
    write.next(stream.words);
    write.next(stream.length);
    const blocks = stream.length === 0 ? 0 : (stream.block[stream.length - 1] as number) + 1;
    write.next(blocks);
    let u = 0;
    for (let b = 0; b < blocks; b++) {
      let last = u;
      while (last < stream.length && stream.block[last] === b) last++;
      write.next(last - u);
      let end = 0;
      for (; u < last; u++) {
        const spelling = stream.spelling[u] as number;
        write.next(
          (stream.kind[u] as number) |
            ((stream.role[u] as number) << 2) |
            ((stream.breakBefore[u] as number) << 5) |
            (spelling >= 0 ? 64 : 0),
        );
        write.next(lemma(stream.lemma[u] as number));
        if (spelling >= 0) write.next(form(spelling));
        write.signed((stream.start[u] as number) - end);
        end = stream.end[u] as number;
        write.next(end - (stream.start[u] as number));
      }
    }
    write.next(acronyms.length);
    for (const id of acronyms) write.next(lemma(id));
    const { counts } = phrases;
    write.next(counts.length / 5);
    for (let p = 0; p < counts.length; p += 5) {
      write.next(lemma(counts[p] as number));
      const b = counts[p + 1] as number;
      const c = counts[p + 2] as number;
      write.next(b < 0 ? 0 : lemma(b) + 1);
      write.next(c < 0 ? 0 : lemma(c) + 1);
      write.next(counts[p + 3] as number);
      write.next(counts[p + 4] as number);
    }
    entries.push([
      key,
      write.length - from,
      evidence.defined,
      [...evidence.used],
      [...evidence.spelled].map(([initials, runs]) => [initials, [...runs]] as const),
    ]);
  }
  const header: Header = { version, signature, lemmas, forms, entries };
  const head = new TextEncoder().encode(JSON.stringify(header));
  const bytes = new Uint8Array(12 + head.length + write.length);
  bytes.set(MAGIC);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, head.length, true);
  bytes.set(head, 8);
  view.setUint32(8 + head.length, write.length, true);
  bytes.set(write.bytes.subarray(0, write.length), 12 + head.length);
  return bytes;
}
