import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { themes } from '../themes/themes';
import { THEMES_CSV_COLUMNS, themesCsv } from './themes-csv';
import { themesJson } from './themes-json';
import { readCsv } from '../../testing/generators/read-csv';

const a = makeStatement(['The peer review system and the permanent secretariat.'], {
  year: 2018,
  title: '=HYPERLINK("evil"), a "quoted" title',
});
const b = makeStatement(['Peer review again, and synthetic diamonds.'], { title: 'No year' });
const result = themes([a, b], { reference: a, maxDiscovered: 0 });

describe('themesCsv', () => {
  const rows = readCsv(themesCsv(result));

  it('has a header and one row per theme × statement', () => {
    expect(rows[0]).toEqual([...THEMES_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + result.themes.length * result.statements.length);
  });

  it('writes label, source, statement, title, year, count and per1000', () => {
    const peer = result.themes.find((t) => t.id === 'lexicon:peer-review');
    const row = rows.find((r) => r[0] === peer?.label && r[2] === a.id);
    expect(row).toEqual([
      'Peer review',
      'lexicon',
      a.id,
      `'=HYPERLINK("evil"), a "quoted" title`,
      '2018',
      '1',
      String(peer?.counts[0]?.per1000),
    ]);
    expect(rows.find((r) => r[0] === peer?.label && r[2] === b.id)?.[4]).toBe('');
  });
});

describe('themesJson', () => {
  const json = themesJson(result);

  it('keeps the documented names: statements, then themes with counts by statement id and occurrences', () => {
    expect(json.statements).toEqual([
      { id: a.id, title: a.title, sample: false, year: 2018, words: 8 },
      { id: b.id, title: 'No year', sample: false, year: null, words: 6 },
    ]);
    const peer = json.themes.find((t) => t.id === 'lexicon:peer-review');
    expect(peer).toMatchObject({ label: 'Peer review', source: 'lexicon', counts: { [a.id]: 1, [b.id]: 1 } });
    // "peer review system" is the longest term that matches.
    expect(peer?.occurrences[0]).toEqual({ statement: a.id, block: a.blocks[0]?.id, start: 4, end: 22 });
    expect(Object.keys(peer ?? {})).toEqual(
      expect.arrayContaining(['label', 'terms', 'source', 'counts', 'occurrences', 'per1000', 'trend']),
    );
  });

  it('adds the relative view only with a reference, and survives a JSON round trip', () => {
    expect(json.reference).toBe(a.id);
    expect(json.relative?.[0]).toMatchObject({ statement: b.id, raises: ['lexicon:synthetics'] });
    expect(themesJson(themes([a, b])).relative).toBeUndefined();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
