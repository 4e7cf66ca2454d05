import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, START, type Location } from './location';

const FULL: Location = {
  view: 'compare',
  reference: 'ref-2019',
  other: 'moscow 2021/ü&=#',
  paragraph: { side: 'reference', number: 4 },
  theme: 'user-car',
  cell: { theme: 'lexicon:due diligence', statement: 'gaborone-2023' },
  query: '"two words" & more',
};

describe('Location <-> URL hash', () => {
  it('writes a readable hash: "2021 vs 2019, ¶4" and "theme CAR in 2023"', () => {
    expect(
      formatHash({ ...START, reference: 'r2019', other: 's2021', paragraph: { side: 'other', number: 4 } }),
    ).toBe('#view=compare&ref=r2019&other=s2021&para=4');
    expect(formatHash({ ...START, view: 'themes', cell: { theme: 'CAR', statement: 's2023' } })).toBe(
      '#view=themes&cell=CAR&in=s2023',
    );
    expect(formatHash({ ...START, view: 'search', query: 'two words' })).toBe('#view=search&q=two%20words');
    expect(formatHash(START)).toBe('#view=compare');
  });

  it('round-trips every field, escapes included, in every view', () => {
    for (const view of ['compare', 'overview', 'themes', 'search'] as const) {
      const location = { ...FULL, view };
      expect(parseHash(formatHash(location))).toEqual(location);
    }
    expect(parseHash(formatHash(START))).toEqual(START);
    const otherSide = { ...FULL, paragraph: { side: 'other' as const, number: 12 } };
    expect(parseHash(formatHash(otherSide))).toEqual(otherSide);
  });

  it('names no location for an empty hash or a hash with only the browser-mode token', () => {
    expect(parseHash('')).toBeNull();
    expect(parseHash('#')).toBeNull();
    expect(parseHash('#token=00ff')).toBeNull();
    expect(parseHash('#unknown=1&=x&novalue')).toBeNull();
  });

  it('keeps what is right in a bad hash and leaves the rest at the start', () => {
    expect(parseHash('#view=nope&other=s1')).toEqual({ ...START, other: 's1' });
    for (const para of ['0', '-3', '2.5', 'four', '1e3x', '99999999'])
      expect(parseHash(`#view=compare&other=s1&para=${para}`)?.paragraph).toBeNull();
    // A malformed escape drops that value only.
    expect(parseHash('#view=search&q=%E0%A4%A&other=s1')).toEqual({ ...START, view: 'search', other: 's1' });
    // A cell needs both its theme and its statement.
    expect(parseHash('#view=themes&cell=CAR')).toEqual({ ...START, view: 'themes' });
    // Control characters and absurd lengths are no ids.
    expect(parseHash(`#other=${encodeURIComponent('a\u0000b')}`)?.other).toBeNull();
    expect(parseHash(`#other=${'x'.repeat(500)}`)?.other).toBeNull();
    expect(parseHash(`#q=${'y'.repeat(5000)}`)?.query).toHaveLength(1000);
  });

  it('reads a hand-typed link: + as a space, keys in any order, the token beside the location', () => {
    expect(parseHash('#q=two+words&view=search&token=abc')).toEqual({
      ...START,
      view: 'search',
      query: 'two words',
    });
    expect(parseHash('#para=2&side=ref&view=compare')).toEqual({
      ...START,
      paragraph: { side: 'reference', number: 2 },
    });
  });
});
