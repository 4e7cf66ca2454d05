/**
 * A statement copied from a campaign site's blog, top to bottom: the site's name (which carries a word an address
 * also uses, "Observers"), its menu, the post's category, the headline, the meta and share bars, the addresses, the
 * speech, the signature, and the tags, related posts and footer. A fictional sample written for this test (no real
 * statement's text); the truth is what a reader gives each line.
 */
import { describe, expect, it } from 'vitest';
import { importLabelledPage as readAs } from '../../testing/fixtures/labelled-page';

describe('a statement copied from a campaign site’s blog', () => {
  it('takes the site’s name for furniture, not an address, and finds the headline under the post’s category', async () => {
    const statement = await readAs('blog-copy.txt', [
      ['boilerplate', 'Skip to content'],
      ['boilerplate', 'Sample Observers Network'],
      ['boilerplate', 'Home About Our work News Contact'],
      ['boilerplate', 'Search …'],
      ['boilerplate', 'News'],
      [
        'title',
        'SAMPLE — Closing statement of the Sample Civil Society Coalition to the Kimberley Process Plenary, Sampleton 2054',
      ],
      ['boilerplate', 'Posted on 14 November 2054 by webteam · 4 min read'],
      ['boilerplate', 'Share this: Facebook X LinkedIn Email'],
      ['salutation', 'Madam Chair,'],
      ['salutation', 'Distinguished delegates,'],
      ['salutation', 'Colleagues from industry and from affected communities,'],
      [
        'body',
        'Sample text. This week closes a year in which the trade again told the world that its supply chains are clean, and in which the communities beside the mines again told us another story.',
      ],
      [
        'body',
        'We ask again for a permanent secretariat, funded by all participants, so that what one plenary promises is not forgotten by the next.',
      ],
      ['signature', 'Thank you.'],
      ['signature', 'Sample Civil Society Coalition'],
      ['signature', '14 November 2054'],
      ['boilerplate', 'Tags: Kimberley Process, plenary, civil society'],
      ['boilerplate', 'Related posts'],
      ['boilerplate', 'Opening statement to the 2054 Plenary'],
      ['boilerplate', 'Leave a comment'],
      ['boilerplate', '© 2054 Sample Observers Network · Privacy policy · Cookie settings'],
    ]);
    expect(statement.title).toBe(
      'SAMPLE — Closing statement of the Sample Civil Society Coalition to the Kimberley Process Plenary, Sampleton 2054',
    );
    expect(statement.metadata).toMatchObject({
      year: 2054,
      date: '2054-11-14',
      meeting: 'plenary',
      kind: 'closing',
    });
  });
});
