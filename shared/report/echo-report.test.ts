/** The echoes in the Markdown, HTML and CSV comparison reports, on the hand-written press release that quotes 2019. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../testing/generators/read-csv';
import { compare } from '../compare/compare';
import type { Comparison } from '../compare/model';
import { importStatement } from '../statements/import-statement';
import type { Statement } from '../statements/model';
import { COMPARE_CSV_COLUMNS, compareCsv } from './compare-csv';
import { compareHtml } from './compare-html';
import { compareMarkdown } from './compare-markdown';
import { overview } from '../compare/overview';
import type { Overview } from '../compare/model';
import { OVERVIEW_CSV_COLUMNS, overviewCsv } from './overview-csv';
import { overviewHtml } from './overview-html';
import { overviewMarkdown } from './overview-markdown';

async function load(url: URL): Promise<Statement> {
  const name = url.pathname.split('/').pop() as string;
  const result = await importStatement({ name, bytes: new Uint8Array(readFileSync(url)) });
  if (!result.ok) throw new Error(result.error.reason);
  return result.statement;
}

let comparison: Comparison;
let opening: Comparison;
let lineage: Overview;

beforeAll(async () => {
  const reference = await load(
    new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
  );
  const truth = new URL('../../testing/echo-truth/', import.meta.url);
  comparison = compare(reference, await load(new URL('sample-2019-press-release.txt', truth)));
  const openingStatement = await load(new URL('sample-2023-opening.txt', truth));
  opening = compare(reference, openingStatement);
  lineage = overview(reference, [openingStatement]);
});

describe('echoes in the comparison reports', () => {
  it('Markdown lists each echo with its paragraphs, reason and quoted passages', () => {
    const md = compareMarkdown(comparison);
    expect(md).toContain('## Echoes');
    expect(md).toMatch(
      /- \*\*¶2 quotes reference ¶4 \(0\.\d\d\)\*\* — themes: Scope \/ conflict diamond definition/,
    );
    expect(md).toContain(
      '“The umpteenth attempt at broadening the scope of the KP to capture today’s conflict challenges failed to produce any result,” the”',
    );
    expect(compareMarkdown(opening)).toMatch(
      /¶2 echoes reference ¶3 \(0\.\d\d\)\*\* — themes: Reform of the KP/,
    );
  });

  it('HTML lists them as a list with the passages quoted', () => {
    const html = compareHtml(comparison);
    expect(html).toContain('<h2>Echoes</h2>');
    expect(html).toContain('<strong>¶3 quotes reference ¶5');
    expect(html).toContain(
      'return to communities “who suffer from torture, sexual abuse and killings at the hands of private and public security forces, and armed groups not fighting governments</q>',
    );
  });

  it('CSV gives each entry its echoes and quoted passages', () => {
    const rows = readCsv(compareCsv(comparison));
    const echoes = COMPARE_CSV_COLUMNS.indexOf('echoes');
    const quoted = COMPARE_CSV_COLUMNS.indexOf('quoted');
    const withEcho = rows.slice(1).filter((r) => r[echoes] !== '');
    expect(withEcho.map((r) => r[echoes]?.split(' (')[0])).toEqual([
      '¶1 quotes reference ¶3',
      '¶2 quotes reference ¶4',
      '¶3 quotes reference ¶5',
      '¶4 quotes reference ¶8',
    ]);
    expect(withEcho[0]?.[quoted]).toMatch(/^After three years of excruciating negotiations on reform/);
  });
});

describe('echo cells in the overview reports', () => {
  it('marks paragraphs only echoed with their own symbol and counts them as echoed', () => {
    const echoedRows = lineage.cells.flatMap((row, r) => (row[0]?.op === null && row[0].echo ? [r + 1] : []));
    expect(echoedRows.length).toBeGreaterThan(0);
    expect(lineage.summaries[0]?.echoed).toBe(echoedRows.length);
    const md = overviewMarkdown(lineage);
    expect(md).toContain(`| ${echoedRows[0]} | ◌ echo |`);
    expect(md).toContain('| Statement | Retained | Echoed |');
    const html = overviewHtml(lineage);
    expect(html).toContain('<td class="echo topic" title="no link; topic echoed">');
    expect(html).toContain(`<td>${echoedRows.length}</td>`);
    const rows = readCsv(overviewCsv(lineage));
    const echo = OVERVIEW_CSV_COLUMNS.indexOf('echo');
    expect(
      rows
        .slice(1)
        .filter((r) => r[echo] === 'topic')
        .map((r) => Number(r[0])),
    ).toEqual(echoedRows);
  });
});
