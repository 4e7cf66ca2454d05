import { describe, expect, it } from 'vitest';
import { findDate, inferMetadata } from './metadata';
import type { Block, BlockRole } from './model';

function blocks(...parts: [BlockRole, string][]): Block[] {
  return parts.map(([role, text], i) => ({ id: `b${i}`, role, text }));
}

const body = (text = 'We thank the host and the chair for this week.') => blocks(['body', text]);

describe('findDate', () => {
  it.each([
    ['22 November 2019', '2019-11-22'],
    ['November 22, 2019', '2019-11-22'],
    ['22/11/2019', '2019-11-22'],
    ['22 Nov 2019', '2019-11-22'],
    ['22nd of November 2019', '2019-11-22'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['2019-11-22', '2019-11-22'],
    ['11/22/2019', '2019-11-22'],
    ['2052/11/14', '2052-11-14'],
    ['2047.11.4', '2047-11-04'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(findDate(`Statement, Somewhere: ${text}`)).toEqual({ year: Number(iso.slice(0, 4)), date: iso });
  });

  it('gives the year but no day for a month and year, a range of days, or an impossible date', () => {
    expect(findDate('CSC Statement, June 2017')).toEqual({ year: 2017, date: null });
    expect(findDate('Plenary, 18–22 November 2019')).toEqual({ year: 2019, date: null });
    expect(findDate('Plenary, November 18-22, 2019')).toEqual({ year: 2019, date: null });
    expect(findDate('31 February 2019')).toEqual({ year: 2019, date: null });
  });

  it('finds nothing in text without a date', () => {
    expect(findDate('Closing Speech by the Civil Society Coalition')).toEqual({ year: null, date: null });
  });
});

describe('inferMetadata', () => {
  it('dates a statement by a page date field, not by the day the page was last changed', () => {
    const title = 'Sample — Closing statement of the Alliance at the Plenary';
    const page = (...fields: string[]) =>
      inferMetadata(
        title,
        blocks(
          ['title', title],
          ['body', 'We thank the host for this week.'],
          ...fields.map((f): [BlockRole, string] => ['boilerplate', f]),
        ),
        'sample.html',
      );
    expect(page('Date: 14 November 2047')).toMatchObject({ year: 2047, date: '2047-11-14' });
    expect(page('Last updated: 3 March 2049', 'Date: 14 November 2047')).toMatchObject({
      year: 2047,
      date: '2047-11-14',
    });
    expect(page('Page last modified on 2049/03/03', 'Posted on 2047/11/14')).toMatchObject({
      date: '2047-11-14',
    });
    expect(page('Last updated: 3 March 2049')).toMatchObject({ date: null });
  });

  it('takes the city the first paragraph is given in, not one it looks back to', () => {
    const title = 'Sample — Closing statement of the Alliance, 2034 Plenary';
    const cityOf = (text: string) =>
      inferMetadata(title, blocks(['title', title], ['body', text]), 'sample.txt').city;
    expect(cityOf('We thank the people of Gaborone for welcoming this plenary so warmly this week.')).toBe(
      'Gaborone',
    );
    expect(cityOf('Five years after New Delhi the meeting still argues over the definition.')).toBeNull();
    expect(cityOf('Since the Antwerp plenary the question has not moved an inch.')).toBeNull();
    expect(cityOf('As we said in Brussels in 2018, the scheme must change or fade.')).toBeNull();
    expect(cityOf('We meet in Windhoek in 2034 with the same questions as before.')).toBe('Windhoek');
  });

  it('takes a host town the venues do not know from the people the first paragraph thanks, and its country', () => {
    const title = 'Sample — Closing statement of the Alliance, 2081 Plenary';
    const placeOf = (text: string) => {
      const { city, country } = inferMetadata(title, blocks(['title', title], ['body', text]), 'sample.txt');
      return { city, country };
    };
    expect(placeOf('We thank the Government of Botswana and the people of Maun for a warm week.')).toEqual({
      city: 'Maun',
      country: 'Botswana',
    });
    expect(placeOf('We thank the Government of the Republic of Sierra Leone and the city of Koidu.')).toEqual(
      {
        city: 'Koidu',
        country: 'Sierra Leone',
      },
    );
    // A country, a region or a word of the meeting's name is no town.
    expect(placeOf('We thank the people of Zimbabwe for their welcome.')).toEqual({
      city: null,
      country: null,
    });
    expect(placeOf('We thank the people of Southern Africa for their patience.')).toEqual({
      city: null,
      country: null,
    });
  });

  it('takes the host from the closing thanks when nothing above names the place, never from a look ahead', () => {
    const title = 'Sample — Closing statement of the Coastal Diggers Forum to the 2098 Plenary';
    const placeOf = (...paragraphs: string[]) => {
      const text = blocks(['title', title], ...paragraphs.map((p): [BlockRole, string] => ['body', p]));
      const { city, country } = inferMetadata(title, text, 'sample.txt');
      return { city, country };
    };
    const first = 'We have listened this week to many speeches about the credibility of the scheme.';
    const middle = 'The review cycle that began four years ago has produced one revised document.';
    expect(
      placeOf(
        first,
        middle,
        'Finally, we thank the Government of Namibia and the people of Swakopmund for a warm week.',
      ),
    ).toEqual({ city: 'Swakopmund', country: 'Namibia' });
    expect(
      placeOf(first, 'We are grateful to the people of Windhoek for their hospitality.', 'Thank you all.'),
    ).toEqual({ city: 'Windhoek', country: 'Namibia' });
    // The next meeting's town, or a town named in the middle of the speech, is not where this one was given.
    expect(
      placeOf(first, middle, 'We thank you and look forward to seeing you in Antwerp next year.'),
    ).toEqual({
      city: null,
      country: null,
    });
    expect(placeOf(first, 'The miners of Swakopmund told us their story.', middle, 'Thank you.')).toEqual({
      city: null,
      country: null,
    });
  });

  it('reads "Kimberley Process CSC Closing Speech New Delhi, India: 22 November 2019"', () => {
    const title = 'Kimberley Process CSC Closing Speech New Delhi, India: 22 November 2019';
    expect(
      inferMetadata(
        title,
        blocks(
          ['title', title],
          ['body', 'The best thing about this Plenary has been the warm welcome.'],
          ['signature', 'Shamiso Mtisi'],
          ['signature', 'Coordinator KP Civil Society Coalition on Behalf of the KP CSC.'],
        ),
        'reference.txt',
      ),
    ).toEqual({
      year: 2019,
      date: '2019-11-22',
      city: 'New Delhi',
      country: 'India',
      meeting: 'plenary',
      kind: 'closing',
      organisation: 'KP Civil Society Coalition',
      speaker: 'Shamiso Mtisi',
    });
  });

  it('reads "2021 Plenary Moscow – Closing Speech by the Civil Society Coalition"', () => {
    const title = '2021 Plenary Moscow – Closing Speech by the Civil Society Coalition';
    expect(inferMetadata(title, body(), 'x.docx')).toEqual({
      year: 2021,
      date: null,
      city: 'Moscow',
      country: 'Russia',
      meeting: 'plenary',
      kind: 'closing',
      organisation: 'KP Civil Society Coalition',
      speaker: null,
    });
  });

  it('reads a meeting held "in Zimbabwe" as the country, never as the city', () => {
    const title = 'Closing remarks of the Coalition at the Intersessional meeting in Zimbabwe';
    expect(inferMetadata(title, body(), 'x.txt')).toMatchObject({
      city: null,
      country: 'Zimbabwe',
      meeting: 'intersessional',
      kind: 'closing',
    });
    expect(
      inferMetadata('Opening Speech, Intersessional Meeting in Windhoek 2032', body(), 'x.txt').city,
    ).toBe('Windhoek');
  });

  it('reads "Opening Remarks … Brisbane … 2017"', () => {
    const title =
      'Opening Remarks of the Civil Society Coalition to the Kimberley Process Plenary in Brisbane, 2017';
    expect(inferMetadata(title, body(), 'x.pdf')).toMatchObject({
      year: 2017,
      date: null,
      city: 'Brisbane',
      country: 'Australia',
      meeting: 'plenary',
      kind: 'opening',
      organisation: 'KP Civil Society Coalition',
    });
  });

  it('reads "Closing Statement, Gaborone, Botswana: 11 November 2022"', () => {
    expect(inferMetadata('Closing Statement, Gaborone, Botswana: 11 November 2022', body(), 'x.txt')).toEqual(
      {
        year: 2022,
        date: '2022-11-11',
        city: 'Gaborone',
        country: 'Botswana',
        meeting: null,
        kind: 'closing',
        organisation: null,
        speaker: null,
      },
    );
  });

  it('reads a place the list of venues does not know when its country follows it: "… Speech Lisbon, Portugal: …"', () => {
    const meta = inferMetadata(
      'Sample CSC Closing Speech Lisbon, Portugal: 14 November 2031',
      body(),
      'x.txt',
    );
    expect([meta.city, meta.country, meta.date]).toEqual(['Lisbon', 'Portugal', '2031-11-14']);
    const twoWords = inferMetadata(
      'Sample remarks, Closing Session Porto Novo, Benin (2032)',
      body(),
      'x.txt',
    );
    expect([twoWords.city, twoWords.country]).toEqual(['Porto Novo', 'Benin']);
    // A country as pages write it: its own name, or a short form.
    const own = inferMetadata('Sample statement, Abidjan, Côte d’Ivoire: 12 June 2037', body(), 'x.txt');
    expect([own.city, own.country]).toEqual(['Abidjan', 'Côte d’Ivoire']);
    const short = inferMetadata('Sample closing remarks, Mbuji-Mayi, DRC (2034)', body(), 'x.txt');
    expect([short.city, short.country]).toEqual(['Mbuji-Mayi', 'Democratic Republic of the Congo']);
    // A ministry's or a body's name before the country is no place; a month before it is a date.
    const ministry = inferMetadata('Sample statement to the Ministry of Mines, Ghana, 2033', body(), 'x.txt');
    expect([ministry.city, ministry.country]).toEqual([null, null]);
    const month = inferMetadata('Sample statement, November, Ghana', body(), 'x.txt');
    expect(month.city).toBeNull();
  });

  it('takes the day from a dateline opening the address over a bare date between the heading and its copy', () => {
    const page = blocks(
      ['title', 'Sample Council President’s closing speech – KP Plenary Lisbon'],
      ['title', '18 December 2031'],
      ['title', 'Sample Council President’s closing speech – KP Plenary Lisbon'],
      ['salutation', 'LISBON, PORTUGAL, November 14, 2031 - Honourable Guests, Ladies and Gentlemen,'],
      ['body', 'Dear Participants, on behalf of the Sample Council, I thank every delegation for this week.'],
    );
    const meta = inferMetadata(
      'Sample Council President’s closing speech – KP Plenary Lisbon',
      page,
      'x.html',
    );
    expect([meta.date, meta.city]).toEqual(['2031-11-14', 'Lisbon']);
    // Without a dateline the date under the heading is still read.
    const plain = inferMetadata(
      'Sample closing speech – KP Plenary Lisbon',
      [...page.slice(0, 3), ...page.slice(4)],
      'x.html',
    );
    expect(plain.date).toBe('2031-12-18');
  });

  it('reads "KP Intersessional Meeting, Kimberley, South Africa – CSC Statement, June 2017"', () => {
    const title = 'KP Intersessional Meeting, Kimberley, South Africa – CSC Statement, June 2017';
    expect(inferMetadata(title, body(), 'x.html')).toEqual({
      year: 2017,
      date: null,
      city: 'Kimberley',
      country: 'South Africa',
      meeting: 'intersessional',
      kind: 'statement',
      organisation: 'KP Civil Society Coalition',
      speaker: null,
    });
  });

  it('does not take "Kimberley Process" for the city of Kimberley', () => {
    expect(inferMetadata('Kimberley Process Closing Statement', body(), 'x.txt').city).toBeNull();
  });

  it('reads the kind from "at the close of", "at the end of", "at the start of" and "final session" in a heading', () => {
    const kind = (title: string) => inferMetadata(title, body(), 'x.txt').kind;
    expect(kind('Statement of the Sample Quarry Voices Network at the close of the Harare Plenary')).toBe(
      'closing',
    );
    expect(kind('Remarks at the end of the intersessional meeting (sample)')).toBe('closing');
    expect(kind('Sample Network: our statement to the final session of the plenary')).toBe('closing');
    expect(kind('Statement at the start of the Sample Plenary')).toBe('opening');
    // Not a meeting's start or end: a statement "on the end of" something, or about a close vote.
    expect(kind('Statement on the end of the moratorium (sample)')).toBe('statement');
    expect(kind('Statement at the end of the export ban (sample)')).toBe('statement');
    expect(kind('Statement after a close vote at the plenary (sample)')).toBe('statement');
  });

  it('reads press releases and "Statement" alone', () => {
    expect(inferMetadata('Press release: KP fails to agree on reform', body(), 'x.txt').kind).toBe('press');
    // A site's section in the title, plural; a news release; in French.
    const press = (title: string) => inferMetadata(title, body(), 'x.txt').kind;
    expect(press('Press releases on behalf of the Sample Coalition: the Plenary ends without reform')).toBe(
      'press',
    );
    expect(press('News release — Sample Coalition leaves the Plenary disappointed')).toBe('press');
    expect(press('Communiqué de presse : la Coalition quitte la Plénière')).toBe('press');
    expect(inferMetadata('CSC Statement on the review', body(), 'x.txt').kind).toBe('statement');
    // A quotation attributed in the third person, the speaker named after it in lower case.
    const news = body(
      '“We leave Windhoek with work to do, but with a plan to do it,” the council’s president said.',
    );
    expect(inferMetadata('Sample Council hails the plenary', news, 'x.txt').kind).toBe('press');
    expect(
      inferMetadata('Sample Council hails the plenary', body('“We leave,” we said.'), 'x.txt').kind,
    ).toBeNull();
    // A speech addressed to the room that quotes a document in the third person is no press text.
    const speech = blocks(
      ['salutation', 'Madam Chair, distinguished delegates,'],
      [
        'body',
        'This body promised the review “within twelve months,” the final communiqué noted. It was not done.',
      ],
    );
    expect(inferMetadata('Sample Coalition at the plenary', speech, 'x.txt').kind).toBeNull();
    // A release whose headline says nothing of its kind and whose quotations are not attributed as speech: its
    // dateline opening the text, or its end mark, says it (not a speech, which addresses the room first).
    const plain = 'Seven years on, the coalition says the certification scheme has not answered its critics.';
    const headline = 'Sample Coalition: the scheme still “continues to lose relevance”';
    const dated = body(`SAMPLETOWN, 12 November 2056 — ${plain}`);
    expect(inferMetadata(headline, dated, 'x.txt').kind).toBe('press');
    const ended = [...body(plain), ...blocks(['boilerplate', '— ENDS —'])];
    expect(inferMetadata(headline, ended, 'x.txt').kind).toBe('press');
    expect(inferMetadata(headline, body(plain), 'x.txt').kind).toBeNull();
    const addressed = [...blocks(['salutation', 'Chair, delegates,']), ...dated];
    expect(inferMetadata(headline, addressed, 'x.txt').kind).toBeNull();
  });

  it('takes a press release’s sender from its notes to editors or an “About …” line when nothing else names it', () => {
    const release = (...notes: string[]) =>
      blocks(
        [
          'body',
          'VICTORIA FALLS, 19 November 2049 – Community monitors left the plenary disappointed after participants again failed to agree a date for the review visits.',
        ],
        ['boilerplate', 'ENDS'],
        ['boilerplate', 'Notes to editors'],
        ...notes.map((note): [BlockRole, string] => ['boilerplate', note]),
      );
    const sender = (...notes: string[]) =>
      inferMetadata('Plenary closes without a date for the visits (sample)', release(...notes), 'x.docx')
        .organisation;
    expect(sender('1. The Sample Rivers Network is a group of community organisations.')).toBe(
      'Sample Rivers Network',
    );
    expect(sender('About the Sample Rivers Network:', 'It works with diggers in the eastern fields.')).toBe(
      'Sample Rivers Network',
    );
    // A note that names no organisation as the one sending, or none at all.
    expect(sender('2. Photographs from the fields are available on request.')).toBeNull();
    expect(sender('The plenary is the yearly meeting of the scheme’s members.')).toBeNull();
  });

  it('takes the meeting from the body when the title does not say, and leaves it null when the body says both', () => {
    expect(inferMetadata('CSC Closing Speech', body('This Plenary failed us.'), 'x.txt').meeting).toBe(
      'plenary',
    );
    expect(inferMetadata('CSC Speech', body('This Intersessional failed us.'), 'x.txt').meeting).toBe(
      'intersessional',
    );
    expect(
      inferMetadata('CSC Speech', body('The Intersessional prepared the Plenary.'), 'x.txt').meeting,
    ).toBeNull();
  });

  it('leaves every field null that nothing states, and never guesses', () => {
    expect(inferMetadata('Remarks on reform', body('We have things to say.'), 'notes.txt')).toEqual({
      year: null,
      date: null,
      city: null,
      country: null,
      meeting: null,
      kind: 'statement',
      organisation: null,
      speaker: null,
    });
  });

  it('falls back to the signature for facts and to the file name for the year and city', () => {
    const meta = inferMetadata(
      'Our statement',
      blocks(
        ['body', 'Text.'],
        ['signature', 'Jane Example, Coordinator'],
        ['signature', 'Windhoek, 4 November 2011'],
      ),
      'file.txt',
    );
    expect(meta).toMatchObject({
      year: 2011,
      date: '2011-11-04',
      city: 'Windhoek',
      country: 'Namibia',
      speaker: 'Jane Example',
    });
    expect(inferMetadata('Our statement', body(), '2019-new-delhi-closing-csc.txt')).toMatchObject({
      year: 2019,
      city: 'New Delhi',
      country: 'India',
    });
  });

  it('does not read a surname in the signature as a city', () => {
    const meta = inferMetadata(
      'Our statement',
      blocks(['body', 'Text.'], ['signature', 'Jane Livingstone']),
      'file.txt',
    );
    expect(meta.city).toBeNull();
    expect(meta.speaker).toBe('Jane Livingstone');
  });

  it('takes the speaker from a line saying who delivered the speech, above it or below it', () => {
    const speaker = (...parts: [BlockRole, string][]) =>
      inferMetadata('Remarks at the closing session (sample)', blocks(...parts), 'x.txt').speaker;
    // An industry council's page: the line under the heading, its speaker's name first.
    expect(
      speaker(
        ['boilerplate', 'Delivered by Tendai Samplename, President, Sample Diamond Council'],
        ['salutation', 'Madam Chair,'],
        ['body', 'We thank our hosts.'],
      ),
    ).toBe('Tendai Samplename');
    // Below the speech, the name after the role and the organisation.
    expect(
      speaker(
        ['body', 'We thank our hosts.'],
        ['signature', 'Delivered on behalf of the Sample Rights Network by its coordinator, Jane Example.'],
      ),
    ).toBe('Jane Example');
    // A line naming only an organisation, or a body sentence, names no speaker.
    expect(speaker(['boilerplate', 'Delivered by the Sample Diamond Council'], ['body', 'Text.'])).toBeNull();
    expect(speaker(['body', 'Read by Jane Example, the statement was applauded.'])).toBeNull();
  });
});
