import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rawZip, singleBlockBomb } from '../../../testing/hostile/zip-bytes';
import { readZipEntry } from './zip-entry';

const text = strToU8('<w:document>A short document part.</w:document>');

describe('readZipEntry', () => {
  it('reads a stored and a deflated entry by name, and says when one is missing', () => {
    const zip = rawZip([
      { name: 'stored.xml', method: 0, data: text, declaredSize: text.length },
      { name: 'word/document.xml', method: 8, data: deflateSync(text), declaredSize: text.length },
    ]);
    expect(readZipEntry(zip, 'stored.xml', 1024)).toEqual({ kind: 'found', bytes: text });
    expect(readZipEntry(zip, 'word/document.xml', 1024)).toEqual({ kind: 'found', bytes: text });
    expect(readZipEntry(zip, 'word/other.xml', 1024)).toEqual({ kind: 'missing' });
  });

  it('refuses an entry that declares more than the cap without inflating it', () => {
    const zip = rawZip([{ name: 'a.xml', method: 8, data: deflateSync(text), declaredSize: 5000 }]);
    expect(readZipEntry(zip, 'a.xml', 4096)).toEqual({ kind: 'too-large', declaredSize: 5000 });
  });

  it('stops a lying header early: 1 GB of output declared as 1 kB', () => {
    const zip = rawZip([
      { name: 'a.xml', method: 8, data: singleBlockBomb(0x61, 2 ** 30), declaredSize: 1024 },
    ]);
    const started = performance.now();
    expect(readZipEntry(zip, 'a.xml', 32 * 1024 * 1024)).toEqual({ kind: 'overflow', declaredSize: 1024 });
    // Inflating the whole gigabyte takes over 10 s; stopping at the declared size takes milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('names an unsupported compression method and throws on a damaged archive', () => {
    const zip = rawZip([{ name: 'a.xml', method: 0, data: text, declaredSize: text.length }]);
    const bzip = zip.slice();
    // Method field of the central directory record (46 bytes + name before the end record).
    new DataView(bzip.buffer).setUint16(zip.length - 22 - 46 - 5 + 10, 12, true);
    expect(readZipEntry(bzip, 'a.xml', 1024)).toEqual({ kind: 'unsupported', method: 12 });
    expect(() => readZipEntry(zip.subarray(0, zip.length - 10), 'a.xml', 1024)).toThrow();
    expect(() => readZipEntry(zip.subarray(0, 40), 'a.xml', 1024)).toThrow();
  });
});
