import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  helveticaWidth,
  makePdf,
  makeStatementPdf,
  type PdfLine,
} from '../../../testing/fixtures/build-fixtures';
import { extractPdf, NO_TEXT_LAYER_REASON } from './pdf';

const at = (y: number, text: string, extra: Partial<PdfLine> = {}): PdfLine => ({ text, y, ...extra });

// Two pages, a running header, page numbers in three styles, a hyphenated line end and two paragraphs.
function twoPageStatement(pageNumber: (page: number) => string): (readonly PdfLine[])[] {
  const header = at(805, 'KP Civil Society Coalition — Closing statement', { size: 8 });
  return [
    [
      header,
      at(760, 'Sample Closing Statement, Gaborone, Botswana: 11 November 2022', { size: 14 }),
      at(720, 'KP Chair,'),
      at(690, 'The Coalition regrets that three years of reform talks have left diamond govern-'),
      at(676, 'ance where it was: in the hands of a few states and a few companies that'),
      at(662, 'meet behind closed doors and decide for everyone else, year after year'),
      at(40, pageNumber(1), { x: 290, size: 9 }),
    ],
    [
      header,
      at(760, 'and without any review of their own record on the ground in the fields.'),
      at(730, 'We call for a multi-donor fund that pays for civil society to take part in'),
      at(716, 'every peer review visit, so that communities are heard where it matters.'),
      at(40, pageNumber(2), { x: 290, size: 9 }),
    ],
  ];
}

describe('extractPdf', () => {
  it.each([
    ['a bare number', (p: number) => String(p)],
    ['"Page 3 of 7"', (p: number) => `Page ${p} of 2`],
    ['"- 3 -"', (p: number) => `- ${p} -`],
  ])(
    'rebuilds paragraphs, undoes hyphenation, drops the running header and page numbers as %s',
    async (_, pageNumber) => {
      const result = await extractPdf(await makePdf(twoPageStatement(pageNumber)));
      expect(result).toEqual({
        ok: true,
        text: [
          'Sample Closing Statement, Gaborone, Botswana: 11 November 2022',
          'KP Chair,',
          'The Coalition regrets that three years of reform talks have left diamond governance where it was: in the hands of a few states and a few companies that meet behind closed doors and decide for everyone else, year after year and without any review of their own record on the ground in the fields.',
          'We call for a multi-donor fund that pays for civil society to take part in every peer review visit, so that communities are heard where it matters.',
        ].join('\n\n'),
      });
    },
  );

  it('reads the reference laid out over several pages back into the same paragraphs', async () => {
    const text = readFileSync(
      new URL('../../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
      'utf8',
    );
    const [title, ...paragraphs] = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean) as [string, ...string[]];
    const bytes = await makeStatementPdf({
      title,
      paragraphs,
      header: 'Kimberley Process Civil Society Coalition',
      pageNumbers: (page, pages) => `Page ${page} of ${pages}`,
      linesPerPage: 26,
    });
    const result = await extractPdf(bytes);
    expect(result.ok && result.text.split('\n\n')).toEqual([title, ...paragraphs]);
  });

  it('joins paragraphs that start with an indented first line and no gap', async () => {
    const result = await extractPdf(
      await makePdf([
        [
          at(700, 'First paragraph line one that runs all the way across the page width here', { x: 90 }),
          at(686, 'and its second line that also runs all the way across the page width there'),
          at(672, 'and the third line which again runs all the way across the page width too.'),
          at(658, 'Second paragraph begins indented and runs all the way across the width', { x: 90 }),
          at(644, 'and ends on its second line which runs all the way across the page width.'),
        ],
      ]),
    );
    expect(result.ok && result.text.split('\n\n').length).toBe(2);
  });

  it('parts lines of smaller type at a gap proportionally smaller than the body text’s, as a printed post’s meta', async () => {
    const result = await extractPdf(
      await makePdf([
        [
          at(780, 'Sample small print that runs across the page in the smaller type of a post meta', {
            size: 9,
          }),
          at(769, 'line and wraps once.', { size: 9 }),
          at(751, 'Posted on 3 May 2038 by web-editor', { size: 9 }),
          at(720, 'The first paragraph of the sample speech runs across the page in body type,'),
          at(706, 'wraps onto a second line that also runs across the width of the page here'),
          at(692, 'and ends on its third line.'),
          at(668, 'The second paragraph follows after the usual paragraph gap of the body text'),
          at(654, 'and ends on its second line.'),
        ],
      ]),
    );
    expect(result.ok && result.text.split('\n\n')).toEqual([
      'Sample small print that runs across the page in the smaller type of a post meta line and wraps once.',
      'Posted on 3 May 2038 by web-editor',
      'The first paragraph of the sample speech runs across the page in body type, wraps onto a second line that also runs across the width of the page here and ends on its third line.',
      'The second paragraph follows after the usual paragraph gap of the body text and ends on its second line.',
    ]);
  });

  it('refuses an encrypted PDF', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../../testing/fixtures/encrypted.pdf', import.meta.url)),
    );
    expect(await extractPdf(bytes)).toEqual({
      ok: false,
      code: 'encrypted',
      reason: 'the PDF is encrypted (password-protected)',
    });
  });

  it('refuses a PDF with no text layer', async () => {
    expect(NO_TEXT_LAYER_REASON).toBe('no text layer — a scanned PDF?');
    expect(await extractPdf(await makePdf([[], []]))).toEqual({
      ok: false,
      code: 'no-text-layer',
      reason: 'no text layer — a scanned PDF?',
    });
  });

  it('refuses bytes that are not a PDF, and a truncated PDF', async () => {
    expect(await extractPdf(new TextEncoder().encode('just text'))).toMatchObject({
      ok: false,
      code: 'corrupt',
    });
    const bytes = await makePdf(twoPageStatement(String));
    const truncated = await extractPdf(bytes.slice(0, 600));
    expect(truncated.ok).toBe(false);
  });

  it('ignores a JavaScript action in the PDF and still reads the text', async () => {
    const bytes = await makePdf([[at(700, 'Text beside a script that must never run.')]]);
    const source = new TextDecoder('latin1').decode(bytes);
    // Add an OpenAction with JavaScript to the catalog, as a hostile file would.
    const patched = source.replace(
      '/Type /Catalog',
      '/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>',
    );
    expect(patched).not.toBe(source);
    const result = await extractPdf(Uint8Array.from(patched, (c) => c.charCodeAt(0)));
    expect(result).toEqual({ ok: true, text: 'Text beside a script that must never run.' });
  });
});

describe("a browser's print header and footer on a one-page print", () => {
  const prints: readonly (readonly [string, string])[] = [
    ['1/5/31, 10:04 AM', 'https://example.org/2031/01/closing-remarks/'],
    ['05.01.2031, 10:04', 'file:///home/user/Downloads/closing-remarks.html'],
    ['2031-01-05 10:04', 'www.example.org/closing-remarks'],
  ];
  for (const [header, footer] of prints) {
    it(`drops "${header} <title>" at the top and "${footer} 1/1" at the bottom, and keeps the page's own text`, async () => {
      const bytes = await makePdf([
        [
          at(820, header, { x: 20, size: 8 }),
          at(820, 'Closing remarks – Example Network', { x: 240, size: 8 }),
          at(760, 'Closing remarks', { size: 16 }),
          at(720, 'We thank the hosts for their welcome and the Chair for a patient week of talks.'),
          at(706, 'Our members will report to the communities what was, and was not, agreed.'),
          at(20, footer, { x: 20, size: 8 }),
          at(20, '1/1', { x: 560, size: 8 }),
        ],
      ]);
      const result = await extractPdf(bytes);
      expect(result).toEqual({
        ok: true,
        text: [
          'Closing remarks',
          'We thank the hosts for their welcome and the Chair for a patient week of talks. Our members will report to the communities what was, and was not, agreed.',
        ].join('\n\n'),
      });
    });
  }

  it('keeps a first line of text that merely mentions an address', async () => {
    const bytes = await makePdf([
      [
        at(800, 'Our report is online at www.example.org/report and we invite every delegation to read it.'),
        at(786, 'It sets out what the miners told us.'),
      ],
    ]);
    const result = await extractPdf(bytes);
    expect(result.ok && result.text).toContain('www.example.org/report');
  });

  it('reads a sidebar printed left of the text after it too, but keeps a list’s numbers printed apart', async () => {
    // A blog post printed from a browser with its "Categories" to the left of the article's heading.
    const side = (y: number, text: string): PdfLine => ({ text, x: 40, y, size: 9 });
    const text = (y: number, t: string, size = 11): PdfLine => ({ text: t, x: 200, y, size });
    const left = await extractPdf(
      await makePdf([
        [
          side(760, 'Categories'),
          text(745, '2037 Intersessional Maun –', 22),
          side(740, 'Statements (sample)'),
          side(729, 'News and events'),
          text(716, 'Closing Remarks of the', 22),
          side(714, 'Annual report 2036'),
          text(687, 'Coalition (sample)', 22),
          text(650, 'Chairperson, colleagues,'),
          text(620, 'We close this week with one piece of good news and a long'),
          text(606, 'list of unfinished business. The working group on statistics'),
          text(592, 'agreed to publish the value of rough production by region.'),
          text(560, 'Thank you.'),
        ],
      ]),
    );
    expect(left.ok && left.text.split('\n\n')).toEqual([
      '2037 Intersessional Maun – Closing Remarks of the Coalition (sample)',
      'Chairperson, colleagues,',
      'We close this week with one piece of good news and a long list of unfinished business. The working group on statistics agreed to publish the value of rough production by region.',
      'Thank you.',
      'Categories',
      'Statements (sample)',
      'News and events',
      'Annual report 2036',
    ]);
    // A word processor's numbered list: each number a run of its own left of its item.
    const items = [
      'Publish every review visit report in full within a month of the visit.',
      'Send the long-promised review mission to the eastern fields.',
      'Put the permanent secretariat on the agenda of the first meeting.',
    ];
    const list = await extractPdf(
      await makePdf([
        [
          { text: 'Closing Statement of the Sample Coalition (sample)', y: 760, size: 14 },
          { text: 'We ask the Plenary for three things this year:', y: 730 },
          ...items.flatMap((item, i): PdfLine[] => [
            { text: `${i + 1}.`, y: 710 - 14 * i },
            { text: item, x: 90, y: 710 - 14 * i },
          ]),
          { text: 'Thank you.', y: 640 },
        ],
      ]),
    );
    // Each number stays before its item (paragraphs may join them: not this rule's matter).
    const got = list.ok ? list.text : '';
    expect(items.filter((item, i) => got.includes(`${i + 1}. ${item}`))).toEqual(items);
  });

  it('reads a cookie banner a browser printed over the text at every page’s foot apart from the text, and drops it', async () => {
    // The banner is fixed to the window's foot: on page 1 it overlays the text's last line; its buttons print on page 1
    // only. Each page also carries its number.
    const banner = (buttons: boolean): PdfLine[] => [
      { text: 'We use cookies to improve your experience on our website.', y: 46 },
      ...(buttons ? [{ text: 'Accept all', x: 400, y: 46, size: 10 }] : []),
      { text: 'Cookie settings', x: 470, y: 46 },
    ];
    const bytes = await makePdf([
      [
        { text: 'Closing statement to the 2048 plenary (sample)', y: 760, size: 16 },
        { text: 'Chair, colleagues,', y: 720 },
        {
          text: 'The review visits promised two years ago have still not taken place, and the reports',
          y: 72,
        },
        {
          text: 'of the two that did are not public. We ask, once more and in writing, that they are published before the next',
          y: 46,
        },
        ...banner(true),
        { text: '1', x: 300, y: 20, size: 9 },
      ],
      [
        { text: 'intersessional, so that the communities can read what was said in their name.', y: 790 },
        { text: 'Thank you.', y: 740 },
        ...banner(false),
        { text: '2', x: 300, y: 20, size: 9 },
      ],
    ]);
    const result = await extractPdf(bytes);
    expect(result.ok && result.text.split('\n\n')).toEqual([
      'Closing statement to the 2048 plenary (sample)',
      'Chair, colleagues,',
      'The review visits promised two years ago have still not taken place, and the reports of the two that did are not public. We ask, once more and in writing, that they are published before the next intersessional, so that the communities can read what was said in their name.',
      'Thank you.',
    ]);
  });

  it('drops a bar fixed to the window’s top that a browser printed over the text’s first line of a page, and keeps the line', async () => {
    // The bar stands at the top of every page; on page 2 the text's first line runs under it, at the bar's height.
    const bar: PdfLine[] = [
      { text: 'SAMPLE NEWS', x: 30, y: 800, size: 10 },
      { text: 'Markets', x: 130, y: 800, size: 10 },
      { text: 'Policy', x: 200, y: 800, size: 10 },
      { text: 'Log in', x: 480, y: 800, size: 10 },
    ];
    const bytes = await makePdf([
      [
        ...bar,
        { text: 'Closing statement to the 2049 plenary (sample)', y: 740, size: 16 },
        { text: 'Chair, colleagues,', y: 700 },
        {
          text: 'The review visits promised two years ago have still not taken place, and the reports',
          y: 72,
        },
        {
          text: 'of the two that did are not public. We ask, once more and in writing, that they are',
          y: 58,
        },
      ],
      [
        ...bar,
        {
          text: 'published before the next intersessional, so that the communities can read what was',
          y: 798,
        },
        { text: 'said in their name.', y: 784 },
        { text: 'Thank you.', y: 740 },
      ],
    ]);
    const result = await extractPdf(bytes);
    expect(result.ok && result.text.split('\n\n')).toEqual([
      'Closing statement to the 2049 plenary (sample)',
      'Chair, colleagues,',
      'The review visits promised two years ago have still not taken place, and the reports of the two that did are not public. We ask, once more and in writing, that they are published before the next intersessional, so that the communities can read what was said in their name.',
      'Thank you.',
    ]);
  });

  it('reads two columns in order when a print header is centred above them and “1/1” stands far below at the right', async () => {
    // A one-page print: the browser's header (date left, the page's title centred) and footer (address left, "1/1"
    // right) on the only page, the masthead across the page, then two columns of five lines each.
    const left = [
      'Chair, delegates, we leave this plenary',
      'with one decision we welcome. The plenary',
      'agreed to publish production figures by',
      'quarter, as our members have long asked.',
      'But the certificate still says nothing of',
    ];
    const right = [
      'the people who dig, although every stone',
      'can be traced from the mine gate onwards.',
      'We ask the incoming chair to put their',
      'working conditions on every agenda, and',
      'to hear the diggers in person. Thank you.',
    ];
    const bytes = await makePdf([
      [
        { text: '12/2/85, 11:18 AM', x: 20, y: 825, size: 8 },
        { text: 'Field Notes No. 7 – Sample Valley Miners Network', x: 330, y: 825, size: 8 },
        { text: 'Field Notes', y: 780, size: 24 },
        { text: 'Closing statement to the 2085 Plenary (sample)', y: 740, size: 14 },
        ...left.map((text, i) => ({ text, x: 72, y: 700 - 14 * i, size: 10 })),
        ...right.map((text, i) => ({ text, x: 320, y: 700 - 14 * i, size: 10 })),
        { text: 'http://www.sample-valley.example/field-notes/7', x: 20, y: 20, size: 8 },
        { text: '1/1', x: 560, y: 20, size: 8 },
      ],
    ]);
    const result = await extractPdf(bytes);
    expect(result.ok && result.text.split('\n\n')).toEqual([
      'Field Notes',
      'Closing statement to the 2085 Plenary (sample)',
      [...left, ...right].join(' '),
    ]);
  });

  it('finds a sidebar beside the text when a print footer’s page number and a form button stand right, far below', async () => {
    // A blog post printed from a browser: "Recent posts" beside the heading and the first paragraph, a comment form's
    // button right of the middle and the browser's "1/1" at the foot, right: neither belongs to the sidebar.
    const sidebar = (y: number, text: string, size = 9): PdfLine => ({ text, x: 431, y, size });
    const bytes = await makePdf([
      [
        { text: 'Sample Mining Forum', y: 790, size: 12 },
        sidebar(760, 'Recent posts', 11),
        { text: 'Closing statement to the 2048 plenary', y: 745, size: 20 },
        sidebar(738, 'Field visit to the river diggings'),
        sidebar(727, 'Our annual report is out'),
        sidebar(704, 'Categories', 11),
        { text: 'As this plenary closes, we want to be brief and plain. The', y: 700 },
        sidebar(690, 'Statements (12)'),
        { text: 'communities we work with will not read the communiqué.', y: 686 },
        sidebar(679, 'News (40)'),
        {
          text: 'This week the plenary again postponed a decision on what counts as a conflict diamond.',
          y: 650,
        },
        { text: 'Leave a Reply', y: 400, size: 14 },
        { text: 'Comment *', y: 370 },
        { text: 'Post Comment', x: 369, y: 370, size: 10 },
        { text: '1/1', x: 540, y: 40, size: 8 },
      ],
    ]);
    const result = await extractPdf(bytes);
    const paragraphs = result.ok ? result.text.split('\n\n') : [];
    expect(paragraphs.slice(0, 3)).toEqual([
      'Sample Mining Forum',
      'Closing statement to the 2048 plenary',
      'As this plenary closes, we want to be brief and plain. The communities we work with will not read the communiqué.',
    ]);
    expect(paragraphs.slice(-6)).toEqual([
      'Recent posts',
      'Field visit to the river diggings',
      'Our annual report is out',
      'Categories',
      'Statements (12)',
      'News (40)',
    ]);
  });

  it('reads a sidebar printed beside the text after it, never inside a paragraph or the heading', async () => {
    // A blog post printed from a browser: a large heading wrapped beside a narrow "Recent posts" column, a body line
    // whose last word starts right of the sidebar's edge (a ligature splits the run), a paragraph below.
    const sidebar = (y: number, text: string, size = 9): PdfLine => ({ text, x: 405, y, size });
    const width = await helveticaWidth();
    const before = 'We close this week with one piece of good news and a long list of un';
    const bytes = await makePdf([
      [
        { text: 'Sample Watch Network', y: 790, size: 12 },
        sidebar(760, 'Recent Posts', 10.5),
        { text: '2037 Intersessional Maun –', y: 745, size: 22 },
        sidebar(740, '2037 Intersessional Maun – Opening'),
        sidebar(729, 'Remarks (sample)'),
        { text: 'Closing Remarks of the', y: 716, size: 22 },
        sidebar(714, 'Annual report 2036 (sample)'),
        { text: 'Coalition (sample)', y: 687, size: 22 },
        { text: 'Chairperson, colleagues,', y: 650 },
        { text: before, y: 620 },
        { text: 'finished', x: 72 + width(before, 11), y: 620 },
        {
          text: 'business. The working group on statistics agreed to publish the value of every exporting',
          y: 606,
        },
        { text: 'country’s rough production by region.', y: 592 },
        { text: 'Thank you.', y: 560 },
      ],
    ]);
    const result = await extractPdf(bytes);
    expect(result.ok && result.text.split('\n\n')).toEqual([
      'Sample Watch Network',
      '2037 Intersessional Maun – Closing Remarks of the Coalition (sample)',
      'Chairperson, colleagues,',
      'We close this week with one piece of good news and a long list of unfinished business. The working group on statistics agreed to publish the value of every exporting country’s rough production by region.',
      'Thank you.',
      'Recent Posts',
      '2037 Intersessional Maun – Opening',
      'Remarks (sample)',
      'Annual report 2036 (sample)',
    ]);
  });
});

describe('a web-mail message printed from its service’s print view', () => {
  // The print header, the service's name with the account right of it, the subject over "1 message", the sender;
  // then the statement's heading with its place and date on the next line, in the text's own type.
  const mail = [
    at(820, '12/2/26, 1:44 PM', { x: 24, size: 8 }),
    at(820, 'Sample Mail - Closing words, Gaborone', { x: 260, size: 8 }),
    at(795, 'Sample Mail', { x: 34, size: 10 }),
    at(795, 'Sample Person Dias <dias@sample-valley.example>', { x: 330, size: 10 }),
    at(772, 'Closing words, Gaborone', { x: 34, size: 12 }),
    at(760, '1 message', { x: 34, size: 8 }),
    at(740, 'Sample Office <office@sample-valley.example>', { x: 34, size: 10 }),
    at(700, 'Closing statement of the Sample Valley Diggers Union to the Kimberley Process', {
      x: 34,
      size: 10,
    }),
    at(689, 'Gaborone, 16 November 2095', { x: 34, size: 10 }),
    at(667, 'Madam Chair,', { x: 34, size: 10 }),
    at(645, 'The Sample Valley Diggers Union thanks the hosts for a week of open doors, and the', {
      x: 34,
      size: 10,
    }),
    at(634, 'delegations that came to the valley. This message is a fictional sample for a test.', {
      x: 34,
      size: 10,
    }),
    at(612, 'We ask the plenary to publish the prices paid at the licensed buying points, so that', {
      x: 34,
      size: 10,
    }),
    at(601, 'every digger can know what a stone is worth before selling it.', { x: 34, size: 10 }),
    at(20, 'http://mail.sample.example/mail/u/0/?view=pt', { x: 24, size: 8 }),
    at(20, '1/1', { x: 560, size: 8 }),
  ];

  it('reads the top block in place (no sidebar) and the place and date apart from the heading', async () => {
    const result = await extractPdf(await makePdf([mail]));
    expect(result.ok && result.text.split('\n\n')).toEqual([
      'Sample Mail Sample Person Dias <dias@sample-valley.example>',
      'Closing words, Gaborone',
      '1 message',
      'Sample Office <office@sample-valley.example>',
      'Closing statement of the Sample Valley Diggers Union to the Kimberley Process',
      'Gaborone, 16 November 2095',
      'Madam Chair,',
      'The Sample Valley Diggers Union thanks the hosts for a week of open doors, and the delegations that came to the valley. This message is a fictional sample for a test.',
      'We ask the plenary to publish the prices paid at the licensed buying points, so that every digger can know what a stone is worth before selling it.',
    ]);
  });
});
