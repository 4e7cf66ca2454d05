/**
 * Checks that the themes stay the same across a change meant only to make them faster: prints the sha256 of
 * themes()'s JSON over 30, 300 and 3,000 generated statements of ~1,500 words (the bench's generated library) with the
 * bundled reference, from nothing, and the CPU time it took. Run it before and after the change and compare the
 * hashes: `npx tsx bench/themes-same.ts [sizes…]` (default 30 300 3000); `--write DIR` keeps the JSON.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { bodyBlocks, type Statement } from '../shared/statements/model';
import { themes } from '../shared/themes/themes';
import { loadReference } from '../testing/backend/generated-library';
import { generateDerivedStatements } from '../testing/generators/generate-pairs';

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const dir = writeAt >= 0 ? (args.splice(writeAt, 2)[1] as string) : null;
const sizes = args.length > 0 ? args.map(Number) : [30, 300, 3000];
// The import time in the reference's source differs from run to run; the themes do not read it.
const loaded = await loadReference();
const reference: Statement = { ...loaded, source: { ...loaded.source, importedAt: '' } };
const base = bodyBlocks(reference).map((b) => b.text);

/** The statements the bench's generated library holds (writeGeneratedLibrary's seeds and slices). */
function generated(count: number): Statement[] {
  const statements: Statement[] = [];
  for (let at = 0; at < count; at += 250)
    statements.push(...generateDerivedStatements(1300 + at, base, Math.min(250, count - at), 1500));
  return statements;
}

for (const size of sizes) {
  const statements = [reference, ...generated(size)];
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
