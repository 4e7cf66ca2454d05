import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { importStatement } from '../statements/import-statement';
import { foldCharacter, foldPlain, foldText } from '../text/fold';
import type { Statement } from '../statements/model';
import {
  buildSearchIndex,
  findRanges,
  parseQuery,
  search,
  withSpellings,
  type SearchFoldCache,
  type TextRange,
} from './search';
import { phraseSpellings, spellingRanges, spellingWord } from './spellings';

function marked(text: string, ranges: readonly TextRange[]): string[] {
  return ranges.map((r) => text.slice(r.start, r.end));
}

describe('foldText', () => {
  it('lowers case, strips accents and ligatures, plain quotes and dashes, one space per whitespace run', () => {
    expect(foldText('Côte d’Ivoire — ÉTAT\n\n  ﬁnal Straße').text).toBe("cote d'ivoire - etat final strasse");
    expect(foldCharacter('Å')).toBe('a');
    expect(foldCharacter('ø')).toBe('o');
    expect(foldCharacter('𝐀')).toBe('a');
  });

  it('maps every folded code unit back to the character it came from', () => {
    const original = 'Ça ﬁt  Ærø 𝐀ß';
    const folded = foldText(original);
    expect(folded.text).toBe('ca fit aero ass');
    expect(folded.starts.length).toBe(folded.text.length);
    for (let i = 0; i < folded.text.length; i++) {
      const source = original.slice(folded.starts[i], folded.ends[i]);
      const expected = folded.text[i] === ' ' ? ' ' : folded.text[i];
      expect(foldText(source).text.trim() === '' ? ' ' : foldText(source).text).toContain(expected);
    }
  });
});

describe('foldPlain', () => {
  it('is foldText(...).text, by its fast path on ASCII and the slow one otherwise (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(foldPlain(text)).toBe(foldText(text).text);
      }),
      { numRuns: 1000 },
    );
  });

  it('is foldText(...).text on ASCII mixed with accents, spaces, marks and lone surrogates (property)', () => {
    // Characters at the edges of the ASCII runs foldPlain folds whole: Unicode spaces, marks that fold to nothing,
    // a diaeresis that folds to a space, ligatures, astral letters and surrogates without their pair.
    const tricky = fc.constantFrom(
      ...['\u00a0', '\u2003', '\u0301', '\u00ad', '\u00a8', 'É', 'ß', 'ﬃ', '’', '—', '𝐀', '\ud835', '\udc00'],
    );
    const unit = fc.oneof(
      fc.constantFrom(' ', '\n', '\t', 'a', 'Z', '.', '-'),
      tricky,
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(foldPlain(text)).toBe(foldText(text).text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseQuery', () => {
  it('treats unquoted words as one phrase and each quoted part as another', () => {
    expect(parseQuery('  Rough   Diamonds ').phrases).toEqual(['rough diamonds']);
    expect(parseQuery('“civil society” rough diamonds').phrases).toEqual(['civil society', 'rough diamonds']);
    expect(parseQuery('"conflict').phrases).toEqual(['conflict']);
    expect(parseQuery('  ""  ').phrases).toEqual([]);
    expect(parseQuery('"a b" "A  B"').phrases).toEqual(['a b']);
  });
});

describe('findRanges', () => {
  it('finds a phrase regardless of case, accents and line breaks, with exact original offsets', () => {
    const text =
      'The Coalition met in CÔTE D’IVOIRE.\nThen in Côte\n  d’Ivoire again; cote d ivoire is not it.';
    const ranges = findRanges(text, parseQuery("cote d'ivoire"));
    expect(marked(text, ranges)).toEqual(['CÔTE D’IVOIRE', 'Côte\n  d’Ivoire']);
  });

  it('keeps offsets exact when the text holds decomposed accents, ligatures and astral characters', () => {
    const text = 'Cafe\u0301 𝐀nd the ﬁnal aﬀair: café';
    expect(marked(text, findRanges(text, parseQuery('café')))).toEqual(['Cafe\u0301', 'café']);
    expect(marked(text, findRanges(text, parseQuery('final affair')))).toEqual(['ﬁnal aﬀair']);
    expect(marked(text, findRanges(text, parseQuery('and')))).toEqual(['𝐀nd']);
  });

  it('matches from the start of a word only, and a word being typed matches its prefix', () => {
    const text = 'More ore: diamonds, Diamond-rich orebodies.';
    expect(marked(text, findRanges(text, parseQuery('ore')))).toEqual(['ore', 'ore']);
    expect(marked(text, findRanges(text, parseQuery('diamon')))).toEqual(['diamon', 'Diamon']);
  });

  it('needs every phrase and merges overlapping marks', () => {
    const text = 'Rough diamonds and rough trade.';
    expect(findRanges(text, parseQuery('"rough diamonds" "gold"'))).toEqual([]);
    expect(marked(text, findRanges(text, parseQuery('"rough diamonds" rough')))).toEqual([
      'Rough diamonds',
      'rough',
    ]);
  });

  it('returns valid, sorted, disjoint ranges whose text folds to a phrase (property)', () => {
    const alphabet = fc.constantFrom(..."aAeÉéè ﬁ\n’'-–ßæ𝐀xyz".match(/./gu)!);
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }),
        fc.array(alphabet, { minLength: 1, maxLength: 4 }),
        (t, q) => {
          const text = t.join('');
          const query = parseQuery(q.join(''));
          const ranges = findRanges(text, query);
          let last = -1;
          for (const range of ranges) {
            expect(range.start).toBeGreaterThan(last);
            expect(range.end).toBeGreaterThan(range.start);
            expect(range.end).toBeLessThanOrEqual(text.length);
            // Never splits a surrogate pair.
            expect(text.charCodeAt(range.start) & 0xfc00).not.toBe(0xdc00);
            const piece = foldText(text.slice(range.start, range.end)).text;
            expect(query.phrases.some((p) => piece.includes(p))).toBe(true);
            last = range.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('search', () => {
  const a = makeStatement(['Opening words.', 'Rough diamonds fund conflict.', 'Nothing here.'], {
    title: 'A',
    year: 2021,
  });
  const b = makeStatement(['ROUGH DIAMONDS again, and rough diamonds.', 'Other.'], {
    title: 'B',
    year: 2019,
  });
  const c = makeStatement(['No match at all.'], { title: 'C', year: null });

  it('groups hits by statement in year order with paragraph numbers and counts', () => {
    const results = search(buildSearchIndex([a, b, c]), parseQuery('rough diamonds'));
    expect(results.statements.map((s) => s.statementId)).toEqual([b.id, a.id]);
    expect(results.statements[0]).toMatchObject({ occurrenceCount: 2 });
    expect(results.statements[0]?.hits).toEqual([{ blockId: b.blocks[0]?.id, paragraph: 1, occurrences: 2 }]);
    expect(results.statements[1]?.hits).toEqual([{ blockId: a.blocks[1]?.id, paragraph: 2, occurrences: 1 }]);
    expect(results.paragraphCount).toBe(2);
    expect(results.occurrenceCount).toBe(3);
  });

  it('counts the same occurrences as the marks findRanges puts on each hit (property)', () => {
    const words = fc.constantFrom(
      'rough',
      'Rough',
      'diamonds',
      'DIAMONDS',
      'dïamonds',
      'fund',
      'ore',
      'more',
      '“rough',
      'diamonds”',
      '-ore',
      'ore-',
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(words, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        fc.array(words, { minLength: 1, maxLength: 2 }),
        // Words run together too, so that one occurrence can end where the next starts (two marks merged into one).
        fc.constantFrom(' ', '', '-'),
        (paragraphs, typed, between) => {
          const statement = makeStatement(
            paragraphs.map((p) => p.join(between)),
            { title: 'P' },
          );
          const query = parseQuery(typed.join(' '));
          const results = search(buildSearchIndex([statement]), query);
          const body = statement.blocks.filter((block) => block.role === 'body');
          const expected = body.flatMap((block, i) => {
            const ranges = findRanges(block.text, query);
            return ranges.length > 0
              ? [{ blockId: block.id, paragraph: i + 1, occurrences: ranges.length }]
              : [];
          });
          expect(results.statements[0]?.hits ?? []).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts occurrences that touch as one, as they are marked', () => {
    const touching = makeStatement(['ore-ore-ore and ore-'], { title: 'T' });
    const results = search(buildSearchIndex([touching]), parseQuery('ore-'));
    // "ore-ore-" marked as one run (the third "ore" is followed by a space), then the last "ore-".
    expect(results.occurrenceCount).toBe(2);
  });

  it('finds nothing for an empty query', () => {
    expect(search(buildSearchIndex([a]), parseQuery('   ')).statements).toEqual([]);
  });

  it('searches the imported 2019 reference: a phrase split over a line break, any case', async () => {
    const name = '2019-new-delhi-closing-csc.txt';
    const bytes = readFileSync(new URL(`../../resources/corpus/${name}`, import.meta.url));
    const imported = await importStatement({ name, bytes: new Uint8Array(bytes) });
    if (!imported.ok) throw new Error(imported.error.reason);
    const body = imported.statement.blocks.filter((block) => block.role === 'body');
    // A phrase taken from the text itself, typed in upper case with extra spaces.
    const words = (body[1]?.text ?? '').split(/\s+/).slice(2, 5);
    const results = search(
      buildSearchIndex([imported.statement]),
      parseQuery(words.join('   ').toUpperCase()),
    );
    expect(results.statements[0]?.hits.map((h) => h.blockId)).toContain(body[1]?.id);
    const text = body[1]?.text ?? '';
    const first = marked(text, findRanges(text, parseQuery(words.join(' '))))[0];
    expect(first?.replace(/\s+/g, ' ')).toBe(words.join(' '));
  });
});

describe('foldText on text that grows when folded', () => {
  it('keeps its maps right after many characters that fold to two', () => {
    const text = `${'ß'.repeat(40)} Rough ${'æ'.repeat(40)} diamonds`;
    expect(marked(text, findRanges(text, parseQuery('rough')))).toEqual(['Rough']);
    expect(marked(text, findRanges(text, parseQuery('diamonds')))).toEqual(['diamonds']);
  });
});

describe('search with a theme’s spellings', () => {
  const acronyms = { CAR: 'Central African Republic', KP: 'Kimberley Process' };
  const text =
    'In the CAR, monitors met. The Central African Republic asked for help. A car drove by; careers differ. ' +
    'The definition of conflict diamonds, the conflict diamond definition; diamonds, conflict and definition.';
  const marks = (query: string) => marked(text, findRanges(text, withSpellings(parseQuery(query), acronyms)));

  it('matches an acronym for its long form and the other way round, as whole words', () => {
    expect(marks('central african republic')).toEqual(['CAR', 'Central African Republic', 'car']);
    expect(marks('CAR')).toEqual(['CAR', 'Central African Republic', 'car', 'car']);
    // Without spellings, only what was typed (a word's start).
    expect(marked(text, findRanges(text, parseQuery('central african republic')))).toEqual([
      'Central African Republic',
    ]);
  });

  it('matches the words of a phrase in any order, singular or plural, with linking words between', () => {
    expect(marks('conflict diamond definition')).toEqual([
      'definition of conflict diamonds',
      'conflict diamond definition',
    ]);
    expect(phraseSpellings('car monitoring', acronyms)).toEqual([
      'car monitoring',
      'central african republic monitoring',
    ]);
    expect(
      spellingRanges('communities, affected; affected mining communities', 'affected community'),
    ).toEqual([]);
    expect(spellingWord('zones')).toBe('zone');
    expect(spellingWord('communities')).toBe('community');
    expect(spellingWord('process')).toBe('process');
  });

  it('finds paragraphs by spellings in the index and counts what it marks', () => {
    const a = makeStatement(['The CAR again.', 'Nothing.'], { title: 'A', year: 2021 });
    const b = makeStatement(['The Central African Republic.'], { title: 'B', year: 2019 });
    const index = buildSearchIndex([a, b]);
    const query = withSpellings(parseQuery('Central African Republic'), acronyms);
    const results = search(index, query);
    expect(results.statements.map((s) => s.statementId)).toEqual([b.id, a.id]);
    expect(results.occurrenceCount).toBe(2);
    expect(search(index, parseQuery('Central African Republic')).occurrenceCount).toBe(1);
  });
});

describe('buildSearchIndex with a fold cache', () => {
  const first = makeStatement(['Rough diamonds are traded.'], { title: 'First', year: 2020 });
  const second = makeStatement(['Civil society speaks.'], { title: 'Second', year: 2021 });
  const keyOf = (s: Statement) => s.blocks.map((b) => b.text).join('\n');

  it('folds a statement once: a later index with one statement more reuses the folded paragraphs', () => {
    const cache: SearchFoldCache = { blocks: new Map(), keyOf };
    buildSearchIndex([first], cache);
    // Poison the stored paragraphs of `first`: a search that finds the poison proves they were not folded again.
    cache.blocks.set(keyOf(first), [{ id: 'b', paragraph: 1, folded: 'poisoned text' }]);
    const index = buildSearchIndex([first, second], cache);
    expect(search(index, parseQuery('poisoned')).statements.map((s) => s.statementId)).toEqual([first.id]);
    expect(search(index, parseQuery('civil society')).statements.map((s) => s.statementId)).toEqual([
      second.id,
    ]);
    expect(cache.blocks.size).toBe(2);
  });

  it('folds again a statement whose text changed', () => {
    const cache: SearchFoldCache = { blocks: new Map(), keyOf };
    buildSearchIndex([first], cache);
    cache.blocks.set(keyOf(first), [{ id: 'b', paragraph: 1, folded: 'poisoned text' }]);
    const edited = {
      ...first,
      blocks: first.blocks.map((b) => ({ ...b, text: 'Polished diamonds are traded.' })),
    };
    const index = buildSearchIndex([edited], cache);
    expect(search(index, parseQuery('poisoned')).statements).toEqual([]);
    expect(search(index, parseQuery('polished')).statements.map((s) => s.statementId)).toEqual([first.id]);
  });
});

describe('search with spellings (property)', () => {
  it('returns valid, sorted, disjoint ranges that start and end on whole words', () => {
    const word = fc.constantFrom(
      'the',
      'of',
      'CAR',
      'car',
      'central',
      'African',
      'republic',
      'zones',
      'zone',
      'Ç',
    );
    const gap = fc.constantFrom(' ', '  ', ', ', '-', '\n', '. ');
    const acronyms = { CAR: 'Central African Republic' };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, gap), { maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        (pieces, q) => {
          const text = pieces.map(([w, g]) => w + g).join('');
          const ranges = findRanges(text, withSpellings(parseQuery(q.join(' ')), acronyms));
          let last = -1;
          for (const range of ranges) {
            expect(range.start).toBeGreaterThan(last);
            expect(range.end).toBeGreaterThan(range.start);
            expect(range.end).toBeLessThanOrEqual(text.length);
            expect(/[\p{L}\p{N}]/u.test(text.charAt(range.start))).toBe(true);
            last = range.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
