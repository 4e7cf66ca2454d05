import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteAround, quotesOf, type Quote } from './quotes';

const TEXT =
  'The Plenary opened late. Reform of the certification scheme has stalled again! We ask (once more) for a permanent secretariat. Thanks.';

function at(text: string, phrase: string, from = 0): [number, number] {
  const start = text.indexOf(phrase, from);
  return [start, start + phrase.length];
}

const joined = (quote: Quote) => quote.parts.map((p) => p.text).join('');
const marked = (quote: Quote) => quote.parts.filter((p) => p.marked).map((p) => p.text);

describe('quoteAround', () => {
  it('gives the whole sentence holding the occurrence, the occurrence marked', () => {
    const quote = quoteAround(TEXT, ...at(TEXT, 'certification scheme'));
    expect(quote.parts).toEqual([
      { text: 'Reform of the ', marked: false },
      { text: 'certification scheme', marked: true },
      { text: ' has stalled again!', marked: false },
    ]);
    expect([quote.cutBefore, quote.cutAfter]).toEqual([false, false]);
  });

  it('finds the first and the last sentence', () => {
    expect(joined(quoteAround(TEXT, ...at(TEXT, 'Plenary')))).toBe('The Plenary opened late.');
    expect(joined(quoteAround(TEXT, ...at(TEXT, 'Thanks')))).toBe('Thanks.');
  });

  it('shortens a long sentence at word boundaries, keeping the occurrence whole', () => {
    const long = `${'word '.repeat(100)}secretariat and fund ${'more '.repeat(100)}end.`;
    const quote = quoteAround(long, ...at(long, 'secretariat and fund'), 80);
    expect(marked(quote)).toEqual(['secretariat and fund']);
    expect(quote.cutBefore && quote.cutAfter).toBe(true);
    expect(joined(quote).length).toBeLessThanOrEqual(80);
    expect(joined(quote)).toMatch(/^word( word)* secretariat and fund more( more)*$/);
  });
});

describe('quotesOf', () => {
  it('gives one quote per sentence, with every occurrence in it marked', () => {
    const text = 'A fund and a secretariat. Nothing here. The fund again.';
    const quotes = quotesOf(text, [
      { start: 2, end: 6 },
      { start: 13, end: 24 },
      { start: 44, end: 48 },
    ]);
    expect(quotes.map(joined)).toEqual(['A fund and a secretariat.', 'The fund again.']);
    expect(quotes.map(marked)).toEqual([['fund', 'secretariat'], ['fund']]);
  });

  it('always quotes text that stands in the paragraph, each occurrence marked once', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.array(fc.tuple(fc.nat(40), fc.nat(12)), { maxLength: 6 }),
        fc.integer({ min: 20, max: 400 }),
        (text, spans, max) => {
          const ranges: { start: number; end: number }[] = [];
          let from = 0;
          for (const [gap, size] of spans) {
            const start = from + gap;
            const end = Math.min(text.length, start + size + 1);
            if (start >= text.length) break;
            ranges.push({ start, end });
            from = end;
          }
          const quotes = quotesOf(text, ranges, max);
          expect(quotes.flatMap(marked)).toEqual(ranges.map((r) => text.slice(r.start, r.end)));
          for (const quote of quotes) expect(text.includes(joined(quote))).toBe(true);
        },
      ),
    );
  });
});
