/**
 * Checks that the overview's results stay the same across a change meant only to make it faster: prints the sha256 of
 * overviewColumns' JSON over 30, 300 and 3,000 generated statements of ~1,500 words against the bundled reference, and
 * of compare()'s JSON (both directions, default options) for a few of them. Run it before and after the change and
 * compare the lines: `npx tsx bench/overview-same.ts [sizes…]` (default 30 300 3000); `--write DIR` keeps the JSON.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { compare } from '../shared/compare/compare';
import { overviewColumns } from '../shared/compare/overview';
import type { Statement } from '../shared/statements/model';
import { generatedStatements, loadStableReference } from '../testing/backend/generated-library';

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const dir = writeAt >= 0 ? (args.splice(writeAt, 2)[1] as string) : null;
const sizes = args.length > 0 ? args.map(Number) : [30, 300, 3000];
const reference = await loadStableReference();

function report(name: string, value: unknown): void {
  const json = JSON.stringify(value);
  console.log(`${name}\t${createHash('sha256').update(json).digest('hex')}\t${json.length} chars`);
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${name}.json`, json);
  }
}

for (const size of sizes) {
  const statements = generatedStatements(reference, size);
  report(`overviewColumns-${size}`, overviewColumns(reference, statements));
  if (size === sizes[0])
    for (const k of [0, 1, 7, 13, 29].filter((k) => k < statements.length)) {
      const other = statements[k] as Statement;
      report(`compare-${k}`, compare(reference, other));
      report(`compare-${k}-mirrored`, compare(other, reference));
    }
}
