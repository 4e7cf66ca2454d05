/** JSON encoding for values crossing HTTP in browser mode: bytes travel as base64 under a `$bytes` key. */
import { toByteArray } from 'base64-js';

/** A character outside the standard alphabet. */
const NOT_BASE64 = /[^A-Za-z0-9+/]/;
const PAD = 61; // '='

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// The alphabet's character codes, and every pair of them for 12 bits at a time, in the order a Uint16Array view
// lays its two bytes out on this machine.
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const PAIRS = new Uint16Array(4096);
for (let i = 0; i < 4096; i++) {
  const first = CODES[i >> 6] as number;
  const second = CODES[i & 63] as number;
  PAIRS[i] = LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second;
}
// Base64 is ASCII, which UTF-8 decodes as it is (and faster than latin1 here).
const ASCII = new TextDecoder();

/**
 * Base64 of bytes (standard alphabet, padded). The characters are written as codes into one buffer, two at a time,
 * and made a string once: kept readings of a large library are tens of megabytes, which base64-js's per-chunk string
 * building took seconds to encode (23 MB/s).
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const whole = bytes.length - (bytes.length % 3);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const pairs = new Uint16Array(out.buffer, 0, (whole / 3) * 2);
  for (let i = 0, j = 0; i < whole; i += 3, j += 2) {
    const triple = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    pairs[j] = PAIRS[triple >> 12] as number;
    pairs[j + 1] = PAIRS[triple & 4095] as number;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const o = (whole / 3) * 4;
    const b0 = bytes[whole] as number;
    const b1 = rest === 2 ? (bytes[whole + 1] as number) : 0;
    out[o] = CODES[b0 >> 2] as number;
    out[o + 1] = CODES[((b0 & 3) << 4) | (b1 >> 4)] as number;
    out[o + 2] = rest === 2 ? (CODES[(b1 & 15) << 2] as number) : PAD;
    out[o + 3] = PAD;
  }
  return ASCII.decode(out);
}

// Uint8Array.fromBase64 where the engine has it (Chromium 140 and later, so the window in browser mode and Electron;
// not Node 20, which falls back to base64-js).
const NATIVE_FROM_BASE64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array })
  .fromBase64;

/** Bytes of base64, padded or not; throws on characters outside the alphabet. */
export function base64ToBytes(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === PAD) length--;
  const data = length === text.length ? text : text.slice(0, length);
  if (NOT_BASE64.test(data)) throw new Error('invalid base64');
  // base64-js reads whole groups of four characters: text as bytesToBase64 writes it is passed as it is.
  const padded = Math.ceil(length / 4) * 4;
  const whole = text.length === padded ? text : data.padEnd(padded, '=');
  return NATIVE_FROM_BASE64 ? NATIVE_FROM_BASE64(whole) : toByteArray(whole);
}

/** JSON.stringify that turns every Uint8Array into `{ "$bytes": base64 }`. */
export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { $bytes: bytesToBase64(v) } : v,
  );
}

/** JSON.parse that turns every `{ "$bytes": base64 }` back into a Uint8Array. */
export function fromWire(text: string): unknown {
  // Most answers carry no bytes (a library's texts are megabytes of JSON): parse those without a reviver. Inside a
  // JSON string a quote is escaped, so `"$bytes":` appears only as a key.
  if (!text.includes('"$bytes":')) return JSON.parse(text);
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const bytes = (v as { $bytes?: unknown }).$bytes;
      if (keys.length === 1 && typeof bytes === 'string') return base64ToBytes(bytes);
    }
    return v;
  });
}

/** The browser-mode HTTP protocol: `POST /api/call/<channel>` with body `{ "args": [...] }` (wire JSON)
 * and header `Authorization: Bearer <token>`; the answer is `{ "ok": true, "value": ... }` or
 * `{ "ok": false, "error": "message" }`. */
export const API_CALL_PREFIX = '/api/call/';

/** The answer to one browser-mode API call. */
export type WireAnswer =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/**
 * An answer that is bytes and a few small fields (`{ bytes, next }`: a part of the kept themes readings) travels in
 * browser mode as the body itself, `application/octet-stream`, with the other fields as URI-encoded JSON in the
 * `X-Plenary-Value` header: tens of megabytes in base64 inside JSON cost seconds to encode, parse and decode.
 */
export const BYTES_ANSWER_TYPE = 'application/octet-stream';
export const BYTES_ANSWER_FIELDS = 'X-Plenary-Value';
// The other fields must stay small enough for a header.
const MAX_FIELDS_LENGTH = 2048;

/** `value` as URI-encoded JSON for a header, or null when it holds bytes or is too long for one. */
function headerFields(value: unknown): string | null {
  let nested = false;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) nested = true;
    return v;
  });
  const fields = encodeURIComponent(json);
  return nested || fields.length > MAX_FIELDS_LENGTH ? null : fields;
}

/** The bytes and the header text of an answer shaped `{ bytes: Uint8Array, ...small plain fields }`, else null. */
export function splitBytesAnswer(value: unknown): { bytes: Uint8Array; fields: string } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { bytes, ...rest } = value as { bytes?: unknown };
  if (!(bytes instanceof Uint8Array)) return null;
  const fields = headerFields(rest);
  return fields === null ? null : { bytes, fields };
}

/** The answer `splitBytesAnswer` split: its fields with the bytes back in. */
export function joinBytesAnswer(bytes: Uint8Array, fields: string): unknown {
  const rest = JSON.parse(decodeURIComponent(fields)) as unknown;
  if (typeof rest !== 'object' || rest === null || Array.isArray(rest))
    throw new Error('The fields of a bytes answer are not an object.');
  return { ...rest, bytes };
}

/**
 * A call whose arguments are bytes and a few small values (`analysis:save-themes-reads(bundle, replace)`,
 * `analysis:save-themes-answer(key, bytes)`) travels the same way the other way round: the bytes as the request body,
 * `application/octet-stream`, and `{ at, args }` (the arguments, null at the bytes' place `at`) as URI-encoded JSON in
 * the `X-Plenary-Args` header. In base64 inside JSON, the 12 MB themes answer and the readings' bundles held the
 * window's thread for a second or more each while it encoded them, and the server's while it decoded them.
 */
export const BYTES_ARGS_FIELDS = 'X-Plenary-Args';

/** The bytes and the header text of arguments holding one Uint8Array (not nested) among small plain values, else null. */
export function splitBytesArgs(args: readonly unknown[]): { bytes: Uint8Array; fields: string } | null {
  const at = args.findIndex((arg) => arg instanceof Uint8Array);
  if (at < 0) return null;
  const fields = headerFields({ at, args: args.map((arg, i) => (i === at ? null : arg)) });
  return fields === null ? null : { bytes: args[at] as Uint8Array, fields };
}

/** The arguments `splitBytesArgs` split: the bytes back in their place. */
export function joinBytesArgs(bytes: Uint8Array, fields: string): unknown[] {
  const { at, args } = JSON.parse(decodeURIComponent(fields)) as { at?: unknown; args?: unknown };
  if (!Array.isArray(args) || typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= args.length)
    throw new Error('The fields of a bytes call are not its arguments.');
  return args.map((arg: unknown, i) => (i === at ? bytes : arg));
}
