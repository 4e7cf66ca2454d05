/**
 * A press release or a blog post copied from a site: the site's name, a headline that starts with the
 * organisation's name and says what it does ("… calls on …"), a dateline, then the text. Fictional samples
 * written for this test (no real statement's text); the truth is what a reader gives each.
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { isDateLine } from './months';
import type { StatementKind } from './model';

const imported = importedStatement;

const HEADLINE_OVER_DATELINE = `Lowveld Diamond Watch

Lowveld Diamond Watch urges governments to publish every export valuation before the next plenary

November 14, 2031

Sample text. Governments that certify rough diamonds still keep their export valuations to themselves, and the communities living next to the mines learn nothing of what left their land or at what price.

“A certificate that hides the price of the stones it covers protects nobody but the buyer,” said the watch's coordinator. “We ask every participant to publish its valuations within the year.”

Follow us`;

const DATELINE_OVER_HEADLINE = `Lowveld Diamond Watch

Posted on 3 June 2032

Coalition members walk out of working group talks on artisanal mining

Sample text. Members of the coalition left the working group meeting on Tuesday after the chair closed the discussion on artisanal miners' rights without a decision for the third year running.`;

const SPEECH_QUOTING = `Closing statement of the Sample Coalition, 2033 Plenary

Dear Chair, distinguished delegates,

Sample text. As the chair reminded us on Monday, the scheme was created to stop diamonds from funding war, and it still has no answer for the violence that security forces commit at the mines today.

We thank you for your attention.`;

// A saved post as Chromium prints it: the site's name and menu, the headline, the post's meta bar.
const PRINTED_POST = `Lowveld Diamond Watch

Home

About us

Press

Lowveld Diamond Watch welcomes the first public valuation report of a producing country

November 20, 2031 · Press

Sample text. For the first time a producing country has published what its rough diamond exports were worth, mine by mine, and the watch asks the others to follow before the next plenary.

Share this: Facebook Twitter Email`;

// The same post saved as a web page: its date is in the meta bar, which goes with the page furniture.
const SAVED_POST = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lowveld Diamond Watch welcomes the first public valuation report – Lowveld Diamond Watch</title></head>
<body><header><div class="site-title">Lowveld Diamond Watch</div><nav><a href="/">Home</a> <a href="/press">Press</a></nav></header>
<main><article><h1 class="entry-title">Lowveld Diamond Watch welcomes the first public valuation report of a producing country</h1>
<div class="entry-meta"><time datetime="2031-11-20T09:00:00+00:00">November 20, 2031</time> · <a href="/press">Press</a></div>
<p>Sample text. For the first time a producing country has published what its rough diamond exports were worth, mine by mine, and the watch asks the others to follow before the next plenary.</p>
<div class="sharedaddy">Share this: <a>Facebook</a> <a>Twitter</a></div></article></main>
<footer>© 2031 Lowveld Diamond Watch</footer></body></html>`;

// An industry council's speech as its site posts it: the day the page went up above the heading, the day of the
// speech in the dateline opening the first paragraph (with the address to the audience).
const PUBLISHED_LATER = `10 December 2031

Sample Industry Council President’s opening speech – KP Plenary Lisbon

LISBON, PORTUGAL, November 10, 2031 - Honorable Guests, Ladies and Gentlemen. Sample text. It is an honour for me to address you today and a pleasure to be in Portugal again for this session of the scheme.

This Plenary is the first of three that will decide the review of the scheme, and we will look forward only.

Thank you.`;

// A speech posted under nothing but its date: the list names it by who spoke (the body says on whose behalf).
// A trade-news copy whose only heading is its labelled date, in two forms.
const LABELLED_DATE_ONLY = ` date 2036-12-18 18 december 2036

At the close of the 2036 plenary session, the sample council thanked the participants for their open talks on reform, a press release from the council says.

The council's acting president said: “This week we spoke plainly about what most needs to change.”
`;

const DATE_ONLY = `17 November 2031

Honorable KP Chair Ms. Example, Honorable KP Vice-Chair Mr. Sample, distinguished delegates and guests, Ladies and Gentlemen.

On behalf of the Sample Industry Council, I want to thank the chair once again for organising this Plenary Session. Sample text.

We live in a world that changes fast and asks us to adapt quickly, and this week we looked for new ways of working together.`;

const TRUTH: ReadonlyArray<{
  readonly file: string;
  readonly text: string;
  readonly title: string;
  readonly year: number;
  readonly date: string | null;
  readonly kind: StatementKind | null;
}> = [
  {
    file: 'headline-over-dateline.txt',
    text: HEADLINE_OVER_DATELINE,
    title:
      'Lowveld Diamond Watch urges governments to publish every export valuation before the next plenary',
    year: 2031,
    date: '2031-11-14',
    kind: 'press',
  },
  {
    file: 'dateline-over-headline.txt',
    text: DATELINE_OVER_HEADLINE,
    title: 'Coalition members walk out of working group talks on artisanal mining',
    year: 2032,
    date: '2032-06-03',
    kind: null,
  },
  {
    file: 'printed-post.txt',
    text: PRINTED_POST,
    title: 'Lowveld Diamond Watch welcomes the first public valuation report of a producing country',
    year: 2031,
    date: '2031-11-20',
    kind: null,
  },
  {
    file: 'saved-post.html',
    text: SAVED_POST,
    title: 'Lowveld Diamond Watch welcomes the first public valuation report of a producing country',
    year: 2031,
    date: '2031-11-20',
    kind: null,
  },
  {
    file: 'published-later.txt',
    text: PUBLISHED_LATER,
    title: 'Sample Industry Council President’s opening speech – KP Plenary Lisbon',
    year: 2031,
    date: '2031-11-10',
    kind: 'opening',
  },
  {
    file: 'date-only.txt',
    text: DATE_ONLY,
    title: 'Sample Industry Council, 17 November 2031',
    year: 2031,
    date: '2031-11-17',
    kind: null,
  },
  {
    file: 'trade-news-copy.txt',
    text: LABELLED_DATE_ONLY,
    title: 'trade-news-copy, 18 December 2036',
    year: 2036,
    date: '2036-12-18',
    kind: null,
  },
  {
    file: 'speech-quoting.txt',
    text: SPEECH_QUOTING,
    title: 'Closing statement of the Sample Coalition, 2033 Plenary',
    year: 2033,
    date: null,
    kind: 'closing',
  },
];

describe('datelines and headlines of copied press releases and posts', () => {
  for (const row of TRUTH) {
    it(`${row.file}: the headline is the title, the dateline dates it`, async () => {
      const statement = await imported(row.file, row.text);
      expect(statement.title).toBe(row.title);
      expect(statement.metadata.year).toBe(row.year);
      expect(statement.metadata.date).toBe(row.date);
      expect(statement.metadata.kind).toBe(row.kind);
      expect(statement.blocks.filter((b) => b.role === 'body').every((b) => !isDateLine(b.text))).toBe(true);
    });
  }

  it('tells a line that only dates from one that names a meeting or a place', () => {
    for (const line of [
      'November 14, 2018',
      '14 November 2018',
      'Monday 3 June 2030',
      'Published: 2030-06-03',
      'Posted on 12/03/2031',
      '3 juin 2030',
      'Nov. 14, 2018 at 10:30 am',
      'November 14, 2018 · Press',
      '3 June 2032 | News, Statements',
      'Posted on 3 June 2032 by admin',
      'Posted on November 14, 2018 by Site Editor · 3 min read',
    ]) {
      expect(isDateLine(line), line).toBe(true);
    }
    for (const line of [
      '2018 Plenary Moscow',
      'Closing statement, 14 November 2018',
      'New Delhi, 22 November 2019',
      'May 2019 was a hard year',
      'November 2018 Brussels',
      '2018',
      'Plenary 2018 – Brussels',
      'November 14, 2018 · Closing statement at the Brussels Plenary, Belgium',
      'Kimberley Process Civil Society Coalition | 14 November 2018 | Brussels Plenary 2018',
    ]) {
      expect(isDateLine(line), line).toBe(false);
    }
  });
});
