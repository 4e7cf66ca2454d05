/**
 * A government delegation's remarks on its ministry's site and a statement copied from a document-sharing site's
 * viewer: the official-site banner, the speaker's name-and-role line, the place alone in capitals, addresses ended by
 * a colon, and the viewer's name for the upload over its pager. Fictional pages (samples); the whole pages are in
 * testing/fixtures/page-shapes (sample-2072, sample-2067).
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { markViewerName } from './document-viewer';
import type { BlockRole } from './model';
import { isBoilerplate } from './residue';
import { isSalutation } from './salutations';

describe('a government’s page and a document viewer', () => {
  it('tells an official site’s banner from speech about official sites', () => {
    const banner = [
      'An official website of the Sample Republic Government Here’s how you know',
      'An official website of the European Union How do you know?',
      'An official EU website',
      "Here's how you know",
      'How do you know?',
      'Official websites use .gov',
      'A .gov website belongs to an official government organization in the Sample Republic.',
      'Secure .gov websites use HTTPS',
      'A lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
      // A print or a PDF joins each label to its explanation.
      'Official websites use .gov A .gov website belongs to an official government organization of the Sample Republic.',
      'Secure .gov websites use HTTPS A lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
    ];
    const speech = [
      'An official website of the Kimberley Process would let the public read every review report.',
      'We know how you know: the statistics are published late.',
      'Official websites of participants should publish their export figures.',
    ];
    expect(banner.filter((line) => !isBoilerplate(line))).toEqual([]);
    expect(speech.filter((line) => isBoilerplate(line))).toEqual([]);
  });

  it('reads addresses ended by a colon as addresses, a name and role as no address', () => {
    for (const line of [
      'Madam Chair, colleagues from participating countries, industry and civil society:',
      'Mr Chair, distinguished delegates, observers:',
    ])
      expect(isSalutation(line), line).toBe(true);
    for (const line of [
      'Madam Chair, the decisions taken this week are these:',
      'Madam Chair, we have three points:',
      'SAMPLE PERSON OKAFOR, HEAD OF DELEGATION',
      'Sample Person Okafor, Head of Delegation',
    ])
      expect(isSalutation(line), line).toBe(false);
    // An address that names its person with an honorific, and goes on, is still one.
    expect(isSalutation('Ms Sample Person, Chair of the Kimberley Process,')).toBe(true);
  });

  it('takes the speaker from a name-and-role line under the heading and the place from a line in capitals', async () => {
    const statement = await importedStatement(
      'remarks.txt',
      [
        'Statement by the Delegation of the Sample Republic at the Closing of the 2072 Kimberley Process Plenary',
        'SAMPLE PERSON ADEYEMI, AMBASSADOR',
        'MAPUTO, MOZAMBIQUE',
        'NOVEMBER 18, 2072',
        'Chair, colleagues:',
        'This is a fictional sample. Our delegation leaves Maputo with a budget agreed for three years, which we welcome.',
        'We will host the first peer review under the new rules next spring.',
        'Thank you.',
      ].join('\n\n'),
    );
    expect(statement.metadata).toMatchObject({
      date: '2072-11-18',
      city: 'Maputo',
      country: 'Mozambique',
      kind: 'closing',
      organisation: 'Delegation of the Sample Republic',
      speaker: 'Sample Person Adeyemi',
    });
  });

  it('marks a viewer’s pager, its download offer and the upload’s name over them, and nothing without the offer', () => {
    const roles = (lines: readonly string[]): BlockRole[] => {
      const marked: BlockRole[] = lines.map(() => 'body');
      markViewerName(lines, marked);
      return marked;
    };
    const viewer = [
      'SampleSlides logo',
      'Closing statement 2067 plenary sample coalition',
      '1 of 4',
      'Download to read offline',
      'Closing Statement of the Sample Ironstone Communities Coalition',
      'Chair,',
    ];
    expect(roles(viewer)).toEqual([
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'body',
      'body',
    ]);
    // The offer may stand over the pager.
    expect(roles(['Sample deck name', 'Download now', '1 / 6', 'Heading'])).toEqual([
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'body',
    ]);
    // A print's footer ("1 of 2") between paragraphs is no viewer.
    const printed = ['Heading', 'The first paragraph goes on', '1 of 2', 'and ends on the next page.'];
    expect(roles(printed)).toEqual(['body', 'body', 'body', 'body']);
  });

  it('dates a statement whose heading gives the meeting’s days by the day under it within them, never one outside', async () => {
    const page = (day: string) =>
      importedStatement(
        'union.txt',
        [
          'Sample Union Statement at the Kimberley Process Plenary, Victoria Falls, 8-11 November 2069',
          day,
          'Madam Chair,',
          'This is a fictional sample. The Sample Union welcomes the agreement on the secretariat.',
          'I thank you.',
        ].join('\n\n'),
      );
    expect((await page('10.11.2069')).metadata).toMatchObject({ year: 2069, date: '2069-11-10' });
    expect((await page('Posted on 14 November 2069')).metadata).toMatchObject({ year: 2069, date: null });
  });
});
