// The overview and themes HTML reports with many statements: short numbered heads, a legend of full titles,
// landscape pages, at most 12 statement columns per table. Read back with a real HTML parser.
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { overview } from '../compare/overview';
import type { Statement, StatementMetadata } from '../statements/model';
import { themes } from '../themes/themes';
import { columnPages } from './column-pages';
import { overviewHtml } from './overview-html';
import { themesHtml } from './themes-html';

type Node = {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  data?: string;
};

function all(node: Node, name: string): Node[] {
  const found: Node[] = [];
  const walk = (n: Node) => {
    if (n.name === name) found.push(n);
    for (const child of n.children ?? []) walk(child);
  };
  walk(node);
  return found;
}
const text = (node: Node): string =>
  node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(text).join('');
const hasClass = (node: Node, name: string) => (node.attribs?.class ?? '').split(' ').includes(name);

const BODY = [
  'Rough diamonds still fund conflict and abuse in mining communities across the region.',
  'The coalition asks the plenary to widen the definition of conflict diamonds this year.',
  'Peer review visits must include civil society observers and publish their findings.',
];
const LONG =
  'Sample — Closing statement of the Civil Society Coalition to the plenary meeting, with many words';

function statement(i: number, metadata: Partial<StatementMetadata>): Statement {
  const made = makeStatement([...BODY.slice(0, 2), `${BODY[2]} Point ${i}.`], { title: `${LONG} ${i}` });
  return { ...made, metadata: { ...made.metadata, ...metadata } };
}

// 30 statements; three of them share 2021 Moscow (two plenary closings and an intersessional opening).
const others = Array.from({ length: 30 }, (_, i) =>
  i < 3
    ? statement(i, {
        year: 2021,
        city: 'Moscow',
        meeting: i === 2 ? 'intersessional' : 'plenary',
        kind: i === 2 ? 'opening' : 'closing',
      })
    : statement(i, { year: 1990 + i, city: `City ${i}`, meeting: 'plenary', kind: 'closing' }),
);
const reference = statement(99, { year: 2019, city: 'New Delhi', meeting: 'plenary', kind: 'closing' });

describe('columnPages', () => {
  it('cuts columns into even pages of at most 12', () => {
    expect(columnPages(30)).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 30 },
    ]);
    expect(columnPages(12)).toEqual([{ start: 0, end: 12 }]);
    expect(columnPages(13).map((p) => p.end - p.start)).toEqual([7, 6]);
    expect(columnPages(0)).toEqual([{ start: 0, end: 0 }]);
  });
});

describe.each([
  ['overview', () => overviewHtml(overview(reference, others)), 'matrix'],
  ['themes', () => themesHtml(themes([reference, ...others], { reference, maxDiscovered: 3 })), 'themes'],
] as const)('the %s HTML report with many statements', (_, write, tableClass) => {
  const html = write();
  const doc = parseDocument(html) as unknown as Node;
  const tables = all(doc, 'table').filter((t) => hasClass(t, tableClass));
  const heads = tables.flatMap((t) => all(t, 'th').filter((th) => hasClass(th, 'col')));
  const columns = tableClass === 'themes' ? 31 : 30;

  it('prints landscape and puts each table page on its own sheet', () => {
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toContain(
      'section.table-page + section.table-page, h2.column-legend { break-before: page; }',
    );
  });

  it('splits the columns into tables of at most 12, every statement once', () => {
    expect(tables.length).toBe(Math.ceil(columns / 12));
    for (const table of tables)
      expect(all(table, 'th').filter((th) => hasClass(th, 'col')).length).toBeLessThanOrEqual(12);
    expect(heads).toHaveLength(columns);
    expect(heads.map((th) => text(all(th, 'sup')[0] as Node))).toEqual(
      Array.from({ length: columns }, (_, i) => String(i + 1)),
    );
  });

  it('heads a column with year and city (no title), and tells apart the ones that share them', () => {
    for (const th of heads) {
      expect(text(th)).not.toContain('Closing statement of the Civil Society');
      expect(text(th).length).toBeLessThan(60);
      expect(th.attribs?.title).toMatch(/^Sample — Closing statement of the Civil Society Coalition/);
    }
    const moscow = heads.filter((th) => text(th).includes('Moscow'));
    expect(moscow).toHaveLength(3);
    const kinds = moscow.map((th) => text(all(th, 'span').find((s) => hasClass(s, 'kind')) as Node));
    expect(kinds.sort()).toEqual(['intersessional opening', 'plenary closing', 'plenary closing']);
    // The two plenary closings also show the start of their titles, and those differ.
    const titled = moscow.filter((th) => all(th, 'span').some((s) => hasClass(s, 'title')));
    expect(titled).toHaveLength(2);
    expect(new Set(titled.map(text)).size).toBe(2);
  });

  it('has a legend with every statement’s full title, numbered as the heads', () => {
    const legend = all(doc, 'ol').find((ol) => hasClass(ol, 'column-legend')) as Node;
    const items = all(legend, 'li');
    expect(items).toHaveLength(columns);
    for (const item of items) expect(text(item)).toContain(LONG);
    expect(text(items.find((li) => text(li).includes('Moscow, intersessional opening')) as Node)).toContain(
      `${LONG} 2`,
    );
  });
});
