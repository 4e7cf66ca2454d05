import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isShouting } from './shouting';

// The rule as written before the one-pass count: the text's letters cut out, then its capitals.
function shoutingByRegex(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 20 && letters.replace(/\P{Lu}/gu, '').length > letters.length * 0.6;
}

describe('isShouting', () => {
  it('tells a heading in capitals from a sentence with acronyms', () => {
    expect(isShouting('STATEMENT BY THE CHAIR OF THE WORKING GROUP')).toBe(true);
    expect(isShouting('ÉTAT DES LIEUX ET PERSPECTIVES DU PROCESSUS')).toBe(true);
    expect(isShouting('The KP and the CAR met the WGMS and the WGKP in Testville.')).toBe(false);
    // Too few letters to tell.
    expect(isShouting('KP CAR WGMS')).toBe(false);
  });

  it('counts letters beyond the basic plane by their two code units, as the lengths of the letters did', () => {
    // 𝐀 (U+1D400) is a capital letter of two code units: 11 of them make 22 units, over 20.
    expect(isShouting('𝐀'.repeat(11))).toBe(true);
    expect(isShouting('𝐀'.repeat(10))).toBe(false);
  });

  it('agrees with cutting out the letters on any text', () => {
    const pieces = fc.constantFrom(
      'KP',
      'CAR',
      'the',
      'État',
      'ÉTAT',
      'naïve',
      '中国',
      '💎',
      '𝐀',
      '\ud800',
      ' ',
      '-',
      '1',
    );
    const text = fc.oneof(
      fc.array(pieces, { maxLength: 60 }).map((p) => p.join(' ')),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
    );
    fc.assert(fc.property(text, (t) => isShouting(t) === shoutingByRegex(t)));
  });
});
