/**
 * A web archive's banner over a copied page (the Wayback Machine's toolbar, archive.today's header): furniture, and
 * its days are the archive's, not the statement's. Fictional pages (samples).
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { markArchiveBanner } from './archive-banner';
import { bodyBlocks, type BlockRole } from './model';

const PAGE = [
  'Sample Lakeshore Miners Network',
  'Opening statement to the Sample Plenary in Maun',
  'Maun, 3 November 2098',
  'Chair, distinguished delegates,',
  'This opening statement is a fictional sample. We came to Maun to ask for one thing above the others: that the review listen to those who dig.',
  'We thank the Government of Botswana for hosting this meeting.',
  'Thank you.',
];

const marked = (lines: readonly string[]): BlockRole[] => {
  const roles: BlockRole[] = lines.map(() => 'body');
  markArchiveBanner(lines, roles);
  return roles;
};

describe('a web archive’s banner', () => {
  it('runs from the top to its last line, the capture line first or last, the collection’s description with it', () => {
    const banners = [
      [
        'The Sample Web Archive keeps pages of the public web as they were found, for later research and reading.',
        'TIMESTAMPS',
        'The Wayback Machine - https://web.archive.org/web/20981104093000/https://www.lakeshore.example/opening/',
      ],
      [
        'archive.today webpage capture',
        'Saved from',
        'https://www.lakeshore.example/opening/',
        'archived 4 Nov 2098 09:30:00 UTC',
        'All snapshots from host www.lakeshore.example',
      ],
    ];
    for (const banner of banners)
      expect(marked([...banner, ...PAGE])).toEqual([
        ...banner.map(() => 'boilerplate'),
        ...PAGE.map(() => 'body'),
      ]);
  });

  it('is not seen without a capture’s address or heading, nor in a link far down the page', () => {
    expect(marked(['12 captures', '3 Nov 2098 - 4 Nov 2098', ...PAGE])).toEqual(
      [...Array(2 + PAGE.length)].map(() => 'body'),
    );
    const far = [
      ...PAGE,
      ...Array.from(
        { length: 40 },
        (_, i) => `A further paragraph of the sample statement, number ${i + 1}.`,
      ),
    ];
    far.push('https://web.archive.org/web/20981104093000/https://www.lakeshore.example/opening/');
    expect(marked(far).every((role) => role === 'body')).toBe(true);
  });

  it('in a copied page: the statement’s heading, dateline and addresses are read as without it', async () => {
    const banner = [
      'The Wayback Machine - https://web.archive.org/web/20981104093000/https://www.lakeshore.example/opening/',
      'Go',
      '12 captures',
      '4 Nov 2098 - 9 Jan 2100',
      'Oct\tNOV\tDec',
      '04',
      '2097\t2098\t2099',
      'About this capture',
      'COLLECTED BY',
      'Organization: Sample Web Archive',
      'The Sample Web Archive keeps pages of the public web as they were found, for later research and reading.',
      'Collection: Sample Wide Crawl',
      'TIMESTAMPS',
    ];
    const statement = await importedStatement('archived.txt', [...banner, ...PAGE].join('\n'));
    expect(statement.title).toBe('Opening statement to the Sample Plenary in Maun');
    expect(statement.metadata).toMatchObject({ date: '2098-11-03', city: 'Maun', kind: 'opening' });
    expect(bodyBlocks(statement).map((b) => b.text.slice(0, 30))).toEqual([
      'This opening statement is a fi',
      'We thank the Government of Bot',
    ]);
  });
});
