/**
 * A thread of posts copied as text (fictional samples): each post's number ("2/5") is the platform's, the author's
 * name over its handle and the post's day are its byline, and "Show more replies" ends the thread.
 */
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from './model';
import { segment } from './segment';
import { threadCountersApart } from './threads';

const post = (text: string) => [
  'Sample Rift Diggers Forum',
  '@SampleRiftDiggers',
  '·',
  'Mar 4',
  text,
  '3',
  '17',
];

describe('threads copied as text', () => {
  it('reads the posts as the speech, their numbers and bylines as furniture', () => {
    const blocks = segment(
      [
        'Sample Rift Diggers Forum',
        '@SampleRiftDiggers',
        'Our statement to the Kimberley Process intersessional meeting today 🧵 1/4',
        ...post(
          'Madam Chair, we came to ask for one thing: that the diggers be heard. A fictional sample. 2/4',
        ),
        ...post('The licences cost more each year while the price paid at the pit falls. 3/4'),
        ...post('Thank you.\nSample Person Achieng, chairperson 4/4'),
        'Show more replies',
        'Trending now',
      ].join('\n'),
    );
    expect(blocks.find((b) => b.role === 'title')?.text).toBe(
      'Our statement to the Kimberley Process intersessional meeting today',
    );
    expect(bodyBlocks({ blocks }).map((b) => b.text)).toEqual([
      'Madam Chair, we came to ask for one thing: that the diggers be heard. A fictional sample.',
      'The licences cost more each year while the price paid at the pit falls.',
    ]);
    expect(blocks.filter((b) => b.role === 'signature').map((b) => b.text)).toEqual([
      'Thank you.',
      'Sample Person Achieng, chairperson',
    ]);
  });

  it('moves a number that opens its post to a line before it', () => {
    expect(threadCountersApart('1/3 We open.\n2/3 We ask.\n3/3 We close.')).toBe(
      '1/3\nWe open.\n2/3\nWe ask.\n3/3\nWe close.',
    );
  });

  it('leaves fractions and dates in a text alone', () => {
    const text = 'Output fell by 1/3\nand rose by 1/4\nthen by 2/3\nsince 12/11';
    expect(threadCountersApart(text)).toBe(text);
    const backwards = 'We open. 3/3\nWe ask. 2/3\nWe close. 1/3';
    expect(threadCountersApart(backwards)).toBe(backwards);
  });
});
