import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAcronyms, looksLikeAcronym } from './acronyms';

describe('findAcronyms', () => {
  it('reads definitions in brackets, both ways round', () => {
    const found = findAcronyms(
      [
        ['We commend the Central African Republic (CAR) and the World Diamond Council (WDC).'],
        ['The CSC (Civil Society Coalition) spoke. The Democratic Republic of the Congo (DRC) too.'],
      ],
      {},
    );
    expect(found).toMatchObject({
      CAR: 'Central African Republic',
      WDC: 'World Diamond Council',
      CSC: 'Civil Society Coalition',
      DRC: 'Democratic Republic of the Congo',
    });
  });

  it('accepts a lowercase long form in a definition and hyphenated words', () => {
    const found = findAcronyms(
      [['on artisanal and small-scale mining (ASSM) and the Multi-Donor Fund (MDF)']],
      {},
    );
    expect(found).toMatchObject({ ASSM: 'artisanal and small-scale mining', MDF: 'Multi-Donor Fund' });
  });

  it('maps an acronym to a run of capitalised words elsewhere whose initials spell it', () => {
    const found = findAcronyms(
      [['The World Diamond Council spoke first.'], ['Then the WDC spoke again.']],
      {},
    );
    expect(found.WDC).toBe('World Diamond Council');
  });

  it('maps a two-letter acronym only to a long form in the same statement', () => {
    expect(findAcronyms([['Kimberley Process.'], ['The KP met.']], {}).KP).toBeUndefined();
    expect(findAcronyms([['The KP met.', 'So did the Kimberley Process.']], {}).KP).toBe('Kimberley Process');
  });

  it('falls back on known acronyms, but the text wins', () => {
    const found = findAcronyms([['The Civil Servants Club (CSC) met.']], {
      CSC: 'Civil Society Coalition',
      KP: 'Kimberley Process',
    });
    expect(found.CSC).toBe('Civil Servants Club');
    expect(found.KP).toBe('Kimberley Process');
  });

  it('ignores brackets whose words do not spell the acronym', () => {
    expect(findAcronyms([['We met in the capital city (ABC).']], {}).ABC).toBeUndefined();
  });
});

describe('looksLikeAcronym', () => {
  it('takes two to eight capitals or digits', () => {
    expect(['KP', 'CAR', 'KPCS', 'G7X'].every(looksLikeAcronym)).toBe(true);
    expect(['K', 'Kp', 'kp', 'ABCDEFGHI', '2019'].some(looksLikeAcronym)).toBe(false);
    // One capital is not enough, nor a digit first.
    expect(['G77', '7GX', 'KP\n', 'ÉTAT'].some(looksLikeAcronym)).toBe(false);
  });

  it('agrees with the shape written as regexes on any word', () => {
    const byRegex = (word: string) => /^[A-Z][A-Z0-9]{1,7}$/.test(word) && /[A-Z].*[A-Z]/.test(word);
    const word = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'AKPZ09a-É\n'.split('')), maxLength: 10 }),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(fc.property(word, (w) => looksLikeAcronym(w) === byRegex(w)));
  });
});
