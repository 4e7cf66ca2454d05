import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Statement } from '../shared/statements/model';
import { useBuiltCli } from '../testing/cli/cli-harness';
import { TRUTH } from '../testing/fixtures/real-layouts-truth';

const dir = mkdtempSync(join(tmpdir(), 'plenary-real-layouts-'));
/** Runs the real CLI in a child process, as a user would. */
const cli = useBuiltCli('real-layouts');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plenary-diff import on real layouts: the truth table holds through the CLI', () => {
  for (const row of TRUTH) {
    it(`${row.file}: title, kind, meeting, year, city, country, date, organisation and every block's role`, async () => {
      const path = join(dir, row.file);
      writeFileSync(path, await row.bytes());
      const run = await cli('import', path, '--format', 'json');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const printed = JSON.parse(run.stdout) as Statement;
      const { title, ...facts } = row.facts;
      expect(printed.title).toBe(title);
      for (const [field, value] of Object.entries(facts)) {
        expect(printed.metadata[field as keyof typeof facts], field).toBe(value);
      }
      expect(printed.blocks.map((b) => [b.role, b.text])).toEqual(row.blocks);
    });
  }
});
