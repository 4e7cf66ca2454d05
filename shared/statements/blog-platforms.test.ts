/**
 * Statements as blog platforms and news sites show them, in shapes the other layout tests do not have: a Blogger page
 * saved whole (its posts inside a "widget Blog" frame, the post's heading outside its body, the time stamp marked
 * with schema.org's datePublished), a post copied from a writing platform (subtitle, author, "Follow", "Listen",
 * the date, counters, the author's card and the platform's footer), an address with a box about its author under it,
 * a release and a news story naming their sender only as the subject of their first sentence. Fictional samples
 * written for this test (invented organisations, no real person, no real statement's text); the truth is what a
 * reader gives each line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REAL_LAYOUTS_DIR } from '../../testing/fixtures/real-layouts-truth';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import type { Statement } from './model';

// A Blogger page saved whole, and that page printed by Chromium (see testing/fixtures/README.md).
const BLOGGER_PAGE = readFileSync(
  new URL('alluvial-2036-closing-blogger-saved-page.html', REAL_LAYOUTS_DIR),
  'utf8',
);
const BLOGGER_PRINTED = new Uint8Array(
  readFileSync(new URL('alluvial-2036-closing-blogger-printed.pdf', REAL_LAYOUTS_DIR)),
);

const PLATFORM_COPY = `Sign in
Get started
Sample Highlands Mining Watch
Opening statement of the Sample Highlands Mining Watch to the 2037 Kimberley Process Plenary
What we asked the participants on the first morning in Maun
Sample Field Officer
Follow
6 min read
·
Nov 9, 2037
Listen
Share
Honourable Chair,
Distinguished participants and observers,
I speak this morning for the Sample Highlands Mining Watch and for the communities it works with on the upper plateau. This is an illustrative sample written for Plenary Diff.
Three years ago this plenary promised a fund to pay for the voices of small producers at its meetings; the fund still has no money in it, and the seats it was meant to fill are empty again this week.
We ask the participants to agree before Friday on who pays into that fund and how much, so that next year the people who dig the stones can speak for themselves.
We also ask that the review visit to the plateau, postponed twice, be given a date.
Thank you.
Kimberley Process
Plenary
Civil Society
128
2
Written by Sample Field Officer
214 Followers
·
Editor for Sample Highlands Mining Watch
Field notes from the plateau. A sample account made for Plenary Diff.
More from Sample Field Officer
Recommended from Medium
Help
Status
About
Careers
Blog
Privacy
Terms
Text to speech`;

const ADDRESS_WITH_AUTHOR_BOX = `Sample Cutters Council
Press
Address to the Kimberley Process Plenary
(Maun, Botswana) – November 6, 2038
Madam Chair, Participants and Observers of the Kimberley Process, distinguished guests, ladies and gentlemen.
Thank you for the chance to speak at the opening of this plenary. This is an illustrative sample written for Plenary Diff.
The council believes that this week will show whether the scheme can still change its own rules when the trade around it has changed.
Our members have asked for one thing above all: a warranty system that a buyer in a shop can understand.
We will put a proposal for it to the working group on Wednesday and we hope that every participant reads it before then.
Thank you.
About the author
The Sample Cutters Council speaks for cutting and polishing workshops in twelve countries. This note is a sample written for Plenary Diff.
Back to Press`;

const RELEASE_DATELINE_SENDER = `PRESS RELEASE
Scheme meeting ends without a date for the review of the eastern fields
GENEVA, 3 March 2051 — The Sample Lakes Rights Coalition said today that the intersessional meeting of the Kimberley Process had closed without fixing a date for the review visit it had promised to the eastern fields. This is an illustrative sample written for Plenary Diff.
“We were told in November that the visit would happen before the rains; we were told this week that it would happen when conditions allow,” the coalition’s coordinator said.
The coalition called on the chair to name a date before the plenary and to publish the terms of reference of the visit.
ENDS
For more information contact the press office.`;

const NEWS_STORY = `# Sample Trade Diamond News

[News](#) | [Markets](#) | [Analytics](#) | [Interviews](#)

date 2039-12-18 15 december 2039

## Council head urges plenary to finish the secretariat before the new cycle

At the close of the 2039 plenary session in Windhoek, the Sample Cutters Council welcomed the agreement on a host country for the permanent secretariat, according to a statement from the council.

Image credit: Sample Cutters Council

"A secretariat that exists only on paper helps no one. We now have a place; next we need the staff and the budget," the council's president told the closing session. This text is an illustrative sample written for Plenary Diff.

The council also said it would fund two places in the next training course for valuers from producing countries.

*Sample Writer, Editor of the Southern Bureau, Sample Trade Diamond News*

Share:
[Facebook](#) [Twitter](#) [LinkedIn](#)

### Read also

- [Council meets producers in Gaborone](#)
- [Prices steady after the plenary](#)`;

const WEEKLY_NEWS = `Sample Weekly Standard
Saturday, November 16, 2041
Diamond scheme meeting closes in Kasane
The annual meeting of the diamond certification scheme ended in Kasane on Thursday last week, according to a statement released by the Sample Basin Miners Alliance. This is an illustrative sample written for Plenary Diff.
The alliance said that several contentious issues had been left for the next chair, among them the funding of the secretariat.
It also welcomed the decision to send a review visit to two producing countries before June.
Related Articles
Trade body reports record exports
Miners' alliance elects new chair
Comments
Leave a Reply`;

const RELEASE_SPOKESPERSON = `News
Review visit to the eastern fields put off once more
NAIROBI, 14 June 2052 – “The participants have again put off the review visit they promised the eastern fields a year ago,” the coordinator of the Sample Rift Valley Diggers Network said at the close of the intersessional meeting. This is an illustrative sample written for Plenary Diff.
The network asked the chair to name a date before the plenary and to publish the terms of reference of the visit.
It also asked that the families of the eastern fields be heard by the visiting team, not only their chiefs.
-ENDS-`;

// A Ghost post as its theme shows it: the heading, the excerpt (a sentence the site wrote about the post), the author
// and the date with the reading time, then the post.
const GHOST_POST = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Closing statement to the 2053 Plenary in Kinshasa</title></head>
<body class="post-template"><div class="site"><header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Sample Congo Basin Monitor</a>
<nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/statements/">Statements</a></li></ul></nav></header>
<main id="site-main" class="site-main"><article class="article post tag-statements">
<header class="article-header gh-canvas">
<section class="article-tag"><a href="/tag/statements/">Statements</a></section>
<h1 class="article-title">Closing statement to the 2053 Plenary in Kinshasa</h1>
<p class="article-excerpt">What the monitor told the participants as the week ended, and what it asks of the incoming chair.</p>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/sample/">Sample Editor</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2053-11-20">20 Nov 2053</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div></div></div>
</header>
<section class="gh-content gh-canvas">
<p>Madam Chair,</p>
<p>Distinguished delegates,</p>
<p>Speaking for the Sample Congo Basin Monitor: this week the participants agreed to look again at the rules on the trade in rough stones across the river. This is an illustrative sample written for Plenary Diff.</p>
<p>We welcome that, but the look must include the diggers who carry the stones, who are searched and fined at every crossing.</p>
<p>We ask the incoming chair to visit the crossings before the intersessional meeting and to meet the diggers there.</p>
<p>Thank you.</p>
</section></article></main>
<footer class="site-footer"><p>Sample Congo Basin Monitor © 2053</p><p>Published with Ghost</p></footer></div></body></html>`;

// The same post copied from the browser as text: the excerpt stands over the author and the date.
/** The Ghost post's blocks, saved whole or copied as text: the excerpt, author and date are not among them. */
const GHOST_BLOCKS: ReadonlyArray<readonly [string, string]> = [
  ['title', 'Closing statement to the 2053 Plenary in'],
  ['salutation', 'Madam Chair,'],
  ['salutation', 'Distinguished delegates,'],
  ['body', 'Speaking for the Sample Congo Basin Moni'],
  ['body', 'We welcome that, but the look must inclu'],
  ['body', 'We ask the incoming chair to visit the c'],
  ['signature', 'Thank you.'],
];

const GHOST_COPY = `Sample Congo Basin Monitor
Home
Statements
Statements
Closing statement to the 2053 Plenary in Kinshasa
What the monitor told the participants as the week ended, and what it asks of the incoming chair.
Sample Editor
20 Nov 2053 • 3 min read
Madam Chair,
Distinguished delegates,
Speaking for the Sample Congo Basin Monitor: this week the participants agreed to look again at the rules on the trade in rough stones across the river. This is an illustrative sample written for Plenary Diff.
We welcome that, but the look must include the diggers who carry the stones, who are searched and fined at every crossing.
We ask the incoming chair to visit the crossings before the intersessional meeting and to meet the diggers there.
Thank you.
Published with Ghost`;

const imported = importedStatement;

/** What a reader gives each file: every block that is not furniture (role, first 40 characters) and the metadata. */
const TRUTH: ReadonlyArray<
  readonly [name: string, text: string, blocks: ReadonlyArray<readonly [string, string]>, metadata: object]
> = [
  [
    // Blogger: the post inside "widget Blog", its heading ("post-title") outside its body, its time stamp.
    'blogger-post.html',
    BLOGGER_PAGE,
    [
      ['title', 'Closing statement to the 2036 Plenary in'],
      ['title', '2036-11-14'],
      ['salutation', 'Madam Chair,'],
      ['salutation', 'Distinguished delegates,'],
      ['body', 'Speaking for the Sample Alluvial Voices '],
      ['body', 'The decision to publish the peer review '],
      ['body', 'Yet the week gave no hour to the diggers'],
      ['body', 'We will bring their accounts to the inte'],
      ['signature', 'Thank you.'],
    ],
    {
      date: '2036-11-14',
      city: 'Kasane',
      meeting: 'plenary',
      kind: 'closing',
      organisation: 'Sample Alluvial Voices Network',
    },
  ],
  [
    // A writing platform: the header's lines, the topic tags over the counters, the counters and the author's card
    // are furniture; the date dates it; no one signs it.
    'platform-copy.txt',
    PLATFORM_COPY,
    [
      ['title', 'Opening statement of the Sample Highland'],
      ['title', 'Nov 9, 2037'],
      ['salutation', 'Honourable Chair,'],
      ['salutation', 'Distinguished participants and observers'],
      ['body', 'I speak this morning for the Sample High'],
      ['body', 'Three years ago this plenary promised a '],
      ['body', 'We ask the participants to agree before '],
      ['body', 'We also ask that the review visit to the'],
      ['signature', 'Thank you.'],
    ],
    {
      date: '2037-11-09',
      meeting: 'plenary',
      kind: 'opening',
      organisation: 'Sample Highlands Mining Watch',
      speaker: null,
    },
  ],
  [
    // A box "About the author" under the address ends it, with its bio.
    'address-author-box.txt',
    ADDRESS_WITH_AUTHOR_BOX,
    [
      ['title', 'Address to the Kimberley Process Plenary'],
      ['title', '(Maun, Botswana) – November 6, 2038'],
      ['salutation', 'Madam Chair, Participants and Observers '],
      ['body', 'Thank you for the chance to speak at the'],
      ['body', 'The council believes that this week will'],
      ['body', 'Our members have asked for one thing abo'],
      ['body', 'We will put a proposal for it to the wor'],
      ['signature', 'Thank you.'],
    ],
    { date: '2038-11-06', city: 'Maun', organisation: 'Sample Cutters Council' },
  ],
  [
    // The sender only as the subject of the dateline paragraph: "GENEVA, 3 March 2051 — The … Coalition said today".
    'release.txt',
    RELEASE_DATELINE_SENDER,
    [
      ['title', 'Scheme meeting ends without a date for t'],
      ['body', 'GENEVA, 3 March 2051 — The Sample Lakes '],
      ['body', '“We were told in November that the visit'],
      ['body', 'The coalition called on the chair to nam'],
    ],
    { kind: 'press', date: '2051-03-03', city: 'Geneva', organisation: 'Sample Lakes Rights Coalition' },
  ],
  [
    // The sender as the subject after a phrase of time and place: "At the close of …, the … Council welcomed".
    // (The writer's credit after the story reads as its signature.)
    'news-story.md',
    NEWS_STORY,
    [
      ['title', 'Council head urges plenary to finish the'],
      ['body', 'At the close of the 2039 plenary session'],
      ['body', '"A secretariat that exists only on paper'],
      ['body', 'The council also said it would fund two '],
      ['signature', 'Sample Writer, Editor of the Southern Bu'],
    ],
    { city: 'Windhoek', organisation: 'Sample Cutters Council' },
  ],
  [
    // A weekly's news story: the weekday before the page's date is no place, and the sender is the one whose
    // statement the story reports ("according to a statement released by the Sample Basin Miners Alliance"). The
    // page's date above the headline is the day it was published: the story says the meeting ended "on Thursday last
    // week", so it gives the year only.
    'weekly-news.txt',
    WEEKLY_NEWS,
    [
      ['title', 'Diamond scheme meeting closes in Kasane'],
      ['body', 'The annual meeting of the diamond certif'],
      ['body', 'The alliance said that several contentio'],
      ['body', 'It also welcomed the decision to send a '],
    ],
    {
      year: 2041,
      date: null,
      // The meeting ended in Kasane (a meeting place: its country is known).
      city: 'Kasane',
      country: 'Botswana',
      meeting: 'plenary',
      organisation: 'Sample Basin Miners Alliance',
    },
  ],
  [
    // A release whose first sentence names its sender as whose coordinator spoke: "…,” the coordinator of the … said".
    'release-spokesperson.txt',
    RELEASE_SPOKESPERSON,
    [
      ['title', 'Review visit to the eastern fields put o'],
      ['body', 'NAIROBI, 14 June 2052 – “The participant'],
      ['body', 'The network asked the chair to name a da'],
      ['body', 'It also asked that the families of the e'],
    ],
    {
      kind: 'press',
      date: '2052-06-14',
      city: 'Nairobi',
      organisation: 'Sample Rift Valley Diggers Network',
    },
  ],
  [
    // Ghost: the excerpt under the heading, over the author and the date, is the site's sentence about the post.
    'ghost-post.html',
    GHOST_POST,
    GHOST_BLOCKS,
    {
      year: 2053,
      city: 'Kinshasa',
      meeting: 'plenary',
      kind: 'closing',
      organisation: 'Sample Congo Basin Monitor',
    },
  ],
  [
    // The Ghost post copied as text: the sentence over the author and the date is the excerpt, not speech.
    'ghost-copy.txt',
    GHOST_COPY,
    GHOST_BLOCKS,
    { year: 2053, city: 'Kinshasa', kind: 'closing', organisation: 'Sample Congo Basin Monitor' },
  ],
];

describe('blog platforms and news sites', () => {
  it.each(TRUTH)(
    '%s: every block that is not furniture and the metadata',
    async (name, text, blocks, metadata) => {
      const s = await imported(name, text);
      expect(
        s.blocks.filter((b) => b.role !== 'boilerplate').map((b) => [b.role, b.text.slice(0, 40)]),
      ).toEqual(blocks);
      expect(s.metadata).toMatchObject(metadata);
    },
  );

  it('the Blogger page printed by a browser reads as the saved page does; its footer, share bar, labels, comments and sidebar are furniture', async () => {
    const printed = await imported('blogger-printed.pdf', BLOGGER_PRINTED);
    const saved = await imported('blogger-post.html', BLOGGER_PAGE);
    const kept = (s: Statement) =>
      s.blocks
        .filter((b) => b.role !== 'boilerplate' && !/^\d{4}-\d{2}-\d{2}$/.test(b.text))
        .map((b) => [b.role, b.text]);
    expect(kept(printed)).toEqual(kept(saved));
    expect(printed.blocks.map((b) => b.text)).toEqual(
      expect.arrayContaining(['Email ThisBlogThis!Share to XShare to Facebook', 'Labels: Kasane, plenary']),
    );
    expect(printed.metadata).toMatchObject(saved.metadata);
  });

  it('a Blogger page: the post footer, comments, pager and sidebar are not read at all', async () => {
    const text = (await imported('blogger-post.html', BLOGGER_PAGE)).blocks.map((b) => b.text).join('\n');
    for (const furniture of [
      'Posted by',
      'No comments',
      'Post a Comment',
      'Older Post',
      'Blog Archive',
      'About the network',
    ])
      expect(text).not.toContain(furniture);
  });

  it("a writing platform's header and the author's card are kept as furniture", async () => {
    const s = await imported('platform-copy.txt', PLATFORM_COPY);
    const role = (text: string) => s.blocks.find((b) => b.text === text)?.role;
    for (const furniture of [
      'What we asked the participants on the first morning in Maun',
      'Sample Field Officer',
      'Follow',
      '·',
      'Listen',
      '128',
      'Written by Sample Field Officer',
      '214 Followers',
      'Field notes from the plateau. A sample account made for Plenary Diff.',
    ])
      expect([furniture, role(furniture)]).toEqual([furniture, 'boilerplate']);
  });

  it('topic tags that end a post with no counter under them are furniture; a name over a short sender is a signature', async () => {
    const speech = `Opening remarks to the Sample Plenary

Madam Chair,

The Sample Lakes Network speaks for the diggers of the northern shore. A fictional sample for Plenary Diff.

We ask the plenary to publish its statistics by mine site from next year.

Thank you.`;
    const tagged = await imported(
      'tagged.txt',
      `${speech}\n\nKimberley Process\nArtisanal Mining\nCivil Society\n`,
    );
    expect(tagged.blocks.slice(-3).map((b) => b.role)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
    expect(tagged.metadata.speaker).toBeNull();
    // Two lines that could be a person and a two-word sender stay the signature, though one names diamonds.
    const signed = await imported('signed.txt', `${speech}\n\nSample Person Banda\nDiamond Watch\n`);
    expect(signed.blocks.slice(-2).map((b) => b.role)).toEqual(['signature', 'signature']);
    expect(signed.metadata.speaker).toBe('Sample Person Banda');
  });
});
