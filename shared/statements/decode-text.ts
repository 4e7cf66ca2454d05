/** Bytes → text for the text formats: UTF-8 (BOM or not), UTF-16 LE/BE, Windows-1252 as the fallback. */

/** The encoding a text file was read with. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text decoded from bytes, with the encoding that was used. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five undefined bytes keep their C1 code points.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 by table, so it works where TextDecoder lacks legacy encodings. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + chunk);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Guesses UTF-16 without a BOM from the pattern of zero bytes (ASCII-range text has one in every pair). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd / pairs > 0.4 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.4 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Decodes text bytes: a BOM decides; else UTF-16 by its zero-byte pattern; else UTF-8; else Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** True when decoded "text" is really binary data: a NUL, or more than 2% control characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 1_000_000 ? text.slice(0, 1_000_000) : text;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.02;
}
