// Draws the app icon (build/icon.png, 512×512 RGBA) with plain Node: two pages side by side, lines
// aligned across them, one line struck on the left and its rewording marked on the right.
// Run: node build/make-icon.mjs   (electron-builder derives the .ico and .icns from the PNG.)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 samples per pixel for smooth edges

/** A rounded rectangle as a coverage test. */
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

// Layers, painted in order: [shape, colour].
const layers = [[roundRect(16, 16, 496, 496, 104), hex('#1d4f63')]];
const pages = [
  { x0: 72, x1: 244, marked: hex('#e8a0a0') },
  { x0: 268, x1: 440, marked: hex('#8fd3a8') },
];
for (const page of pages) {
  layers.push([roundRect(page.x0, 92, page.x1, 420, 22), hex('#f7f4ec')]);
  const rows = [128, 170, 212, 254, 296, 338, 380];
  rows.forEach((y, i) => {
    const short = i === rows.length - 1 ? 60 : i % 3 === 1 ? 24 : 0;
    const marked = i === 3;
    if (marked) layers.push([roundRect(page.x0 + 14, y - 12, page.x1 - 14, y + 12, 8), page.marked]);
    layers.push([
      roundRect(page.x0 + 24, y - 6, page.x1 - 24 - short, y + 6, 6),
      hex(marked ? '#24343c' : '#9aa7ad'),
    ]);
  });
}
// The link between the two marked lines.
layers.push([roundRect(236, 248, 276, 260, 6), hex('#f2c14e')]);

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        let colour = null;
        for (const [inside, c] of layers) if (inside(x, y)) colour = c;
        if (colour) {
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
    }
    const o = (py * SIZE + px) * 4;
    pixels[o] = a ? Math.round(r / a) : 0;
    pixels[o + 1] = a ? Math.round(g / a) : 0;
    pixels[o + 2] = a ? Math.round(b / a) : 0;
    pixels[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
