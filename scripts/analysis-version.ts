/**
 * The analysis version the renderer build is stamped with (renderer/vite.config.ts → renderer/worker/
 * analysis-version.ts): a hash of the shared sources the analyses are made of, tests aside, and of the data files
 * they import (the themes lexicon, idioms, word frequencies), so analyses a library folder keeps are used only by
 * code and data that would work them out the same way.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// A static import of a JSON file by a relative path: `import data from '../../resources/themes/lexicon.json'`.
const JSON_IMPORT = /\bfrom\s+['"](\.{1,2}\/[^'"]+\.json)['"]/g;

/** "build-" and 16 hex digits of the sha256 of every non-test .ts file under `sharedDir` and every JSON file they
 * import, names and contents. */
export function analysisVersion(sharedDir: string): string {
  const sources = readdirSync(sharedDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(sharedDir, name));
  const data = new Set<string>();
  for (const source of sources)
    for (const match of readFileSync(source, 'utf8').matchAll(JSON_IMPORT))
      data.add(resolve(dirname(source), match[1] ?? ''));
  const files = [...sources, ...data]
    .map((path) => ({ path, name: relative(sharedDir, path).split('\\').join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  for (const { path, name } of files) hash.update(name).update('\0').update(readFileSync(path)).update('\0');
  return `build-${hash.digest('hex').slice(0, 16)}`;
}
