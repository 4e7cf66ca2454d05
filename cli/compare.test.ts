import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../shared/compare/compare';
import { discoveredEchoOptions } from '../shared/compare/echo-options';
import type { Comparison, Overview } from '../shared/compare/model';
import { themes } from '../shared/themes/themes';
import type { Statement } from '../shared/statements/model';
import { root, useBuiltCli } from '../testing/cli/cli-harness';

const reference = join(root, 'resources/corpus/2019-new-delhi-closing-csc.txt');
const samples = join(root, 'resources/corpus/samples');
const dir = mkdtempSync(join(tmpdir(), 'plenary-compare-'));
/** Runs the real CLI in a child process, as a user would. */
const cli = useBuiltCli('compare');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const edited = file(
  'edited.txt',
  [
    'Closing statement, a sample written for this test',
    'Dear Chair,',
    'The best thing about this Plenary has been the warm welcome by our hosts, for which we extend our thanks.',
    'The umpteenth attempt at broadening the scope of the KP to capture contemporary conflict challenges failed to produce any result.',
    'A new sample paragraph about road repairs, school fees and the weather in a town no statement mentions.',
  ].join('\n\n'),
);

function withoutImportTime(s: Statement): Statement {
  return { ...s, source: { ...s.source, importedAt: '' } };
}

describe('plenary-diff compare', () => {
  it('prints the comparison JSON: both Statements as import prints them, and the alignment', async () => {
    const run = await cli('compare', reference, edited);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const printed = JSON.parse(run.stdout) as Comparison;
    expect(Object.keys(printed)).toEqual(['reference', 'other', 'alignment', 'frame', 'echoes']);
    const imported = JSON.parse((await cli('import', reference)).stdout) as Statement;
    expect(withoutImportTime(printed.reference)).toEqual(withoutImportTime(imported));
    for (const entry of printed.alignment) {
      expect(Object.keys(entry)).toEqual(['op', 'reference', 'other', 'similarity', 'terms', 'diff']);
      for (const part of entry.diff) expect(['equal', 'insert', 'delete']).toContain(part.op);
    }
    const ops = printed.alignment.map((e) => e.op);
    expect(ops.filter((op) => op === 'removed')).toHaveLength(8);
    expect(ops.filter((op) => op === 'changed')).toHaveLength(2);
    expect(ops.filter((op) => op === 'added')).toHaveLength(1);
    const welcome = printed.alignment.find((e) => e.op === 'changed' && e.terms.includes('warm'));
    expect(welcome?.diff.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual([
      'host India',
      'hosts',
      'gratitude',
      'thanks',
    ]);
    expect(printed.frame.map((f) => f.role)).toEqual(['title', 'salutation', 'signature']);
  });

  it('prints echoes: quoted passages with offsets into both texts, topic echoes with their reasons', async () => {
    const quoting = join(root, 'testing/echo-truth/sample-2019-press-release.txt');
    const printed = JSON.parse((await cli('compare', reference, quoting)).stdout) as Comparison;
    const reuse = printed.echoes.filter((e) => e.kind === 'reuse');
    expect(reuse.length).toBeGreaterThanOrEqual(4);
    for (const echo of printed.echoes) {
      expect(Object.keys(echo)).toEqual(
        echo.kind === 'reuse'
          ? ['kind', 'reference', 'other', 'score', 'themes', 'terms', 'passages']
          : ['kind', 'reference', 'other', 'score', 'themes', 'terms'],
      );
    }
    const textOf = (s: Statement, id: string) => s.blocks.find((b) => b.id === id)?.text ?? '';
    const passage = reuse
      .flatMap((e) => e.passages ?? [])
      .find((p) =>
        textOf(printed.other, p.other.block).slice(p.other.start, p.other.end).includes('torture'),
      );
    expect(passage).toBeDefined();
    if (!passage) return;
    const quoted = textOf(printed.other, passage.other.block).slice(passage.other.start, passage.other.end);
    const source = textOf(printed.reference, passage.reference.block).slice(
      passage.reference.start,
      passage.reference.end,
    );
    expect(quoted.split(/\s+/)).toHaveLength(passage.words);
    expect(source).toContain('sexual abuse and killings at the hands of private and public security forces');
    expect(quoted).toContain('sexual abuse and killings at the hands of private and public security forces');
  });

  it('relates paragraphs through a user theme given with --themes', async () => {
    const opening = join(root, 'testing/echo-truth/sample-2024-closing.txt');
    const without = JSON.parse((await cli('compare', reference, opening)).stdout) as Comparison;
    const themes = file(
      'themes.json',
      JSON.stringify([{ label: 'Trade rules', terms: ['due diligence', 'legitimate supply chain'] }]),
    );
    const withTheme = JSON.parse(
      (await cli('compare', reference, opening, '--themes', themes)).stdout,
    ) as Comparison;
    const tradeRules = (c: Comparison) => c.echoes.filter((e) => e.themes.includes('Trade rules'));
    expect(tradeRules(without)).toEqual([]);
    expect(tradeRules(withTheme).length).toBeGreaterThan(0);
  });

  it('relates paragraphs through the themes discovered in the two files with --discovered-themes', async () => {
    const path = join(root, 'testing/echo-truth/sample-2026-plenary-statement.txt');
    const without = JSON.parse((await cli('compare', reference, path)).stdout) as Comparison;
    const run = await cli('compare', reference, path, '--discovered-themes');
    expect(run.stderr).toBe('');
    const withDiscovered = JSON.parse(run.stdout) as Comparison;
    // What the library gives with the themes discovered in the pair ("Supply chain" here, found in both).
    const [ref, other] = [withDiscovered.reference, withDiscovered.other];
    const found = themes([other], { reference: ref });
    expect(found.themes.filter((t) => t.source === 'discovered').map((t) => t.label)).toContain(
      'Supply chain',
    );
    const expected = compare(ref, other, { echoes: discoveredEchoOptions([], found) });
    expect(withDiscovered.echoes).toEqual(expected.echoes);
    // The discovered theme weighs in: an echo's score is not what the built-in themes alone give.
    expect(withDiscovered.echoes).not.toEqual(without.echoes);
    expect(withDiscovered.echoes.map((e) => [e.kind, e.reference, e.other])).toEqual(
      without.echoes.map((e) => [e.kind, e.reference, e.other]),
    );
  });

  it('finds every paragraph unchanged when a file is compared with itself', async () => {
    const run = await cli('compare', reference, reference);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Comparison;
    expect(printed.alignment.map((e) => e.op)).toEqual(Array(10).fill('unchanged'));
  });

  it('writes a Markdown report and a standalone HTML report', async () => {
    const md = await cli(
      'compare',
      reference,
      join(samples, 'sample-2021-moscow-closing.txt'),
      '--format',
      'md',
    );
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Comparison');
    expect(md.stdout).toContain('> merged');
    expect(md.stdout).toContain('< split');
    const html = await cli(
      'compare',
      reference,
      join(samples, 'sample-2021-moscow-closing.txt'),
      '--format',
      'html',
    );
    expect(html.code).toBe(0);
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(html.stdout).not.toContain('<script');
    expect(html.stdout).toContain('<del>');
    expect(html.stdout).toContain('<ins>');
  });

  it('refuses wrong arguments and missing files with one line and exit code 2', async () => {
    const missing = await cli('compare', reference, join(dir, 'nope.txt'));
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `plenary-diff: ${join(dir, 'nope.txt')}: no such file\n`,
    });
    const one = await cli('compare', reference);
    expect(one).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plenary-diff: compare takes exactly two files: REF OTHER\n',
    });
    const format = await cli('compare', reference, edited, '--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('plenary-diff: unknown --format "pdf" (use json, md, html, csv)\n');
    const empty = await cli('compare', reference, file('empty.txt', ''));
    expect(empty.code).toBe(2);
    expect(empty.stderr.split('\n')).toHaveLength(2);
    expect(empty.stderr).toContain('empty.txt');
  });
});

describe('plenary-diff overview', () => {
  const files = [
    'sample-2022-gaborone-closing.txt',
    'sample-2017-brisbane-opening.txt',
    'sample-2021-moscow-closing.txt',
  ];

  it('prints the lineage matrix as JSON, statements by year', async () => {
    const run = await cli('overview', reference, ...files.map((f) => join(samples, f)));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const printed = JSON.parse(run.stdout) as Overview;
    expect(printed.statements.map((s) => s.metadata.year)).toEqual([2017, 2021, 2022]);
    expect(printed.rows).toHaveLength(10);
    expect(printed.cells.every((row) => row.length === 3)).toBe(true);
    // §4 (scope) lives on in all three; §5 is split in 2021.
    expect(printed.cells[3]?.map((c) => c.op)).toEqual(['changed', 'unchanged', 'changed']);
    expect(printed.cells[4]?.[1]?.op).toBe('split');
    expect(printed.summaries.map((s) => s.split)).toEqual([0, 1, 0]);
  });

  it('prints CSV: one row per reference paragraph and statement', async () => {
    const run = await cli('overview', reference, ...files.map((f) => join(samples, f)), '--format', 'csv');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('paragraph,reference_block,')).toBe(true);
    expect(lines).toHaveLength(1 + 10 * 3);
  });

  it('needs a reference and at least one file', async () => {
    const run = await cli('overview', reference);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plenary-diff: overview takes a reference and at least one file: REF FILE...\n',
    });
  });
});
