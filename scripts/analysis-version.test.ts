import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analysisVersion } from './analysis-version';

describe('analysisVersion', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  // A tree like the repository's: shared/ sources, one importing a data file from resources/.
  function tree(): { shared: string; lexicon: string; source: string; test: string } {
    const root = mkdtempSync(join(tmpdir(), 'analysis-version-'));
    roots.push(root);
    mkdirSync(join(root, 'shared', 'themes'), { recursive: true });
    mkdirSync(join(root, 'resources', 'themes'), { recursive: true });
    const lexicon = join(root, 'resources', 'themes', 'lexicon.json');
    const source = join(root, 'shared', 'themes', 'lexicon.ts');
    const test = join(root, 'shared', 'themes', 'lexicon.test.ts');
    writeFileSync(lexicon, '{"themes":[{"id":"violence","terms":["armed groups"]}]}');
    writeFileSync(
      source,
      "import data from '../../resources/themes/lexicon.json';\nexport const lexicon = data;\n",
    );
    writeFileSync(test, 'export {};\n');
    return { shared: join(root, 'shared'), lexicon, source, test };
  }

  it('changes when a shared source changes, and not when a test does', () => {
    const { shared, source, test } = tree();
    const before = analysisVersion(shared);
    expect(before).toMatch(/^build-[0-9a-f]{16}$/);
    writeFileSync(test, 'export const changed = 1;\n');
    expect(analysisVersion(shared)).toBe(before);
    writeFileSync(
      source,
      `${"import data from '../../resources/themes/lexicon.json';"}\nexport const lexicon2 = data;\n`,
    );
    expect(analysisVersion(shared)).not.toBe(before);
  });

  it('changes when a data file a shared source imports changes (a term added to the lexicon)', () => {
    const { shared, lexicon } = tree();
    const before = analysisVersion(shared);
    writeFileSync(lexicon, '{"themes":[{"id":"violence","terms":["armed groups","police"]}]}');
    expect(analysisVersion(shared)).not.toBe(before);
  });
});
