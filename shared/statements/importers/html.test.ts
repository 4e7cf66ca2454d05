import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_FURNITURE, wordpressPage } from '../../../testing/fixtures/wordpress-page';
import { extractHtml, htmlToText } from './html';

const reference = readFileSync(
  new URL('../../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
  'utf8',
);
const [title, ...paragraphs] = reference
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean) as [string, ...string[]];
// A page keeps the post's own text; the comment prompt of the text file is the page's comment form there.
const postParagraphs = paragraphs.filter((p) => !/^(Leave a Comment|Your email address)/.test(p));

const encode = (html: string) => new TextEncoder().encode(html);

describe('extractHtml', () => {
  it('extracts exactly the statement from a saved WordPress page, title first', () => {
    const result = extractHtml(encode(wordpressPage(title, postParagraphs)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.split('\n\n')).toEqual([title, ...postParagraphs]);
    for (const furniture of SITE_FURNITURE) expect(result.text).not.toContain(furniture);
  });

  it('finds the title outside the article when the theme puts it in the page header', () => {
    const result = extractHtml(encode(wordpressPage(title, postParagraphs, { titleInArticle: false })));
    expect(result.ok && result.text.split('\n\n')).toEqual([title, ...postParagraphs]);
  });

  it('decodes entities, turns <br> into a line break and block elements into paragraphs', () => {
    const text = htmlToText(
      '<body><main><h2>Remarks &amp; replies</h2><p>Shamiso&nbsp;Mtisi<br>Coordinator &ndash; KP&#160;CSC</p><ul><li>one</li><li>two <b>bold</b> <a href="javascript:alert(1)">link</a></li></ul><div>Plain&hellip; &lt;script&gt;</div></main></body>',
    );
    expect(text).toBe(
      'Remarks & replies\n\nShamiso Mtisi\nCoordinator – KP CSC\n\none\n\ntwo bold link\n\nPlain… <script>',
    );
  });

  it('drops hidden elements, scripts and comments, and executes nothing', () => {
    const text = htmlToText(
      '<body><p>Visible</p><p hidden>Hidden</p><p style="display: none">None</p><p aria-hidden="true">Aria</p><!-- a comment --><script>throw new Error("ran")</script><img src=x onerror="throw 1"><p>End</p></body>',
    );
    expect(text).toBe('Visible\n\nEnd');
  });

  it("drops a picture's caption with the picture, and keeps a quote set in a figure", () => {
    const text = htmlToText(
      '<body><article><h1>Closing speech, 2045 Plenary (sample)</h1><figure><img src="hall.jpg" alt="The hall"><figcaption>Delegates in the plenary hall on the last day of the meeting. Photo: Sample Network</figcaption></figure><p>Chair,</p><figure><blockquote><p>We leave without an agreement on the definition.</p></blockquote><figcaption>From the closing speech</figcaption></figure><p>Sample text of the speech.</p></article></body>',
    );
    expect(text).toBe(
      'Closing speech, 2045 Plenary (sample)\n\nChair,\n\nWe leave without an agreement on the definition.\n\nSample text of the speech.',
    );
  });

  it('uses the <title> without the site name when the page has no heading, the site above it as a letterhead', () => {
    const html =
      '<html><head><title>Closing Statement, Gaborone | KP CSC</title></head><body><div class="entry-content"><p>The body of the statement.</p></div></body></html>';
    expect(htmlToText(html)).toBe('KP CSC\n\nClosing Statement, Gaborone\n\nThe body of the statement.');
  });

  it('gives the site’s name above the heading when the text names no organisation, never when it does', () => {
    const page = (title: string, heading: string, paragraphs: readonly string[]) =>
      `<html><head><title>${title}</title></head><body><header><div class="logo">Logo</div></header><article><h1>${heading}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const speech = [
      'Chair, colleagues,',
      'We leave this plenary with little to show for a long week (sample).',
    ];
    // The site's name follows the heading in <title>: a letterhead line, from which the organisation is read.
    expect(
      htmlToText(page('Closing remarks 2048 – Sample Mining Forum', 'Closing remarks 2048', speech))?.split(
        '\n\n',
      ),
    ).toEqual(['Sample Mining Forum', 'Closing remarks 2048', ...speech]);
    // A text signed by its organisation needs none; nor does a <title> that is not the heading and a suffix.
    const signed = [...speech, 'Sample Rivers Network'];
    expect(
      htmlToText(page('Closing remarks 2048 – Sample Mining Forum', 'Closing remarks 2048', signed)),
    ).toBe(['Closing remarks 2048', ...signed].join('\n\n'));
    expect(htmlToText(page('Sample Mining Forum – News', 'Closing remarks 2048', speech))).toBe(
      ['Closing remarks 2048', ...speech].join('\n\n'),
    );
  });

  it('dates a post by its meta bar written in words when no <time> says the day, the bar’s other parts left', () => {
    const html =
      '<body><article><h1>Closing remarks 2048 (sample)</h1><p class="entry-meta">Posted on 18 November 2048 by admin · Statements · Leave a comment</p><p>Chair, colleagues,</p><p>We leave this plenary with little to show for a long week.</p></article></body>';
    expect(htmlToText(html)?.split('\n\n').slice(0, 3)).toEqual([
      'Closing remarks 2048 (sample)',
      'Posted on 18 November 2048 by admin',
      'Chair, colleagues,',
    ]);
    // "Published" in a sentence of the speech is no meta bar.
    const spoken =
      '<body><article><h1>Closing remarks 2048 (sample)</h1><p>Published figures from 18 November 2048 show little change, and we regret it.</p></article></body>';
    expect(htmlToText(spoken)?.split('\n\n')).toHaveLength(2);
  });

  it('leaves out the post’s day when the statement opens on its own place and date, and keeps it otherwise', () => {
    const post = (opening: string) =>
      `<head><meta property="article:published_time" content="2096-11-19T08:02:11+00:00"></head><body><article><h1>Closing statement to the Windhoek Plenary (sample)</h1><div class="entry-meta">Posted on <time datetime="2096-11-19T08:02:11+00:00">19 November 2096</time></div><p>${opening}</p><p>Madam Chair,</p><p>We close this week with more questions than we brought.</p></article></body>`;
    expect(htmlToText(post('Windhoek, 17 November 2096'))?.split('\n\n').slice(0, 2)).toEqual([
      'Closing statement to the Windhoek Plenary (sample)',
      'Windhoek, 17 November 2096',
    ]);
    expect(htmlToText(post('Distinguished delegates,'))?.split('\n\n').slice(0, 2)).toEqual([
      'Closing statement to the Windhoek Plenary (sample)',
      '19 November 2096',
    ]);
  });

  it('reads a document published from a word processor: its text only, and no file name for a heading', () => {
    const html =
      '<html><head><title>statement final v2 (sample)</title></head><body><div id="banners"><div id="publish-banner"><span>Published using Google Docs</span><a href="#">Report abuse</a></div><div id="title-banner">statement final v2 (sample)</div></div><div id="contents"><div class="doc-content"><p class="c3 title"><span>Sample Highlands Mining Coalition</span></p><p class="c3"><span>Statement to the Intersessional Meeting</span></p><p class="c3"><span>Chairperson, delegates,</span></p><p class="c3"><span>We meet halfway between two plenaries.</span></p></div></div><div id="footer">Published by Google Drive – Report abuse</div></body></html>';
    expect(htmlToText(html)?.split('\n\n')).toEqual([
      'Sample Highlands Mining Coalition',
      'Statement to the Intersessional Meeting',
      'Chairperson, delegates,',
      'We meet halfway between two plenaries.',
    ]);
  });

  it('dates an article by its byline’s day when the byline, dropped with the furniture, has no <time>', () => {
    const html =
      '<body><article><h1>Civil society closes the 2081 plenary (sample)</h1><p class="byline">By Sample Staff Writer · 27 November 2081 · 6 min read</p><p>Chair, colleagues,</p><p>We leave this plenary with a register still to build.</p></article></body>';
    expect(htmlToText(html)?.split('\n\n').slice(0, 3)).toEqual([
      'Civil society closes the 2081 plenary (sample)',
      '27 November 2081',
      'Chair, colleagues,',
    ]);
    // A paragraph of the article that names a day is not its byline.
    const spoken =
      '<body><article><h1>Civil society closes the 2081 plenary (sample)</h1><p class="lead">By 27 November 2081 the register was still not built.</p></article></body>';
    expect(htmlToText(spoken)?.split('\n\n')).toHaveLength(2);
  });

  it('reads markup nested hundreds deep, and refuses absurd nesting quickly instead of hanging', () => {
    expect(htmlToText(`${'<div>'.repeat(900)}<p>Deep text${'<span>'.repeat(50)}`)).toBe('Deep text');
    const started = Date.now();
    expect(extractHtml(encode(`${'<div>'.repeat(1_000_000)}<p>Deep text`))).toEqual({
      ok: false,
      code: 'corrupt',
      reason: 'the page is malformed (elements nested over 1,000 deep)',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a page with no statement text', () => {
    const page = wordpressPage('', []).replace(/<h1 class="entry-title"><\/h1>/, '');
    expect(extractHtml(encode(page))).toEqual({
      ok: false,
      code: 'no-statement-text',
      reason: 'no statement text in the page',
    });
    expect(
      extractHtml(encode('<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>')),
    ).toMatchObject({
      ok: false,
      code: 'no-statement-text',
    });
  });

  it('refuses binary data behind an .html extension', () => {
    expect(extractHtml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]))).toMatchObject({
      ok: false,
      code: 'binary',
    });
  });

  it('reads a Windows-1252 page', () => {
    const bytes = new Uint8Array([
      ...encode('<p>We don'),
      0x92,
      ...encode('t agree '),
      0x97,
      ...encode(' at all.</p>'),
    ]);
    expect(extractHtml(bytes)).toEqual({ ok: true, text: 'We don’t agree — at all.' });
  });
});
