import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, looksBinary } from './decode-text';

const sample = 'KP Chair, we don’t agree — “reform” café';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const [hi, lo] = [code >> 8, code & 0xff];
    bytes.push(...(endian === 'le' ? [lo, hi] : [hi, lo]));
  }
  return new Uint8Array(bytes);
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(sample))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeText(utf16(sample, 'le', true))).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeText(utf16(sample, 'be', true))).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    const text = 'Ladies and gentlemen, the Plenary has ended.';
    expect(decodeText(utf16(text, 'le', false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, 'be', false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not valid UTF-8', () => {
    // "don’t — “reform” café €5" in Windows-1252.
    const bytes = new Uint8Array([
      0x64, 0x6f, 0x6e, 0x92, 0x74, 0x20, 0x97, 0x20, 0x93, 0x72, 0x65, 0x66, 0x6f, 0x72, 0x6d, 0x94, 0x20,
      0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'don’t — “reform” café €5', encoding: 'windows-1252' });
  });

  it('decodes every Windows-1252 byte to one character', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text[0x41]).toBe('A');
    expect(text[0x99]).toBe('™');
    expect(text[0xff]).toBe('ÿ');
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes and dense control characters, not ordinary text', () => {
    expect(looksBinary('abc\u0000def')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003\u0004 some text')).toBe(true);
    expect(looksBinary(`${sample}\n\ttabbed\r\n`)).toBe(false);
    expect(looksBinary('')).toBe(false);
  });
});
