import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { compare, PARAGRAPH_JOIN } from '../compare/compare';
import { overview } from '../compare/overview';
import { bodyBlocks } from '../statements/model';
import { anyStatement } from '../../testing/generators/arbitraries';
import { makeStatement } from '../../testing/generators/make-statement';
import { compareHtml } from './compare-html';
import { compareMarkdown, escapeMarkdown } from './compare-markdown';
import { OVERVIEW_CSV_COLUMNS, overviewCsv } from './overview-csv';
import { overviewHtml } from './overview-html';
import { overviewMarkdown } from './overview-markdown';

const hostile = '<script>alert(1)</script> <img src=x onerror="alert(2)"> *bold* [link](javascript:x) & ok';
const reference = makeStatement(
  [
    { role: 'title', text: 'Sample reference <b>title</b>' },
    'The peer review system must be strengthened so that every participant is visited within three years.',
    'We thank the host for the warm welcome and the excellent organisation of this plenary.',
    `A paragraph with markup in it: ${hostile}`,
    'Artisanal miners deserve fair prices, safe working conditions and a voice in the process.',
  ],
  { title: 'Sample reference', year: 2019 },
);
const other = makeStatement(
  [
    { role: 'title', text: 'Sample other' },
    'We thank the host for the warm welcome and the excellent organisation of this plenary.',
    'The peer review system should be strengthened so that each participant is visited within four years.',
    `A paragraph with markup in it: ${hostile} and more`,
    'Entirely new words about road repairs and school fees in a sample town.',
  ],
  { title: '=cmd|"/c calc"!A1 sample', year: 2021 },
);
const comparison = compare(reference, other);

interface Row {
  cls: string;
  reference: string;
  other: string;
  ins: string[];
  del: string[];
}

/** Reads the paragraph table of a comparison report back: each row's cell texts (without paragraph numbers). */
function readRows(html: string): { rows: Row[]; tags: Set<string>; attributes: Set<string> } {
  const rows: Row[] = [];
  const tags = new Set<string>();
  const attributes = new Set<string>();
  let row: Row | null = null;
  let cell: 'reference' | 'other' | null = null;
  let skip = 0;
  let mark: 'ins' | 'del' | null = null;
  let inParagraphs = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        tags.add(name);
        for (const a of Object.keys(attrs)) attributes.add(a);
        if (name === 'h2') inParagraphs = false;
        if (name === 'tr' && inParagraphs)
          row = { cls: attrs.class ?? '', reference: '', other: '', ins: [], del: [] };
        if (name === 'td' && row)
          cell = attrs.class?.includes('reference')
            ? 'reference'
            : attrs.class?.includes('other')
              ? 'other'
              : null;
        if (name === 'span' && cell) skip++;
        if (name === 'ins' || name === 'del') mark = name;
      },
      ontext(text) {
        if (text === 'Paragraphs') inParagraphs = true;
        if (row && cell && skip === 0) {
          row[cell] += text;
          if (mark) row[mark].push(text);
        }
      },
      onclosetag(name) {
        if (name === 'span' && skip > 0) skip--;
        if (name === 'ins' || name === 'del') mark = null;
        if (name === 'td') cell = null;
        if (name === 'tr' && row) {
          rows.push(row);
          row = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { rows: rows.filter((r) => r.cls !== ''), tags, attributes };
}

describe('compareHtml', () => {
  const html = compareHtml(comparison);

  it('is a standalone page with inline style, a no-script CSP, and no script or handler from the text', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    const { tags, attributes } = readRows(html);
    expect([...tags].filter((t) => ['script', 'img', 'iframe', 'link', 'object', 'b'].includes(t))).toEqual(
      [],
    );
    expect([...attributes].filter((a) => a.startsWith('on') || a === 'src' || a === 'href')).toEqual([]);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('shows each paragraph with its op as a symbol and a word, and the words changed as <del> and <ins>', () => {
    const { rows } = readRows(html);
    expect(rows.map((r) => r.cls)).toEqual(comparison.alignment.map((e) => e.op));
    expect(html).toContain('<span class="symbol" aria-hidden="true">↕</span>moved');
    const reworded = rows.find((r) => r.cls === 'changed' && r.reference.includes('peer review'));
    expect(reworded?.del).toEqual(['must', 'every', 'three']);
    expect(reworded?.ins).toEqual(['should', 'each', 'four']);
  });

  it('holds exactly the texts of both statements, escaped and read back', () => {
    const { rows } = readRows(html);
    const refText = new Map(bodyBlocks(reference).map((b) => [b.id, b.text]));
    const otherText = new Map(bodyBlocks(other).map((b) => [b.id, b.text]));
    comparison.alignment.forEach((e, i) => {
      expect(rows[i]?.reference).toBe(e.reference.map((id) => refText.get(id)).join(PARAGRAPH_JOIN));
      expect(rows[i]?.other).toBe(e.other.map((id) => otherText.get(id)).join(PARAGRAPH_JOIN));
    });
  });

  it('escapes any text so it never opens a tag of its own', () => {
    fc.assert(
      fc.property(anyStatement, anyStatement, (a, b) => {
        const c = compare(a, b);
        const page = compareHtml(c);
        const { rows, tags } = readRows(page);
        expect(
          [...tags].every((t) =>
            [
              'html',
              'head',
              'meta',
              'title',
              'style',
              'body',
              'header',
              'h1',
              'h2',
              'dl',
              'dt',
              'dd',
              'p',
              'del',
              'ins',
              'table',
              'thead',
              'tbody',
              'tr',
              'th',
              'td',
              'span',
              'ul',
              'li',
              'q',
              'strong',
              'br',
            ].includes(t),
          ),
        ).toBe(true);
        expect(rows).toHaveLength(c.alignment.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('compareMarkdown', () => {
  const md = compareMarkdown(comparison);

  it('names both statements, counts the changes and lists every paragraph with symbol and word', () => {
    expect(md).toContain('**Reference:** Sample reference (2019)');
    expect(md).toContain('## Paragraphs');
    for (const i of comparison.alignment.keys()) expect(md).toMatch(new RegExp(`### ${i + 1}\\. \\S+ `));
    expect(md).toContain('### 1. ↕ moved');
    expect(md).toContain('~~[−must]~~');
    expect(md).toContain('**[+should]**');
  });

  it('escapes the text so markup in a statement stays text', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\*bold\\*');
    expect(md).toContain('\\[link\\]');
    expect(escapeMarkdown('a_b `c` <d> & e|f')).toBe('a\\_b \\`c\\` &lt;d&gt; &amp; e\\|f');
  });
});

describe('overview reports', () => {
  const o = overview(reference, [
    other,
    makeStatement(['Nothing in common at all, a sample.'], { title: 'Unrelated sample' }),
  ]);

  it('writes one CSV row per reference paragraph and statement, with safe cells', () => {
    const csv = overviewCsv(o);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(OVERVIEW_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 4 * 2);
    expect(csv).toContain(`"'=cmd|""/c calc""!A1 sample"`);
    const dropped = lines.filter((l) => l.includes('Unrelated sample'));
    expect(dropped).toHaveLength(4);
    for (const l of dropped) expect(l).toMatch(/,2021|,,,,/);
  });

  it('writes the matrix and the summaries as Markdown and as a script-free HTML page', () => {
    const md = overviewMarkdown(o);
    expect(md).toContain('| ¶ |');
    expect(md.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(4);
    const html = overviewHtml(o);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(2)&#34;&#62;');
    expect(html).toContain('<table class="matrix wide">');
    expect(html.match(/<tr><td class="row-head">/g)).toHaveLength(4);
  });
});
