import { it } from 'vitest';
import { inflateSync } from 'fflate';
import { rawZip, singleBlockBomb } from './zip-bytes';
import { importStatement } from '../import-statement';
it('scratch', async () => {
  const small = singleBlockBomb(0x61, 100000);
  const inflated = inflateSync(small);
  console.log('small', small.length, inflated.length, inflated.every((b) => b === 0x61));
  for (const gb of [0.25, 1]) {
  const bomb = singleBlockBomb(0x61, gb * 2 ** 30);
  const zip = rawZip([
      { name: '_rels/.rels', method: 0, data: new Uint8Array(0), declaredSize: 0 },
      { name: 'word/document.xml', method: 8, data: bomb, declaredSize: 1 << 20 },
    ]);
    const t1 = performance.now();
    const r = await importStatement({ name: 'bomb.docx', bytes: zip });
    console.log(gb, zip.length, JSON.stringify(r).slice(0, 300), performance.now() - t1, process.memoryUsage().rss / 1e6);
  }
}, 600000);
