import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runNode, useBuiltCli } from '../testing/cli/cli-harness';

const reference = join(root, 'resources/corpus/2019-new-delhi-closing-csc.txt');
const samples = [
  '2017-brisbane-opening',
  '2018-brussels-closing',
  '2021-moscow-closing',
  '2022-gaborone-closing',
].map((name) => join(root, `resources/corpus/samples/sample-${name}.txt`));
const dir = mkdtempSync(join(tmpdir(), 'plenary-themes-'));
// Most runs use the CLI bundled once: starting tsx for every run takes seconds on a busy machine.
// One run goes through tsx itself.
const cli = useBuiltCli('themes');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `plenary-diff themes ...` (the bundled CLI) in a child process. */
const themesCli = (...args: string[]) => cli('themes', ...args);
/** Runs `tsx cli/main.ts themes ...` in a child process, as `npx tsx` does. */
const themesTsx = (...args: string[]) =>
  runNode(['--import', 'tsx', join(root, 'cli/main.ts'), 'themes', ...args]);

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Report {
  statements: { id: string; title: string; year: number | null }[];
  themes: {
    id: string;
    label: string;
    terms: string[];
    source: string;
    counts: Record<string, number>;
    occurrences: { statement: string; block: string; start: number; end: number }[];
  }[];
  names: { label: string; kind: string }[];
  reference?: string;
  relative?: { statement: string; keeps: string[]; loses: string[]; raises: string[] }[];
}

describe('plenary-diff themes', () => {
  it('prints the JSON report for the samples against the 2019 reference (through tsx)', async () => {
    const run = await themesTsx(...samples, '--reference', reference);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.statements.map((s) => s.year)).toEqual([2017, 2018, 2021, 2022, 2019]);
    const ids = report.statements.map((s) => s.id);
    expect(report.reference).toBe(ids[4]);
    expect(report.relative?.map((r) => r.statement)).toEqual(ids.slice(0, 4));
    // One theme per concept: the discovered CAR theme folds into the lexicon's, with its spellings.
    const car = report.themes.find((t) => t.id === 'lexicon:car');
    expect(car).toMatchObject({ source: 'lexicon', label: 'Central African Republic' });
    expect(car?.terms).toEqual(
      expect.arrayContaining(['CAR', 'Central African Republic', 'CAR authorities']),
    );
    expect(report.themes.filter((t) => t.terms.includes('CAR'))).toHaveLength(1);
    expect(report.names.map((n) => n.label)).toContain('Civil Society Coalition (CSC)');
    expect(Object.keys(car?.counts ?? {}).sort()).toEqual([...ids].sort());
    for (const theme of report.themes) {
      for (const key of ['label', 'terms', 'source', 'counts', 'occurrences'])
        expect(theme).toHaveProperty(key);
      const total = Object.values(theme.counts).reduce((a, b) => a + b, 0);
      expect(theme.occurrences).toHaveLength(total);
    }
  });

  it('prints CSV with one row per theme × statement', async () => {
    const run = await themesCli(samples[0] as string, samples[1] as string, '--format', 'csv');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('label,source,statement,title,year,count,per1000');
    expect((lines.length - 1) % 2).toBe(0);
    expect(lines.some((l) => l.startsWith('Central African Republic,lexicon,'))).toBe(true);
  });

  it('prints a standalone HTML page, the one the app exports, with a legend of full titles', async () => {
    const run = await themesCli(samples[0] as string, samples[1] as string, '--format', 'html');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).not.toMatch(/<script/);
    expect(run.stdout).toContain('@page { size: A4 landscape;');
    expect(run.stdout.match(/<th class="col"/g)).toHaveLength(2);
    expect(run.stdout).toContain('<ol class="column-legend">');
  });

  it('adds user themes from --themes', async () => {
    const themesFile = file(
      'mine.json',
      JSON.stringify([{ label: 'Pandemic', terms: ['pandemic', 'online meetings'] }]),
    );
    const run = await themesCli(...samples, '--themes', themesFile);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const pandemic = report.themes.find((t) => t.source === 'user');
    expect(pandemic?.label).toBe('Pandemic');
    expect(Object.values(pandemic?.counts ?? {}).some((n) => n > 0)).toBe(true);
  });

  it('reads plain .txt files of its own', async () => {
    const one = file('one.txt', 'Statement 2018\n\nThe tripartite process and compliant zones matter.\n');
    const two = file('two.txt', 'Statement 2020\n\nCompliant zones and the tripartite process again.\n');
    const run = await themesCli(one, two);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.statements).toHaveLength(2);
    // Both phrases are spellings of lexicon themes, so they are found there (folded, with the new spelling).
    const terms = (id: string) => report.themes.find((t) => t.id === id)?.terms;
    expect(terms('lexicon:civil-society')).toContain('tripartite process');
    expect(terms('lexicon:car')).toContain('compliant zones');
  });

  it('refuses a bad themes file with its name and the reason', async () => {
    const cases: [string, string, RegExp][] = [
      ['bad-json.json', '[{"label": ', /bad-json\.json: not valid JSON/],
      ['no-terms.json', '[{"label": "x"}]', /no-terms\.json: not a list of themes .* at 0\.terms/],
      ['empty-term.json', '[{"label": "x", "terms": [""]}]', /empty-term\.json: .*a term is empty/],
      ['not-list.json', '{"label": "x", "terms": ["y"]}', /not-list\.json: not a list of themes/],
    ];
    for (const [name, content, message] of cases) {
      const run = await themesCli(samples[0] as string, '--themes', file(name, content));
      expect(run.code, name).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
    const missing = await themesCli(samples[0] as string, '--themes', join(dir, 'absent.json'));
    expect(missing.stderr).toMatch(/absent\.json: no such file/);
  });

  it('refuses no files, an unknown format and a missing file', async () => {
    expect((await themesCli()).stderr).toMatch(/at least one FILE/);
    expect((await themesCli(samples[0] as string, '--format', 'xml')).stderr).toMatch(
      /unknown --format "xml"/,
    );
    const missing = await themesCli(join(dir, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
  });
});
