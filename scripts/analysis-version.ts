/**
 * The analysis version the renderer build is stamped with (renderer/vite.config.ts → renderer/worker/
 * analysis-version.ts): a hash of the shared sources the analyses are made of, tests aside, so analyses a library
 * folder keeps are used only by code that would work them out the same way.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** "build-" and 16 hex digits of the sha256 of every non-test .ts file under `sharedDir`, names and contents. */
export function analysisVersion(sharedDir: string): string {
  const files = readdirSync(sharedDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => name.split('\\').join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const name of files)
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(sharedDir, name)))
      .update('\0');
  return `build-${hash.digest('hex').slice(0, 16)}`;
}
