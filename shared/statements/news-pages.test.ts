/**
 * A press statement copied from a news site: the site's menu, a headline over a line that only says what kind of
 * text follows ("Press statement on …"), a place–date dateline, a meta bar with a view counter, a share bar that
 * names each button twice, a section heading in the text, and a footer with a "Publication date" label. A fictional
 * sample written for this test (no real statement's text); the truth is what a reader gives each line.
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { importLabelledPage as readAs } from '../../testing/fixtures/labelled-page';
import type { BlockRole } from './model';

const NEWS_PAGE: ReadonlyArray<readonly [BlockRole, string]> = [
  ['boilerplate', 'Skip to main content'],
  ['boilerplate', 'Lowveld Diamond Watch Network'],
  ['boilerplate', 'News'],
  ['boilerplate', 'Advanced Search'],
  ['title', 'Coalition says reform talks stall again at the intersessional'],
  ['title', 'Press statement on the Kimberley Process Intersessional Meeting'],
  ['title', 'Sampletown, Botswana – 14 June 2031'],
  ['boilerplate', 'Friday, June 14, 2031 | 812 Views |'],
  ['boilerplate', 'Comment Comment Email Email Print Print Facebook Facebook Twitter Twitter Share Share'],
  [
    'body',
    'Sample text. In its closing remarks at the intersessional meeting, the sample coalition regretted that the certification scheme again postponed any decision on the definition of conflict diamonds.',
  ],
  ['heading', 'Trade and conflict prevention'],
  [
    'body',
    'The coalition recalled that the scheme was created to cut the money that flowed from diamonds to armed groups, and that violence by security forces around mines is left outside its remit.',
  ],
  [
    'body',
    '“We came here asking for a clear reform agenda. We leave with a promise to talk about talking,” said the coalition’s coordinator.',
  ],
  [
    'boilerplate',
    'This is an illustrative sample written for Plenary Diff; it is not an authentic statement.',
  ],
  ['boilerplate', 'Publication date'],
  ['signature', '14 June 2031'],
  ['signature', 'Lowveld Diamond Watch Network'],
];

describe('a press statement copied from a news site', () => {
  it('gives the headline over a kind-of-text line the title, and the page furniture no body', async () => {
    const text = NEWS_PAGE.map(([, line]) => line).join('\n\n');
    const statement = await importedStatement('news-page.txt', text);
    expect(statement.blocks.map((b) => [b.role, b.text])).toEqual(NEWS_PAGE);
    expect(statement.title).toBe('Coalition says reform talks stall again at the intersessional');
    expect(statement.metadata).toMatchObject({
      year: 2031,
      date: '2031-06-14',
      meeting: 'intersessional',
      kind: 'press',
      organisation: 'Lowveld Diamond Watch Network',
    });
  });

  it('still takes a kind-of-text line as the title under a site name, with no headline above it', async () => {
    const text = [
      'Lowveld Diamond Watch Network',
      'Statement on the 2031 Plenary: the scheme must hear the mining communities',
      'Sample text. The plenary closed at dawn after a night of talks that never reached the question the communities asked.',
    ].join('\n\n');
    const statement = await importedStatement('statement-on.txt', text);
    expect(statement.title).toBe(
      'Statement on the 2031 Plenary: the scheme must hear the mining communities',
    );
    expect(statement.blocks.map((b) => b.role)).toEqual(['boilerplate', 'title', 'body']);
  });

  it('leaves a news page’s introduction to the speech it reproduces out of the speech', async () => {
    const lines: ReadonlyArray<readonly [BlockRole, string]> = [
      ['boilerplate', 'Lowveld Wire'],
      ['title', 'Industry council head urges unity at the plenary'],
      [
        'boilerplate',
        '“We should always remember that millions of people depend on this trade for their livelihoods,” said the president of the council.',
      ],
      ['boilerplate', 'He was speaking to the 2031 Plenary Meeting, which opened today in Lisbon.'],
      ['boilerplate', 'The following is the full text of his address to the meeting:'],
      [
        'salutation',
        'Honorable Chair of the Kimberley Process; Your Excellencies; dear colleagues, ladies and gentlemen:',
      ],
      [
        'body',
        'Sample text. It is my honour to address my first Plenary Session as president of the council, which has represented the trade in the scheme for more than a decade.',
      ],
      ['body', 'The scheme has saved many lives, and we have many to thank for that over the years.'],
    ];
    await readAs('full-text.txt', lines);
  });

  it('reads who spoke, where and at which session from the introduction, and a colon dateline', async () => {
    const lines: ReadonlyArray<readonly [BlockRole, string]> = [
      ['boilerplate', 'Delta Wire'],
      ['title', 'Federation head tells the scheme to count every parcel'],
      ['boilerplate', 'By Desk Writer | 10 November 2036 | 3 min read'],
      [
        'boilerplate',
        'WINDHOEK: The head of the Marula Stones Federation asked the plenary on Monday to record the origin of every parcel that leaves a buying office.',
      ],
      ['boilerplate', 'She was speaking at the opening session of the week-long meeting.'],
      ['boilerplate', 'Full text of the address:'],
      ['salutation', 'Madam Chair, distinguished delegates,'],
      [
        'body',
        'Sample text. It is a pleasure to be back among you, and to speak for the cutters and traders who belong to our federation.',
      ],
      ['body', 'A parcel without a record is a question without an answer. We ask the scheme to answer it.'],
      ['signature', 'Thank you.'],
    ];
    const statement = await readAs('intro.txt', lines);
    expect(statement.metadata).toMatchObject({
      organisation: 'Marula Stones Federation',
      // The byline's date is the day the page was published; the introduction says she spoke "on Monday", and the
      // page's day, 10 November 2036, is a Monday.
      year: 2036,
      date: '2036-11-10',
      city: 'Windhoek',
      country: 'Namibia',
      meeting: 'plenary',
      kind: 'opening',
    });
  });

  it('dates the speech by the weekday of the sentence that names it, against the page’s day under the headline', async () => {
    const page = (intro: string) =>
      [
        'Sample Mining Times',
        'Coalition walks out, then returns to close the plenary (sample)',
        '22 November 2099',
        intro,
        'Closing statement of the Sample Fair Stones Coalition',
        'Madam Chair,',
        'We left this room because the outcome of the debate had been settled before it began, and we say so plainly.',
        'We thank the Government of Angola and the people of Luanda for their welcome.',
        'Thank you.',
        'Read more',
        'Diggers register stalls again',
      ].join('\n\n');
    // 22 November 2099 is a Sunday: the walk-out was on Thursday the 19th, the statement on Friday the 20th.
    const both = await importedStatement(
      'news.txt',
      page(
        'Delegates left the room on Thursday during the debate. They returned on Friday to read their closing statement, which follows.',
      ),
    );
    expect(both.metadata).toMatchObject({
      date: '2099-11-20',
      city: 'Luanda',
      country: 'Angola',
      kind: 'closing',
    });
    // Another story's headline under "Read more" is the site's.
    expect(both.blocks.find((b) => b.text === 'Diggers register stalls again')?.role).toBe('boilerplate');
    // A report naming one day only dates the speech by it.
    const one = await importedStatement(
      'news.txt',
      page(
        'The coalition read its closing statement on Thursday, after a week of talks, and we publish it below.',
      ),
    );
    expect(one.metadata.date).toBe('2099-11-19');
  });

  it('ends the introduction at each way a page says the full text follows', async () => {
    const speech = [
      'Distinguished delegates, ladies and gentlemen,',
      'Sample text. It is my honour to address this Plenary Session on behalf of the council and its members.',
    ];
    for (const marker of [
      'Full text of the statement:',
      'Full text of his address follows:',
      'Read the full speech below:',
      'See the full remarks below:',
    ]) {
      const text = [
        'Industry council head urges unity',
        'The council’s president spoke on Monday at the opening session of the plenary.',
        marker,
        ...speech,
      ].join('\n\n');
      const statement = await importedStatement('marker.txt', text);
      expect(
        statement.blocks.map((b) => b.role),
        marker,
      ).toEqual(['title', 'boilerplate', 'boilerplate', 'salutation', 'body']);
    }
  });
});
