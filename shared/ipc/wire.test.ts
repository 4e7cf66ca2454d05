import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  fromWire,
  joinBytesAnswer,
  joinBytesArgs,
  splitBytesAnswer,
  splitBytesArgs,
  toWire,
} from './wire';

describe('toWire / fromWire', () => {
  it('round-trips bytes anywhere in a value, and text that merely mentions "$bytes" stays text', () => {
    const value = {
      files: [{ name: 'a.txt', bytes: new Uint8Array([0, 1, 2, 250, 255]) }],
      text: 'A statement quoting {"$bytes": "AAEC"} and "$bytes": as words.',
      nested: [{ $bytes: 'not alone', other: 1 }],
    };
    const back = fromWire(toWire(value)) as typeof value;
    expect(back.files[0]?.bytes).toEqual(new Uint8Array([0, 1, 2, 250, 255]));
    expect(back.text).toBe(value.text);
    expect(back.nested).toEqual(value.nested);
  });

  it('parses an answer without bytes as plain JSON', () => {
    const answer = { ok: true, value: [{ id: 'x', blocks: [{ text: 'say "$bytes": here' }] }] };
    expect(fromWire(JSON.stringify(answer))).toEqual(answer);
  });
});

describe('base64', () => {
  const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

  it('encodes and decodes the RFC 4648 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(bytesToBase64(ascii(plain))).toBe(encoded);
      expect(base64ToBytes(encoded)).toEqual(ascii(plain));
    }
  });

  it('round-trips every byte value across several chunks, at every length near a chunk edge', () => {
    const bytes = Uint8Array.from({ length: 3 * 8192 * 3 + 2 }, (_, i) => (i * 7919 + (i >> 8)) & 255);
    for (const length of [bytes.length, 3 * 8192, 3 * 8192 + 1, 3 * 8192 - 1, 256]) {
      const part = bytes.subarray(0, length);
      const encoded = bytesToBase64(part);
      expect(encoded).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
      expect(encoded.length).toBe(Math.ceil(length / 3) * 4);
      expect(base64ToBytes(encoded)).toEqual(part);
    }
  });

  it('refuses characters outside the alphabet, in a full group and in the last one', () => {
    expect(() => base64ToBytes('Zm9v*mFy')).toThrow('invalid base64');
    expect(() => base64ToBytes('Zm9vYm-=')).toThrow('invalid base64');
    expect(() => base64ToBytes('Zm9vé')).toThrow('invalid base64');
  });
});

describe('answers of bytes', () => {
  it('split into the bytes and a header of the other fields, and join back', () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const split = splitBytesAnswer({ bytes, next: 8, note: 'é & ü' });
    expect(split?.bytes).toBe(bytes);
    expect(split?.fields).toMatch(/^[\x21-\x7e]*$/); // a header's characters
    expect(joinBytesAnswer(bytes, split?.fields ?? '')).toEqual({ bytes, next: 8, note: 'é & ü' });
  });

  it('leave any other answer to JSON: no bytes, bytes elsewhere, more bytes inside, or large fields', () => {
    expect(splitBytesAnswer({ next: 1 })).toBeNull();
    expect(splitBytesAnswer([new Uint8Array(1)])).toBeNull();
    expect(splitBytesAnswer(new Uint8Array(1))).toBeNull();
    expect(splitBytesAnswer({ bytes: new Uint8Array(1), more: { inner: new Uint8Array(1) } })).toBeNull();
    expect(splitBytesAnswer({ bytes: new Uint8Array(1), text: 'x'.repeat(5000) })).toBeNull();
  });
});

describe('calls with bytes', () => {
  it('split into the bytes and a header of the other arguments with the bytes’ place, and join back', () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const split = splitBytesArgs(['a key é', bytes, true]);
    expect(split?.bytes).toBe(bytes);
    expect(split?.fields).toMatch(/^[\x21-\x7e]*$/);
    expect(joinBytesArgs(bytes, split?.fields ?? '')).toEqual(['a key é', bytes, true]);
    expect(joinBytesArgs(bytes, splitBytesArgs([bytes])?.fields ?? '')).toEqual([bytes]);
  });

  it('leave any other call to JSON: no bytes, bytes inside an argument, or large arguments', () => {
    expect(splitBytesArgs([1, 'two'])).toBeNull();
    expect(splitBytesArgs([[{ name: 'a.txt', bytes: new Uint8Array(1) }]])).toBeNull();
    expect(splitBytesArgs([new Uint8Array(1), { inner: new Uint8Array(1) }])).toBeNull();
    expect(splitBytesArgs([new Uint8Array(1), 'x'.repeat(5000)])).toBeNull();
  });

  it('refuse a header that does not place the bytes among the arguments', () => {
    const bytes = new Uint8Array(1);
    for (const fields of [
      '{"args":[null]}',
      '{"at":1,"args":[null]}',
      '{"at":0.5,"args":[null]}',
      '{"at":0}',
    ])
      expect(() => joinBytesArgs(bytes, encodeURIComponent(fields))).toThrow('not its arguments');
  });
});
