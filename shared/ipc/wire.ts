/** JSON encoding for values crossing HTTP in browser mode: bytes travel as base64 under a `$bytes` key. */
import { fromByteArray, toByteArray } from 'base64-js';

/** A character outside the standard alphabet. */
const NOT_BASE64 = /[^A-Za-z0-9+/]/;
const PAD = 61; // '='

/** Base64 of bytes (standard alphabet, padded). */
export function bytesToBase64(bytes: Uint8Array): string {
  return fromByteArray(bytes);
}

/** Bytes of base64, padded or not; throws on characters outside the alphabet. */
export function base64ToBytes(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === PAD) length--;
  const data = length === text.length ? text : text.slice(0, length);
  if (NOT_BASE64.test(data)) throw new Error('invalid base64');
  // base64-js reads whole groups of four characters: text as bytesToBase64 writes it is passed as it is.
  const padded = Math.ceil(length / 4) * 4;
  return toByteArray(text.length === padded ? text : data.padEnd(padded, '='));
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
