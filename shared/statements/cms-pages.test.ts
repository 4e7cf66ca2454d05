/**
 * Saved pages of two content systems that sites of the trade and of the scheme use: an item page with its date,
 * toolbar (print, e-mail, text size), share buttons, "More in this category" and related items, its class names
 * in camelCase ("itemToolbar"); and a news node whose fields show as a label over a value ("News type:" over
 * "News article"). Fictional samples written for this test; the truth is what a reader gives each line.
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';

const ITEM_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sample Council President’s closing speech – KP Plenary Lisbon</title></head>
<body>
<div id="header"><div class="logo">Sample Industry Council</div><ul class="menu"><li>Home</li><li>About</li><li>News</li><li>Contact</li></ul></div>
<div id="wrapper"><div id="main">
<div id="k2Container" class="itemView">
  <div class="itemHeader"><span class="itemDateCreated">14 December 2031</span>
  <h2 class="itemTitle">Sample Council President’s closing speech – KP Plenary Lisbon</h2></div>
  <div class="itemToolbar"><ul><li><a class="itemPrintLink">Print</a></li><li><a class="itemEmailLink">Email</a></li><li><span class="itemTextResizerTitle">font size</span> <a>decrease font size</a> <a>increase font size</a></li></ul></div>
  <div class="itemBody">
    <div class="itemFullText">
      <p>LISBON, PORTUGAL, November 14, 2031 - Honorable Guests, Ladies and Gentlemen,</p>
      <p>Dear Participants, on behalf of the council I would like to thank everyone for the spirit of collaboration this week, and the Chair of the scheme for leading such open discussions. Sample text.</p>
      <p>We spoke openly this week about the parts of the scheme most in need of reform, and I am pleased that we agreed on the way forward.</p>
      <p>Thank you.</p>
    </div>
  </div>
  <div class="itemSocialSharing"><div class="itemTwitterButton">Tweet</div><div class="itemFacebookButton">Like</div></div>
  <div class="itemNavigation"><span class="itemNavigationTitle">More in this category:</span> <a class="itemPrevious">« WDC President’s opening speech</a> <a class="itemNext">Statement on the review »</a></div>
  <div class="itemRelated"><h3>Related items</h3><ul><li>Opening remarks 2030</li><li>Closing remarks 2030</li></ul></div>
</div>
</div>
<div id="sidebar"><div class="moduletable"><h3>Latest News</h3><ul><li>Council welcomes decision</li><li>Members meet in Antwerp</li></ul></div></div>
</div>
<div id="footer">© 2031 Sample Industry Council. All rights reserved.</div>
<p>This is an illustrative sample written for Plenary Diff; it is not an authentic statement.</p>
</body></html>
`;

const NEWS_NODE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sample — Coalition meets the chair | Sample Certification Scheme</title></head>
<body>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header role="banner"><div class="site-name">Sample Certification Scheme</div><nav role="navigation"><ul><li>Home</li><li>About</li><li>Documents</li><li>News</li></ul></nav></header>
<div class="breadcrumb"><a>Home</a> » <a>News</a> » Coalition meets the chair</div>
<main role="main"><a id="main-content"></a>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div class="node node-news-item">
<h1 class="page-title">Sample — Coalition meets the chair</h1>
<div class="field field-name-field-news-type"><div class="field-label">News type:&nbsp;</div><div class="field-items">News article</div></div>
<div class="field field-name-body"><div class="field-items"><div class="field-item even">
<p>On the last day of their coordination meeting, the sample coalition discussed with the chair of the scheme ways of strengthening diamond governance through better implementation. Sample text.</p>
<p>“The coalition plays a critical role – without it there would be no scheme today,” the chair said.</p>
<p>This is an illustrative sample written for Plenary Diff; it is not an authentic statement.</p>
</div></div></div>
<div class="field field-name-field-publication-date"><div class="field-label">Publication date:&nbsp;</div><div class="field-items"><span class="date-display-single">23 February 2031</span></div></div>
</div></div></div></main>
<footer><div class="region-footer">Sample Certification Scheme · Contact · Privacy policy</div></footer>
</body></html>
`;

const FIELD_NODE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sample — Delta network’s remarks to the 2037 Plenary in Maun | Okavango Gem Justice Network</title></head>
<body class="path-node page-node-type-article">
<header role="banner" class="site-header"><div class="site-branding">Okavango Gem Justice Network</div></header>
<main role="main"><div class="layout-content">
<article class="node node--type-article node--view-mode-full">
<div class="node__content">
<div class="field field--name-field-when field--type-datetime field--label-above"><div class="field__label">When</div><div class="field__item"><time datetime="2037-11-09T09:00:00Z">Monday, 9 November 2037</time></div></div>
<div class="field field--name-field-kind field--type-entity-reference field--label-inline"><div class="field__label">Type</div><div class="field__item">Remarks</div></div>
<div class="field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>Chair, delegates,</p>
<p>Sample text. The network has brought to this plenary the findings of its monitors in the delta, where buying offices still pay diggers in cash and keep no record of the parcels they buy.</p>
<p>We ask the working group on monitoring to visit the delta before the next intersessional meeting, and to meet the diggers’ own associations when it does.</p>
<p>Thank you.</p>
<p>This is an illustrative sample written for Plenary Diff; it is not an authentic statement.</p>
</div>
<div class="field field--name-field-topics field--type-entity-reference field--label-above"><div class="field__label">Topics</div><div class="field__items"><div class="field__item"><a href="/t/1">Monitoring</a></div><div class="field__item"><a href="/t/2">Artisanal mining</a></div></div></div>
</div></article>
</div></main>
</body></html>
`;

const imported = importedStatement;

describe('saved pages of content systems', () => {
  it('an item page: the toolbar, share buttons and links to other items are furniture; the dateline opening the address dates the speech', async () => {
    const s = await imported('item-page.html', ITEM_PAGE);
    expect(
      s.blocks.filter((b) => b.role !== 'boilerplate').map((b) => [b.role, b.text.slice(0, 40)]),
    ).toEqual([
      ['title', 'Sample Council President’s closing speec'],
      ['salutation', 'LISBON, PORTUGAL, November 14, 2031 - Ho'],
      ['body', 'Dear Participants, on behalf of the coun'],
      ['body', 'We spoke openly this week about the part'],
      ['signature', 'Thank you.'],
    ]);
    expect(s.metadata).toMatchObject({
      date: '2031-11-14',
      city: 'Lisbon',
      meeting: 'plenary',
      kind: 'closing',
    });
  });

  it('a news node: a field shown as a label over its value is furniture, and the heading stays the title', async () => {
    const s = await imported('news-node.html', NEWS_NODE);
    expect(s.title).toBe('Sample — Coalition meets the chair');
    expect(s.blocks.filter((b) => b.role === 'body').map((b) => b.text.slice(0, 30))).toEqual([
      'On the last day of their coord',
      '“The coalition plays a critica',
    ]);
    expect(s.metadata.date).toBe('2031-02-23');
  });

  it('a node whose fields show a label with no colon over their values: each field is one furniture line, the date still dates it', async () => {
    const s = await imported('field-node.html', FIELD_NODE);
    expect(s.title).toBe('Sample — Delta network’s remarks to the 2037 Plenary in Maun');
    expect(
      s.blocks.filter((b) => b.role !== 'boilerplate').map((b) => [b.role, b.text.slice(0, 30)]),
    ).toEqual([
      ['title', 'Sample — Delta network’s remar'],
      ['salutation', 'Chair, delegates,'],
      ['body', 'Sample text. The network has b'],
      ['body', 'We ask the working group on mo'],
      ['signature', 'Thank you.'],
    ]);
    expect(s.blocks.filter((b) => b.role === 'boilerplate').map((b) => b.text)).toEqual(
      expect.arrayContaining(['Type: Remarks', 'Topics: Monitoring, Artisanal mining']),
    );
    expect(s.metadata).toMatchObject({ date: '2037-11-09', city: 'Maun', meeting: 'plenary' });
  });
});
