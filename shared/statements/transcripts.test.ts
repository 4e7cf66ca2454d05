/**
 * A video's transcript copied as text (fictional samples): the time stamps are the page's, the captions cut
 * mid-sentence are joined into the speech's paragraphs, and the video page's labels around them are furniture.
 */
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from './model';
import { segment } from './segment';
import { isTimeStampLine, joinedCaptions } from './transcripts';

const transcript = [
  'Opening remarks of the Sample Rift Diggers Forum | Plenary 2095',
  '88 views  Nov 3, 2095',
  'Transcript',
  'Search in video',
  '0:00',
  'Mr Chair, distinguished delegates,',
  '0:05',
  'the Sample Rift Diggers Forum brings',
  '0:09',
  'the greetings of the valley. This text is a fictional sample.',
  '0:15',
  'We ask for one thing this week:',
  '0:19',
  'that the diggers be heard before',
  '0:23',
  'the working groups decide on their licences.',
  '1:02',
  'Thank you.',
  'Chapters',
  'View all',
  'Comments 2',
].join('\n');

describe('video transcripts', () => {
  it('joins captions cut mid-sentence and keeps the stamps apart', () => {
    const blocks = segment(transcript);
    expect(bodyBlocks({ blocks }).map((b) => b.text)).toEqual([
      'the Sample Rift Diggers Forum brings the greetings of the valley. This text is a fictional sample.',
      'We ask for one thing this week: that the diggers be heard before the working groups decide on their licences.',
    ]);
    expect(blocks.filter((b) => b.role === 'salutation').map((b) => b.text)).toEqual([
      'Mr Chair, distinguished delegates,',
    ]);
    // Nothing is dropped: the stamps are furniture, with the panel's labels.
    const furniture = blocks.filter((b) => b.role === 'boilerplate').map((b) => b.text);
    expect(furniture).toEqual(
      expect.arrayContaining([
        '0:00',
        '0:05 0:09',
        '1:02',
        'Transcript',
        'Search in video',
        'Chapters',
        'View all',
      ]),
    );
  });

  it('reads stamps that open their caption lines', () => {
    const text = [
      '0:00 Madam Chair,',
      '0:03 we came here',
      '0:06 with three requests.',
      '0:10 One was met.',
      '0:14 Two were',
      '0:18 deferred.',
    ].join('\n');
    expect(
      joinedCaptions(text)
        .split(/\n\n+/)
        .map((p) => p.trim())
        .filter((p) => !isTimeStampLine(p)),
    ).toEqual(['Madam Chair,', 'we came here with three requests.', 'One was met.', 'Two were deferred.']);
  });

  it('reads stamps in brackets, as transcription services print them', () => {
    const text = [
      '[00:00] Madam Chair,',
      '[00:03] we came',
      '[00:06] with one request.',
      '[00:10] It was met.',
      '[00:14] We thank',
      '[00:18] the plenary.',
    ].join('\n');
    expect(
      joinedCaptions(text)
        .split(/\n\n+/)
        .map((p) => p.trim())
        .filter((p) => p && !isTimeStampLine(p)),
    ).toEqual(['Madam Chair,', 'we came with one request.', 'It was met.', 'We thank the plenary.']);
  });

  it('leaves a text with a few times in it alone', () => {
    const text = 'Programme\n9:00\nOpening session\n10:30\nCoffee\n11:00\nWorking groups';
    expect(joinedCaptions(text)).toBe(text);
  });

  it('takes stamps going back in time for no transcript', () => {
    const text = ['0:00', 'a', '0:05', 'b', '0:03', 'c', '0:09', 'd', '0:02', 'e', '0:11', 'f.'].join('\n');
    expect(joinedCaptions(text)).toBe(text);
  });
});
