/**
 * What stands over a headline on release and news pages and is not the title: a kicker line that only says what kind
 * of text follows, in two labels or after its sender ("MEDIA RELEASE — For immediate release"), and a news site's
 * sections copied one per line. Fictional samples written for these tests (no real page's text, no real person);
 * the truth is what a reader gives each line.
 */
import { describe, expect, it } from 'vitest';
import { importLabelledPage as readAs, type LabelledPage } from '../../testing/fixtures/labelled-page';
import type { Statement } from './model';

type Page = LabelledPage;

const SPEECH: Page = [
  [
    'body',
    'Sample text. The network told the plenary that buying offices in the delta still pay diggers in cash, with no record of where a parcel came from, and that nobody checks.',
  ],
  [
    'body',
    '“A certificate that cannot say where a stone was dug certifies very little,” the network’s chairperson said after the session.',
  ],
];

interface Case {
  readonly what: string;
  readonly page: Page;
  readonly facts?: Partial<Statement['metadata']>;
}

const CASES: readonly Case[] = [
  {
    what: 'a kicker in two labels is furniture, the headline under it the title, the dateline under that its place',
    page: [
      ['boilerplate', 'Okavango Gem Justice Network'],
      ['boilerplate', 'MEDIA RELEASE — For immediate release'],
      ['title', 'Buying offices still escape the scheme’s checks, network warns'],
      ['title', 'Maun, 12 November 2036'],
      ...SPEECH,
      ['boilerplate', 'This is an illustrative sample written for Plenary Diff.'],
    ],
    facts: { kind: 'press', date: '2036-11-12', city: 'Maun' },
  },
  {
    what: 'a kicker after its sender on a letterhead line is furniture, and names the sender',
    page: [
      ['boilerplate', 'Okavango Gem Justice Network MEDIA RELEASE'],
      ['boilerplate', 'Media statement | For release on 13 November 2036'],
      ['title', 'Delta diggers still paid in cash, with no record of origin'],
      ...SPEECH,
    ],
    facts: { kind: 'press', organisation: 'Okavango Gem Justice Network' },
  },
  {
    what: 'a news site’s sections copied one per line are its menu, whatever their words',
    page: [
      ['boilerplate', 'Rough & Polished Ledger'],
      ...['Auctions', 'Tenders', 'Rough Trade', 'Features', 'Columns', 'Features'].map(
        (section) => ['boilerplate', section] as const,
      ),
      ['title', 'Delta network presses the plenary on buying offices'],
      ...SPEECH,
    ],
  },
  {
    what: 'a dateline run into a long list of addresses leaves them addresses, and dates the speech',
    page: [
      ['title', 'Federation President’s remarks to the 2037 Plenary'],
      [
        'salutation',
        'MAUN, BOTSWANA, 9 June 2037 – Madam Chair, Honourable Ministers, Excellencies, distinguished delegates, colleagues from the trade and from civil society, ladies and gentlemen,',
      ],
      ...SPEECH,
    ],
    facts: { date: '2037-06-09', city: 'Maun', country: 'Botswana' },
  },
  {
    what: 'a short heading with the short lines under it is no menu',
    page: [
      ['title', 'Closing Statement'],
      ['title', 'Intersessional Meeting'],
      ['title', '14 June 2036'],
      ['salutation', 'Madam Chair,'],
      ...SPEECH,
      ['signature', 'Thank you.'],
    ],
  },
];

describe('kicker lines and section menus over a headline', () => {
  it.each(CASES)('$what', async ({ page, facts }) => {
    const s = await readAs('page.txt', page);
    if (facts) expect(s.metadata).toMatchObject(facts);
  });
});

describe('the place and the sender a heading names', () => {
  const FRENCH: Page = [
    ['boilerplate', 'Coalition Fleuve et Villages'],
    ['boilerplate', 'Accueil'],
    ['title', 'Déclaration de la Coalition Fleuve et Villages à la plénière 2036 du Processus de Kimberley'],
    ['title', 'Niamey, le 9 novembre 2036'],
    ['salutation', 'Madame la Présidente,'],
    [
      'body',
      'Texte d’exemple. La Coalition remercie le pays hôte pour son accueil et regrette que la question des violences autour des sites miniers soit encore renvoyée à plus tard.',
    ],
    ['signature', 'Je vous remercie.'],
  ];

  it('a French heading: the sender in French order, the place of the dateline under it, and its country', async () => {
    const s = await readAs('declaration.txt', FRENCH);
    expect(s.metadata).toMatchObject({
      organisation: 'Coalition Fleuve et Villages',
      city: 'Niamey',
      country: 'Niger',
      date: '2036-11-09',
      meeting: 'plenary',
    });
  });

  it('keeps an English name whose noun comes last, and a noun with only its role after it', async () => {
    const page: Page = [
      ['title', 'Statement of the Council Chair to the 2036 Plenary'],
      [
        'body',
        'The Delta Diggers Council thanks the chair for a week of open talks on the buying offices. Sample text.',
      ],
    ];
    const s = await readAs('english.txt', page);
    expect(s.metadata.organisation).toBe('Delta Diggers Council');
  });
});
