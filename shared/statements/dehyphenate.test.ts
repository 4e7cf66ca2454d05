import { describe, expect, it } from 'vitest';
import { joinHyphenated } from './dehyphenate';

describe('joinHyphenated', () => {
  it.each([
    ['better diamond govern-', 'ance and', 'better diamond governance and'],
    ['a multi-', 'donor fund', 'a multi-donor fund'],
    ['a Multi-', 'Donor Fund', 'a Multi-Donor Fund'],
    ['this 3-', 'year exercise', 'this 3-year exercise'],
    ['non-', 'governmental groups', 'non-governmental groups'],
    ['the multi-', 'ple problems', 'the multiple problems'],
    ['the imple-', 'mentation of', 'the implementation of'],
    // Two everyday words that make no word together keep their hyphen; a word split in two loses it.
    ['a diamond-', 'producing country', 'a diamond-producing country'],
    ['a conflict-', 'free supply', 'a conflict-free supply'],
    ['mining-', 'affected communities', 'mining-affected communities'],
    ['are under-', 'mining the scheme', 'are undermining the scheme'],
    ['three work-', 'shops were held', 'three workshops were held'],
    ['the frame-', 'work agreed', 'the framework agreed'],
  ])('"%s" + "%s" → "%s"', (stem, next, joined) => {
    expect(joinHyphenated(stem, next, `${stem}\n${next}`)).toBe(joined);
  });

  it('follows the document’s own spelling elsewhere', () => {
    expect(
      joinHyphenated('the peace-', 'keeping force', 'peacekeeping is hard\nthe peace-\nkeeping force'),
    ).toBe('the peacekeeping force');
    expect(joinHyphenated('a long-', 'standing issue', 'long-standing\na long-\nstanding issue')).toBe(
      'a long-standing issue',
    );
    expect(joinHyphenated('the trans-', 'boundary issue', 'trans-boundary\nthe trans-\nboundary issue')).toBe(
      'the trans-boundary issue',
    );
  });
});
