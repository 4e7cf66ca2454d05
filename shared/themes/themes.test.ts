import { describe, expect, it } from 'vitest';
import type { Statement } from '../statements/model';
import { makeStatement } from '../../testing/generators/make-statement';
import type { Theme, Themes } from './model';
import { themes } from './themes';

function statement(year: number, ...paragraphs: string[]): Statement {
  return makeStatement(paragraphs, { year, title: `Statement ${year}` });
}

const discovered = (result: Themes) => result.themes.filter((t) => t.source === 'discovered');
const byLabel = (result: Themes, pattern: RegExp) => result.themes.find((t) => pattern.test(t.label));
const countIn = (theme: Theme | undefined, s: Statement) =>
  theme?.counts.find((c) => c.statement === s.id)?.count;

function slices(result: Themes, theme: Theme, statements: readonly Statement[]): string[] {
  return theme.occurrences.map((o) => {
    const block = statements.find((s) => s.id === o.statement)?.blocks.find((b) => b.id === o.block);
    return (block?.text ?? '').slice(o.start, o.end);
  });
}

describe('themes: discovered', () => {
  const a = statement(
    2017,
    'The definition of conflict diamonds must change. Communities suffer while the definition of conflict diamonds stays narrow.',
    'The Central African Republic (CAR) needs support for its monitoring of compliant zones.',
  );
  const b = statement(
    2019,
    'Broadening the conflict diamond definition failed again this year. Conflict diamonds still reach markets.',
    'In the CAR, the monitoring team visited compliant zones.',
  );
  const c = statement(
    2021,
    'Nothing was said about compliant zones or the conflict diamond definition this time.',
  );
  const result = themes([a, b, c], { lexicon: [] });

  it('finds phrases that recur in at least two statements', () => {
    const labels = discovered(result).map((t) => t.label.toLowerCase());
    expect(labels.some((l) => l.includes('compliant zone'))).toBe(true);
    // "markets" occurs in one statement only.
    expect(labels.some((l) => l.includes('market'))).toBe(false);
  });

  it('folds near-duplicates into one theme', () => {
    const definition = discovered(result).filter((t) =>
      t.terms.some((term) => /conflict diamond/i.test(term)),
    );
    expect(definition).toHaveLength(1);
    const terms = (definition[0]?.terms ?? []).map((t) => t.toLowerCase());
    expect(terms).toEqual(
      expect.arrayContaining(['definition of conflict diamonds', 'conflict diamond definition']),
    );
    expect(countIn(definition[0], a)).toBe(2);
    expect(countIn(definition[0], b)).toBe(2);
  });

  it('maps an acronym to its long form and counts both as one name', () => {
    // Without a lexicon, the Central African Republic is a country's name, not a theme (see names.test.ts).
    const car = result.names.find((t) => t.id === 'name:CAR');
    expect(car).toMatchObject({ label: 'Central African Republic (CAR)', kind: 'place', total: 3 });
    expect(car?.terms).toEqual(expect.arrayContaining(['Central African Republic', 'CAR']));
    expect(result.acronyms.CAR).toBe('Central African Republic');
  });

  it('gives offsets whose text is one of the theme’s terms', () => {
    for (const theme of discovered(result)) {
      const terms = theme.terms.map((t) => t.toLowerCase());
      for (const text of slices(result, theme, [a, b, c])) {
        expect(terms).toContain(text.replace(/\s+/g, ' ').toLowerCase());
      }
    }
  });

  it('finds nothing to discover in a single statement', () => {
    expect(discovered(themes([a], { lexicon: [] }))).toEqual([]);
  });

  it('respects maxDiscovered', () => {
    // Without a lexicon: with the built-in one, these phrases fold into its themes.
    expect(discovered(themes([a, b, c], { maxDiscovered: 1, lexicon: [] }))).toHaveLength(1);
    expect(discovered(themes([a, b, c], { maxDiscovered: 0, lexicon: [] }))).toHaveLength(0);
  });
});

describe('themes: never junk', () => {
  const courtesy =
    'Ladies and gentlemen, distinguished delegates, dear colleagues, Excellencies, Madam Chair: thank you, and welcome.';
  const web =
    'Leave a comment. Your email address will not be published. Reply. Share this post. Click to accept cookies. Posted on 12 March 2021.';
  const dates =
    'On Monday 22 November 2019 and on 13 December 2017, in 2018 and 2021, at 10:30, 3 (three) years on.';
  // Each statement words it differently: a phrase met only in one sentence copied from statement to statement
  // is a quotation, not a recurring theme.
  const frames = [
    (y: number) => `The tripartite process and peer review were discussed in ${y}.`,
    (y: number) => `In ${y} we spoke about peer review, then about the tripartite process.`,
    (y: number) => `Members praised the tripartite process; peer review was postponed to ${y}.`,
    (y: number) => `Our hopes for the tripartite process and for peer review in ${y} are modest.`,
  ];
  const statements = [2017, 2018, 2019, 2020].map((year, i) =>
    statement(year, courtesy, `${(frames[i] as (y: number) => string)(year)} ${dates}`, web),
  );
  const result = themes(statements, { lexicon: [] });
  const junk = new Set(
    (
      'ladies lady gentlemen gentleman chair madam excellencies excellency thank thanks welcome dear distinguished ' +
      'colleagues colleague delegates delegate comment comments email address published leave reply share post ' +
      'posted click cookies cookie accept monday november december march 2017 2018 2019 2020 2021 10 30 22 12 13 3 ' +
      'three years year the and of on in at to a your will not be this'
    ).split(' '),
  );

  it('makes no theme of salutations, courtesy words, web residue, dates, numbers or stop words', () => {
    expect(discovered(result).length).toBeGreaterThan(0);
    for (const theme of discovered(result)) {
      for (const text of [theme.label, ...theme.terms]) {
        const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        const content = words.filter((w) => !junk.has(w));
        expect(content.length, `${theme.label}: "${text}"`).toBeGreaterThan(0);
        for (const edge of [words[0], words[words.length - 1]])
          expect(junk.has(edge ?? ''), text).toBe(false);
        for (const word of words) {
          expect(['the', 'of', 'a', 'an'].includes(word) || !junk.has(word), `${theme.label}: ${word}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('still finds the real themes among the junk', () => {
    const labels = discovered(result).map((t) => t.label.toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(['tripartite process', 'peer review']));
  });
});

describe('themes: only body blocks count', () => {
  const make = (year: number) =>
    makeStatement(
      [
        { role: 'title', text: 'Synthetic diamonds and peer review' },
        { role: 'salutation', text: 'Dear synthetic diamonds lovers' },
        `In ${year} our body text spoke of the permanent secretariat.`,
        { role: 'signature', text: 'Synthetic Diamonds Coordinator' },
        { role: 'boilerplate', text: 'Peer review cookies policy' },
      ],
      { year },
    );
  const result = themes([make(2018), make(2019)]);

  it('never counts a title, salutation, signature or boilerplate', () => {
    expect(byLabel(result, /synthetic/i)).toBeUndefined();
    expect(byLabel(result, /peer review/i)).toBeUndefined();
    expect(result.themes.map((t) => t.label)).toContain('Permanent secretariat and multi-donor fund');
    for (const theme of result.themes) {
      for (const o of theme.occurrences) expect(o.block.startsWith('b')).toBe(true);
    }
  });

  it('counts words of the body only', () => {
    expect(result.statements.map((s) => s.words)).toEqual([10, 10]);
  });
});

describe('themes: lexicon and user themes', () => {
  const a = statement(
    2018,
    'Conflict diamonds and the KP’s scope. Telescopes are not in scope. Artisanal and small-scale miners and ASM.',
    'Violence by security forces, armed groups and killings.',
  );
  const b = statement(2022, 'Lab-grown diamonds confuse consumers. The Kimberley Process must reform.');
  const userThemes = [
    { id: 'growth', label: 'Lab growth', terms: ['laboratory-grown diamond', 'lab-grown diamonds'] },
    { id: 'unused', label: 'Never said', terms: ['zebra crossing'] },
  ];
  const result = themes([a, b], { userThemes });
  const lexicon = (id: string) => result.themes.find((t) => t.id === `lexicon:${id}`);

  it('matches terms on lemmas, at word boundaries, case-insensitively', () => {
    const scope = lexicon('scope');
    expect(countIn(scope, a)).toBe(3); // conflict diamonds, scope, scope — not "Telescopes"
    expect(slices(result, scope as Theme, [a, b]).map((s) => s.toLowerCase())).toEqual([
      'conflict diamonds',
      'scope',
      'scope',
    ]);
  });

  it('matches multiword terms across hyphens and prefers the longest match', () => {
    expect(slices(result, lexicon('asm') as Theme, [a, b])).toEqual([
      'Artisanal and small-scale miners',
      'ASM',
    ]);
    expect(slices(result, lexicon('violence') as Theme, [a, b])).toEqual([
      'Violence',
      'security forces',
      'armed groups',
      'killings',
    ]);
  });

  it('counts violence named by who commits it: police, the military, soldiers, mercenaries, state agents', () => {
    const named = statement(
      2033,
      'Miners in the east were beaten by police officers, and the military still guards the pits with soldiers who answer to nobody.',
      'Mercenaries hired to protect the concessions act as state agents without any oversight.',
    );
    const counted = themes([named], {});
    const violence = counted.themes.find((t) => t.id === 'lexicon:violence');
    expect(slices(counted, violence as Theme, [named]).map((s) => s.toLowerCase())).toEqual([
      'police',
      'military',
      'soldiers',
      'mercenaries',
      'state agents',
    ]);
  });

  it('reads "Kimberley Process" and KP as one', () => {
    expect(result.acronyms.KP).toBe('Kimberley Process');
    expect(countIn(lexicon('reform'), b)).toBe(1);
  });

  it('leaves out lexicon themes no statement carries', () => {
    expect(lexicon('zimbabwe')).toBeUndefined();
  });

  it('keeps user themes, even unused, as source user', () => {
    const growth = result.themes.find((t) => t.id === 'user:growth');
    expect(growth).toMatchObject({ label: 'Lab growth', source: 'user', total: 1 });
    expect(slices(result, growth as Theme, [a, b])).toEqual(['Lab-grown diamonds']);
    expect(result.themes.find((t) => t.id === 'user:unused')).toMatchObject({ total: 0, trend: 'steady' });
  });

  it('uses a replacement lexicon when given one', () => {
    const only = themes([a, b], {
      lexicon: [{ id: 'x', label: 'Consumers', terms: ['consumer'] }],
      maxDiscovered: 0,
    });
    expect(only.themes.map((t) => t.id)).toEqual(['lexicon:x']);
  });
});

describe('themes: counts, years and trends', () => {
  const years = [2015, 2016, 2017, 2018];
  const text = (n: number) =>
    `${'The peer review works. '.repeat(n)}${'Other words fill space. '.repeat(4 - n)}`;
  const rising = years.map((y, i) => statement(y, text(i + 1)));
  const result = themes(rising, { maxDiscovered: 0 });
  const peer = result.themes.find((t) => t.id === 'lexicon:peer-review') as Theme;

  it('counts per statement and per 1,000 words', () => {
    expect(peer.counts.map((c) => c.count)).toEqual([1, 2, 3, 4]);
    expect(result.statements.map((s) => s.words)).toEqual([16, 16, 16, 16]);
    expect(peer.counts.map((c) => c.per1000)).toEqual([62.5, 125, 187.5, 250]);
    expect(peer.total).toBe(10);
  });

  it('gives the first and last year and the trend', () => {
    expect(peer).toMatchObject({ firstYear: 2015, lastYear: 2018, trend: 'rising' });
  });
});

describe('themes: relative to a reference', () => {
  const reference = statement(2019, 'Peer review and the permanent secretariat.');
  const other = statement(2021, 'Peer review and synthetic diamonds.');
  const third = statement(2022, 'Nothing of that kind.');

  it('tells which reference themes each other statement keeps, loses and raises', () => {
    const result = themes([other, third], { reference, maxDiscovered: 0 });
    expect(result.reference).toBe(reference.id);
    expect(result.statements.map((s) => s.id)).toEqual([other.id, third.id, reference.id]);
    expect(result.relative).toEqual([
      {
        statement: other.id,
        keeps: ['lexicon:peer-review'],
        loses: ['lexicon:secretariat'],
        raises: ['lexicon:synthetics'],
      },
      { statement: third.id, keeps: [], loses: ['lexicon:secretariat', 'lexicon:peer-review'], raises: [] },
    ]);
  });

  it('accepts the reference by id and refuses an unknown one', () => {
    expect(themes([reference, other], { reference: reference.id }).relative).toHaveLength(1);
    expect(() => themes([other], { reference: 'nope' })).toThrow(/nope/);
  });

  it('has no relative view without a reference', () => {
    expect(themes([reference, other]).relative).toEqual([]);
  });
});

describe('themes: stability', () => {
  const a = statement(
    2018,
    'The tripartite process and the peer review system.',
    'Compliant zones in the CAR.',
  );
  const b = statement(2019, 'Peer review system and compliant zones again; the tripartite process.');

  it('gives the same themes and ids for the same input, whatever the order of statements', () => {
    const one = themes([a, b]);
    const two = themes([b, a]);
    expect(themes([a, b])).toEqual(one);
    const summary = (r: Themes) =>
      r.themes
        .map((t) => ({ id: t.id, label: t.label, total: t.total }))
        .sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(summary(two)).toEqual(summary(one));
  });

  it('counts a statement given twice once', () => {
    expect(themes([a, a, b]).statements).toHaveLength(2);
  });

  it('copes with no statements and with empty ones', () => {
    expect(themes([]).themes).toEqual([]);
    const empty = makeStatement([{ role: 'title', text: 'Only a title' }]);
    const result = themes([empty, empty]);
    expect(result.statements).toEqual([
      {
        id: empty.id,
        title: empty.title,
        sample: false,
        year: null,
        city: null,
        meeting: null,
        kind: null,
        words: 0,
      },
    ]);
  });
});

// The labels of the themes discovered in one statement per text (2020, 2021, …), lower case, without the lexicon.
const discoveredLabels = (texts: readonly string[]) =>
  discovered(
    themes(
      texts.map((text, i) => statement(2020 + i, text)),
      { lexicon: [] },
    ),
  ).map((t) => t.label.toLowerCase());

describe('themes: kinds of words a reader would not name', () => {
  // Each: what the case is, one statement's text per year, and the labels none of the discovered themes takes;
  // "traceability", a topic every text names, stays a theme.
  const quoted = 'Our overall verdict from this meeting is one of deep disappointment with the parcels.';
  const cases: readonly [string, readonly string[], readonly string[]][] = [
    [
      'makes no theme of the first part of hyphenated compounds ("sub" of "sub-group", "sub-teams")',
      [
        'The embargo-breakers of the export offices were unpunished; traceability is weak.',
        'Nobody should tolerate embargo-runners who cross the border; traceability matters.',
        'We asked again why embargo-dodgers walk free; traceability is still lacking.',
      ],
      ['embargo'],
    ],
    [
      'makes no theme of a fixed expression ("a great deal", "take stock")',
      [
        'A great deal of effort went into traceability, and we took stock of the audits.',
        'Traceability still needs a great deal of work before anyone can take stock of it.',
        'We will take stock next year; a great deal depends on traceability.',
      ],
      ['great deal', 'deal', 'stock'],
    ],
    [
      'makes no theme of a word common in English spoken or written, alone',
      [
        'Implementation remains slow, and the traceability of parcels is still weak.',
        'We doubt the implementation of these rules; traceability must come first.',
        'Real traceability needs more than implementation on paper.',
      ],
      ['implementation'],
    ],
    [
      'makes no theme of wording that recurs only where one statement quotes another',
      [
        `${quoted} Traceability of rough stones was barely discussed.`,
        `The coalition said: “${quoted}” We add that traceability still matters.`,
        'Traceability is the test of the scheme, and it keeps failing.',
      ],
      ['overall verdict', 'deep disappointment'],
    ],
  ];

  it.each(cases)('%s', (_, texts, absent) => {
    const labels = discoveredLabels(texts);
    for (const label of absent) expect(labels).not.toContain(label);
    expect(labels).toContain('traceability');
  });
});
