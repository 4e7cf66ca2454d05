/**
 * A statement posted on a social network and copied as text, top to bottom: the author's name, its followers and
 * the post's age, the post's lead-in, the speech, then its hashtags, reactions and buttons. A fictional sample
 * written for this test (no real statement's text, no real person); the truth is what a reader gives each line.
 */
import { describe, expect, it } from 'vitest';
import { importLabelledPage as readAs } from '../../testing/fixtures/labelled-page';
import { postDayIn } from './months';
import { isBoilerplate } from './residue';

describe('a statement copied from a social network’s post', () => {
  it('leaves the post’s byline, age, hashtags, reactions and buttons out, and titles it by its lead-in', async () => {
    const statement = await readAs('post.txt', [
      ['boilerplate', 'Sample Coalition for Fair Stones'],
      ['boilerplate', '1,284 followers'],
      ['boilerplate', '2d • Edited •'],
      ['boilerplate', 'SAMPLE. This is an illustrative sample written for testing, not a real statement.'],
      [
        'title',
        'Our closing statement at the Sample Plenary in Port Averly, 14 November 2062, as delivered by our coordinator. Full text below 👇',
      ],
      ['salutation', 'Chair, distinguished delegates, colleagues from industry and government,'],
      [
        'body',
        'This week we came with three requests. We asked that the definition of conflict diamonds finally reach beyond rebel movements, and that the communities beside the mines be heard in this room. Neither has been granted.',
      ],
      [
        'body',
        'Transparency that stops at the border of the mine site is not enough. The certificate travels with the parcel; the story of the people who dug it does not.',
      ],
      ['signature', 'Thank you.'],
      ['boilerplate', '#diamonds #humanrights #supplychains'],
      ['boilerplate', '👍❤️ 87 · 12 comments · 9 reposts'],
      ['boilerplate', 'Like Comment Repost Send'],
    ]);
    expect(statement.metadata).toMatchObject({
      year: 2062,
      date: '2062-11-14',
      city: 'Port Averly',
      meeting: 'plenary',
      kind: 'closing',
      organisation: 'Sample Coalition for Fair Stones',
      speaker: null,
    });
  });

  it('tells a post’s furniture from speech that looks like it', () => {
    const furniture = [
      '3h • 🌐',
      '5 days ago',
      '1w · Edited',
      '#KimberleyProcess',
      '👍 1,204',
      'Sample Writer and 86 others',
      '42 likes · 7 shares',
      'Like · Reply',
      'See translation',
      'See original',
      'Rate this translation',
      'Translated from French',
      'Voir la traduction',
    ];
    const speech = [
      'Two days ago the plenary closed without a decision.',
      'We like the idea of a secretariat, and we will reply in writing.',
      'The #1 priority is the definition.',
      'Send the review mission back to the eastern provinces.',
      'See the translation we sent you.',
      'Translated from French by our members, the statement follows.',
    ];
    // Every line of furniture told, no line of speech taken (the lists say which failed).
    expect(furniture.filter((line) => !isBoilerplate(line))).toEqual([]);
    expect(speech.filter((line) => isBoilerplate(line))).toEqual([]);
  });

  it('reads a post’s day stamped without a year in the year its heading names, and nothing else as one', () => {
    expect(postDayIn('21 November at 18:40 ·', 2085)).toBe('2085-11-21');
    expect(postDayIn('November 21 at 6:40 PM · 🌐', 2085)).toBe('2085-11-21');
    expect(postDayIn('Nov 3', 2085)).toBe('2085-11-03');
    expect(postDayIn('3 nov. à 18h40', 2085)).toBe('2085-11-03');
    for (const line of [
      '31 November at 18:40',
      'November 21, 2084',
      '21 November was a long day',
      '1d',
      '2 Chair',
    ])
      expect(postDayIn(line, 2085), line).toBeNull();
  });
});
