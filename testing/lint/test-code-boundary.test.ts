import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps test code out of the product, run on sources written here at product paths.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The messages of the test-code rule for `code` linted as if it were the file at `path`. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const importing = (spec: string): string => `import * as x from '${spec}';\nexport const y = x;\n`;

describe('product code cannot import test code', () => {
  const products = [
    'shared/compare/new-module.ts',
    'electron/backend/new-module.ts',
    'renderer/compare/new-view.tsx',
    'cli/commands/new-command.ts',
  ];

  for (const path of products) {
    it(`fails ${path} for fast-check, pdf-lib, vitest and the testing tree`, async () => {
      const depth = path.split('/').length - 1;
      const testing = `${'../'.repeat(depth)}testing/generators/make-statement`;
      for (const spec of ['fast-check', 'pdf-lib', 'vitest', testing]) {
        const found = await violations(path, importing(spec));
        expect(found, `${path} importing ${spec}`).toHaveLength(1);
        expect(found[0]).toMatch(/test/);
      }
    });
  }

  it('also fails a type-only import of the testing tree', async () => {
    const found = await violations(
      'shared/report/new-report.ts',
      "import type { Random } from '../../testing/generators/prng';\nexport type R = Random;\n",
    );
    expect(found).toHaveLength(1);
  });

  it('lets test files, the testing tree, e2e and bench import them', async () => {
    const allowed = [
      ['shared/compare/new-module.test.ts', '../../testing/generators/make-statement'],
      ['renderer/compare/new-view.test.ts', '../../testing/generators/make-statement'],
      ['testing/generators/new-generator.ts', 'fast-check'],
      ['e2e/new.spec.ts', '../testing/generators/prng'],
      ['bench/sections/new-section.ts', '../../testing/generators/prng'],
    ];
    for (const [path, spec] of allowed) {
      expect(await violations(path!, importing(spec!)), path).toEqual([]);
    }
    expect(await violations('shared/compare/new-module.test.ts', importing('fast-check'))).toEqual([]);
  });

  it('lets product code import ordinary libraries and shared/', async () => {
    expect(await violations('renderer/compare/new-view.tsx', importing('react'))).toEqual([]);
    expect(
      await violations('cli/commands/new-command.ts', importing('../../shared/compare/compare')),
    ).toEqual([]);
  });
});
