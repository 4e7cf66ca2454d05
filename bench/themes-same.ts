/**
 * Checks that the themes stay the same across a change meant only to make them faster: prints the sha256 of
 * themes()'s JSON over 30, 300 and 3,000 generated statements of ~1,500 words (the bench's generated library) with the
 * bundled reference, from nothing, and the CPU time it took. Run it before and after the change and compare the
 * hashes: `npx tsx bench/themes-same.ts [sizes…]` (default 30 300 3000); `--write DIR` keeps the JSON.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { themes } from '../shared/themes/themes';
import { generatedStatements, loadStableReference } from '../testing/backend/generated-library';

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const dir = writeAt >= 0 ? (args.splice(writeAt, 2)[1] as string) : null;
const sizes = args.length > 0 ? args.map(Number) : [30, 300, 3000];
const reference = await loadStableReference();

for (const size of sizes) {
  const statements = [reference, ...generatedStatements(reference, size)];
  const cpu = process.cpuUsage();
  const found = themes(statements, { reference: reference.id });
  const used = process.cpuUsage(cpu);
  const json = JSON.stringify(found);
  const hash = createHash('sha256').update(json).digest('hex');
  const ms = Math.round((used.user + used.system) / 1000);
  console.log(`themes-${size}\t${hash}\t${json.length} chars\t${ms} ms CPU`);
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/themes-${size}.json`, json);
  }
}
