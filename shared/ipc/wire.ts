/** JSON encoding for values crossing HTTP in browser mode: bytes travel as base64 under a `$bytes` key. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const LOOKUP = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;
const PAD = '='.charCodeAt(0);
/** Bytes per chunk of output built at once: 4/3 of it in characters stays well under an argument list's limit. */
const CHUNK = 3 * 8192;

// Both directions are tight loops over typed arrays: a 25 MB file is encoded in the page and decoded in browser
// mode's server (on its main thread) in a fraction of a second, where string pieces and arrays per group took seconds.

/** Base64 of bytes (standard alphabet, padded). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint8Array((CHUNK / 3) * 4);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let o = 0;
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      codes[o++] = ENCODE[a >> 2]!;
      codes[o++] = ENCODE[((a & 3) << 4) | (b >> 4)]!;
      codes[o++] = i + 1 < end ? ENCODE[((b & 15) << 2) | (c >> 6)]! : PAD;
      codes[o++] = i + 2 < end ? ENCODE[c & 63]! : PAD;
    }
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, o) as unknown as number[]));
  }
  return parts.join('');
}

/** Bytes of base64; throws on characters outside the alphabet. */
export function base64ToBytes(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === PAD) length--;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  const value = (i: number): number => {
    const code = text.charCodeAt(i);
    return code < 128 ? LOOKUP[code]! : 255;
  };
  let o = 0;
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    const a = value(i);
    const b = value(i + 1);
    const c = value(i + 2);
    const d = value(i + 3);
    if ((a | b | c | d) > 63) throw new Error('invalid base64');
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  // The last group, short of its padding: 2 or 3 characters give 1 or 2 bytes.
  if (i < length) {
    const rest = [0, 1, 2, 3].map((k) => (i + k < length ? value(i + k) : 0));
    if (rest.some((x) => x > 63)) throw new Error('invalid base64');
    const n = (rest[0]! << 18) | (rest[1]! << 12) | (rest[2]! << 6) | rest[3]!;
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
  }
  return out;
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
