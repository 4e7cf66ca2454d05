import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare } from '../shared/compare/compare';
import { overview } from '../shared/compare/overview';
import { compareCsv } from '../shared/report/compare-csv';
import { overviewHtml } from '../shared/report/overview-html';
import { overviewMarkdown } from '../shared/report/overview-markdown';
import compareCommand from './commands/compare';
import overviewCommand from './commands/overview';
import { CliError, readStatement } from './run-command';

const root = fileURLToPath(new URL('..', import.meta.url));
const reference = join(root, 'resources/corpus/2019-new-delhi-closing-csc.txt');
const others = ['sample-2022-gaborone-closing.txt', 'sample-2018-brussels-closing.txt'].map((f) =>
  join(root, 'resources/corpus/samples', f),
);

describe('plenary-diff overview --format md|html', () => {
  it('prints the Markdown and HTML reports the app exports, for the same files', async () => {
    const expected = overview(await readStatement(reference), [
      await readStatement(others[0] as string),
      await readStatement(others[1] as string),
    ]);
    const md = await overviewCommand.run({ format: 'md' }, [reference, ...others]);
    expect(md).toBe(overviewMarkdown(expected));
    expect(md).toContain('| ¶ | 2018 ');
    const html = await overviewCommand.run({ format: 'html' }, [reference, ...others]);
    expect(html).toBe(overviewHtml(expected));
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('names every format when given another', async () => {
    await expect(overviewCommand.run({ format: 'pdf' }, [reference, ...others])).rejects.toThrow(
      new CliError('unknown --format "pdf" (use json, csv, md, html)'),
    );
  });
});

describe('plenary-diff compare --format csv', () => {
  it('prints the CSV the app exports: one row per alignment entry', async () => {
    const other = others[0] as string;
    const csv = await compareCommand.run({ format: 'csv' }, [reference, other]);
    const comparison = compare(await readStatement(reference), await readStatement(other));
    expect(csv).toBe(compareCsv(comparison));
    expect(csv.split('\r\n')[0]).toBe(
      'entry,op,change,reference_paragraphs,other_paragraphs,similarity,shared_terms,reference_text,other_text,echoes,quoted,reference_statement,other_statement',
    );
  });
});
