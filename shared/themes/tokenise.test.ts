import { describe, expect, it } from 'vitest';
import { tokenise } from './tokenise';

const words = (text: string) => tokenise(text).map((t) => t.text);

describe('tokenise', () => {
  it('gives each word with offsets that slice back to it', () => {
    const text = '  The KP’s scope — and civil society, again.';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.text)).toEqual(['The', 'KP', 'scope', 'and', 'civil', 'society', 'again']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('leaves out a possessive but keeps contractions whole', () => {
    expect(words("the country's supply chains; we don't agree")).toEqual([
      'the',
      'country',
      'supply',
      'chains',
      'we',
      "don't",
      'agree',
    ]);
  });

  it('breaks phrases at punctuation but not at spaces, hyphens or a possessive', () => {
    const tokens = tokenise('multi-donor fund, KP’s remit. Scope (CAR)');
    expect(tokens.map((t) => [t.text, t.breakBefore])).toEqual([
      ['multi', true],
      ['donor', false],
      ['fund', false],
      ['KP', true],
      ['remit', false],
      ['Scope', true],
      ['CAR', true],
    ]);
  });

  it('reads accented, Cyrillic and CJK letters as words and emoji as none', () => {
    expect(words('Côte d’Ivoire, Россия 中国 💎 diamonds')).toEqual([
      'Côte',
      'd’Ivoire',
      'Россия',
      '中国',
      'diamonds',
    ]);
  });

  it('counts offsets in UTF-16 code units past astral characters', () => {
    const text = '💎💎 scope';
    const [token] = tokenise(text);
    expect(token && text.slice(token.start, token.end)).toBe('scope');
  });

  it('finds nothing in text without letters or digits', () => {
    expect(tokenise('— … ,,, ()')).toEqual([]);
    expect(tokenise('')).toEqual([]);
  });
});
