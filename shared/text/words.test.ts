import { describe, expect, it } from 'vitest';
import { foldPlain } from './fold';
import { countWords, foldWord, textTokens, wordSpans, words } from './words';

describe('words', () => {
  it('keeps inner apostrophes, splits at hyphens and punctuation, and reads any script', () => {
    expect(words('We don’t agree: multi-donor KP’s Côte d’Ivoire, Россия 2019 💎.')).toEqual([
      'We',
      'don’t',
      'agree',
      'multi',
      'donor',
      'KP’s',
      'Côte',
      'd’Ivoire',
      'Россия',
      '2019',
    ]);
  });

  it('drops a possessive only when asked', () => {
    expect(words("the country's and KP’S remit", { possessive: 'drop' })).toEqual([
      'the',
      'country',
      'and',
      'KP',
      'remit',
    ]);
    expect(words("the country's", { possessive: 'keep' })).toEqual(['the', "country's"]);
  });

  it('takes Han and kana one character at a time when asked, and whole runs by default', () => {
    expect(words('中国 カタ KPの')).toEqual(['中国', 'カタ', 'KPの']);
    expect(words('中国 カタ KPの', { cjk: 'each' })).toEqual(['中', '国', 'カ', 'タ', 'KP', 'の']);
    expect(countWords('中国 and 日本', { cjk: 'each' })).toBe(5);
  });

  it('folds to lower case with plain apostrophes, or as search does', () => {
    expect(words('KP’s État', { fold: 'lower' })).toEqual(["kp's", 'état']);
    expect(words('KP’s État Œuvre', { fold: 'accents' })).toEqual(["kp's", 'etat', 'oeuvre']);
    expect(foldWord('Straße', 'accents')).toBe('strasse');
  });

  it('marks a break before a word after punctuation, not after a space or one hyphen', () => {
    const spans = wordSpans('multi-donor fund, KP’s remit. Scope (CAR)', { possessive: 'drop' });
    expect(spans.map((s) => [s.text, s.start, s.breakBefore])).toEqual([
      ['multi', 0, true],
      ['donor', 6, false],
      ['fund', 12, false],
      ['KP', 18, true],
      ['remit', 23, false],
      ['Scope', 30, true],
      ['CAR', 37, true],
    ]);
  });

  it('tokenises for a diff: words, whitespace runs and single other characters', () => {
    expect(textTokens('Hi,  KP’s 💎\n2019!')).toEqual([
      'Hi',
      ',',
      '  ',
      'KP’s',
      ' ',
      '💎',
      '\n',
      '2019',
      '!',
    ]);
  });
});

describe('foldPlain', () => {
  it('folds what a character decomposes to as well, so folding twice changes nothing', () => {
    // Ǣ decomposes to Æ with a macron; Æ is written "ae" when folded.
    expect(foldPlain('Ǣ Ǿ')).toBe('ae o');
    expect(foldPlain(foldPlain('Ǣ Ǿ'))).toBe('ae o');
  });
});
