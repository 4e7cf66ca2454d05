/** JSON encoding for values crossing HTTP in browser mode: bytes travel as base64 under a `$bytes` key. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Base64 of bytes (standard alphabet, padded). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let out = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]!;
      out += i + 1 < end ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=';
      out += i + 2 < end ? ALPHABET[c & 63]! : '=';
    }
    parts.push(out);
  }
  return parts.join('');
}

/** Bytes of base64; throws on characters outside the alphabet. */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const v = [0, 1, 2, 3].map((k) => (i + k < clean.length ? (LOOKUP[clean.charCodeAt(i + k)] ?? 255) : 0));
    if (v.some((x) => x === 255)) throw new Error('invalid base64');
    const n = (v[0]! << 18) | (v[1]! << 12) | (v[2]! << 6) | v[3]!;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
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
