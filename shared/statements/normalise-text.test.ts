import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text';

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseText('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
  });

  it('turns non-breaking spaces into spaces and removes soft hyphens and zero-width characters', () => {
    expect(normaliseText('KP\u00a0Chair\u202f, multi\u00addonor fund\u200b\u2060\ufeff')).toBe(
      'KP Chair , multidonor fund',
    );
  });

  it('joins a word a soft hyphen broke at a line end, and gives ligatures as their letters', () => {
    // Text copied from a typeset PDF: "commu\u00ad" + "nities", "ﬁrst", "conﬂict", "eﬀorts", "diﬃcult".
    expect(normaliseText('the commu\u00ad\nnities’ ﬁrst conﬂict\n\neﬀorts diﬃcult ﬂuﬀy')).toBe(
      'the communities’ first conflict\n\nefforts difficult fluffy',
    );
    // A soft hyphen before a line break between words that are not a word's halves is only dropped.
    expect(normaliseText('end.\u00ad\nNext')).toBe('end.\nNext');
  });

  it('keeps curly quotes, dashes and ellipses as they are', () => {
    const text = '“We don’t agree” – at times — tremendous… ‘efforts’';
    expect(normaliseText(text)).toBe(text);
  });

  it('trims trailing spaces on every line but keeps leading ones and blank lines', () => {
    expect(normaliseText('KP CSC. \t\n\n  indented  \nlast ')).toBe('KP CSC.\n\n  indented\nlast');
  });

  it('keeps zero-width joiners inside emoji and non-Latin scripts', () => {
    const family = '👩\u200d👩\u200d👧';
    expect(normaliseText(`${family} ok`)).toBe(`${family} ok`);
  });

  it('handles a long run of spaces in linear time', () => {
    const text = `${' '.repeat(2_000_000)}x`;
    const started = Date.now();
    expect(normaliseText(text)).toBe(text);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
