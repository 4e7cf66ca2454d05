/** Search across statements: case- and accent-insensitive phrase matching with exact offsets in the original text. */
import { bodyBlocks, type Statement } from '../statements/model';
import { foldPlain, foldQuery, foldText } from '../text/fold';
import { phraseSpellings, spellingRanges } from './spellings';
import { startsWord } from '../text/words';

/** A parsed query: every phrase must occur in a paragraph for it to match. */
export interface SearchQuery {
  /** Folded phrases (lower case, no accents, single spaces), in the order typed, none empty. */
  readonly phrases: readonly string[];
  /**
   * With spellings on (see `withSpellings`): per phrase, the spellings that also match it — its words in any
   * order, singular or plural, acronyms and long forms swapped.
   */
  readonly spellings?: readonly (readonly string[])[];
}

/** A half-open range [start, end) of UTF-16 offsets in a paragraph's original text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** One paragraph that matches (its marks come from `findRanges` on its text, for the hits on screen only). */
export interface SearchHit {
  readonly blockId: string;
  /** 1-based position among the statement's body paragraphs, as the compare view numbers them. */
  readonly paragraph: number;
  /** How many occurrences of the phrases it holds (overlaps merged). */
  readonly occurrences: number;
}

/** The hits in one statement. */
export interface StatementHits {
  readonly statementId: string;
  /** Matching paragraphs, in document order. */
  readonly hits: readonly SearchHit[];
  /** How many occurrences of the phrases the matching paragraphs hold. */
  readonly occurrenceCount: number;
}

/** Everything a search found, grouped by statement (ordered by year, unknown years last, then title). */
export interface SearchResults {
  readonly query: SearchQuery;
  readonly statements: readonly StatementHits[];
  readonly paragraphCount: number;
  readonly occurrenceCount: number;
}

/** A statement's body paragraphs folded once, so each keystroke only scans. */
export interface SearchIndex {
  readonly statements: readonly IndexedStatement[];
}

interface IndexedStatement {
  readonly id: string;
  readonly blocks: readonly IndexedBlock[];
}

/** One folded paragraph of the index. */
export interface IndexedBlock {
  readonly id: string;
  readonly paragraph: number;
  readonly folded: string;
}

/**
 * Parses what a person typed. "Quoted phrases" are phrases; the words outside quotes, between them, are a phrase
 * too (in order, across line breaks). A paragraph matches when it holds all the phrases. An unclosed quote runs to
 * the end, so a query being typed still searches.
 */
export function parseQuery(input: string): SearchQuery {
  const folded = foldQuery(input);
  const phrases: string[] = [];
  const parts = folded.split('"');
  // Even parts are outside quotes, odd parts inside; both kinds are phrases.
  for (const part of parts) {
    const phrase = part.replace(/ +/g, ' ').trim();
    if (phrase !== '' && !phrases.includes(phrase)) phrases.push(phrase);
  }
  return { phrases };
}

/**
 * The query matching a theme's spellings too: each phrase also matches its words in any order, singular or
 * plural, with linking words between ("definition of conflict diamonds" for "conflict diamond definition"),
 * and with an acronym for its long form or the other way round ("CAR" for "Central African Republic").
 *
 * @param acronyms acronym → long form (as `findAcronyms` gives them for the statements searched)
 */
export function withSpellings(query: SearchQuery, acronyms: Readonly<Record<string, string>>): SearchQuery {
  return { phrases: query.phrases, spellings: query.phrases.map((p) => phraseSpellings(p, acronyms)) };
}

/** True when the query has nothing to look for. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.phrases.length === 0;
}

/** Folded paragraphs kept between indexes, by a key that changes whenever a statement's text does. */
export interface SearchFoldCache {
  readonly blocks: Map<string, readonly IndexedBlock[]>;
  readonly keyOf: (statement: Statement) => string;
}

/** Folds every body paragraph of every statement once (statements already in `cache` are not folded again). */
export function buildSearchIndex(statements: readonly Statement[], cache?: SearchFoldCache): SearchIndex {
  return {
    statements: searchOrder(statements).map((statement) => {
      if (!cache) return { id: statement.id, blocks: foldStatement(statement) };
      const key = cache.keyOf(statement);
      let blocks = cache.blocks.get(key);
      if (!blocks) {
        blocks = foldStatement(statement);
        cache.blocks.set(key, blocks);
      }
      return { id: statement.id, blocks };
    }),
  };
}

/** A statement's body paragraphs folded for the index (what `buildSearchIndex` keeps of each statement). */
export function foldStatement(statement: Pick<Statement, 'blocks'>): readonly IndexedBlock[] {
  return bodyBlocks(statement).map((block, index) => ({
    id: block.id,
    paragraph: index + 1,
    folded: foldPlain(block.text),
  }));
}

/** Searches the index; statements with no hit are left out. */
export function search(index: SearchIndex, query: SearchQuery): SearchResults {
  const statements: StatementHits[] = [];
  let paragraphCount = 0;
  let occurrenceCount = 0;
  if (!isEmptyQuery(query)) {
    for (const statement of index.statements) {
      const hits: SearchHit[] = [];
      let occurrences = 0;
      for (const block of statement.blocks) {
        const found = occurrencesIn(block.folded, query);
        if (found === 0) continue;
        occurrences += found;
        hits.push({ blockId: block.id, paragraph: block.paragraph, occurrences: found });
      }
      if (hits.length === 0) continue;
      statements.push({ statementId: statement.id, hits, occurrenceCount: occurrences });
      paragraphCount += hits.length;
      occurrenceCount += occurrences;
    }
  }
  return { query, statements, paragraphCount, occurrenceCount };
}

/** The ranges of the original `text` where the query's phrases occur, or [] when not every phrase does. */
export function findRanges(text: string, query: SearchQuery): readonly TextRange[] {
  const folded = foldText(text);
  const ranges = foldedRanges(folded.text, query.phrases, query.spellings) ?? [];
  return ranges.map((range) => ({
    start: folded.starts[range.start] as number,
    end: folded.ends[range.end - 1] as number,
  }));
}

/**
 * How many merged ranges `foldedRanges` finds in a folded paragraph (0 when a phrase is missing); for one phrase with
 * no other spellings (most searches) counted as they are found, without building the ranges: the search worker goes
 * through every paragraph of the library on each query.
 */
function occurrencesIn(folded: string, query: SearchQuery): number {
  const [phrase, ...more] = query.phrases;
  if (phrase === undefined || more.length > 0 || (query.spellings?.[0]?.length ?? 0) > 0)
    return foldedRanges(folded, query.phrases, query.spellings)?.length ?? 0;
  // phraseStarts and mergeRanges in one pass: the starts come in order, each at or after the last one's end, so a
  // range merges with the last only when it starts where that one ends.
  const wordStart = startsWord(phrase, 0);
  let count = 0;
  let lastEnd = -1;
  let from = 0;
  for (;;) {
    const at = folded.indexOf(phrase, from);
    if (at < 0) return count;
    if (!wordStart || at === 0 || !startsWord(folded, at - 1)) {
      if (at !== lastEnd) count++;
      lastEnd = at + phrase.length;
      from = lastEnd;
    } else {
      from = at + 1;
    }
  }
}

/** The merged ranges of the phrases in a folded paragraph, or null when one phrase is missing. */
function foldedRanges(
  folded: string,
  phrases: readonly string[],
  spellings?: readonly (readonly string[])[],
): TextRange[] | null {
  const ranges: TextRange[] = [];
  for (const [i, phrase] of phrases.entries()) {
    const found: TextRange[] = phraseStarts(folded, phrase).map((start) => ({
      start,
      end: start + phrase.length,
    }));
    for (const spelling of spellings?.[i] ?? []) found.push(...spellingRanges(folded, spelling));
    if (found.length === 0) return null;
    ranges.push(...found);
  }
  return mergeRanges(ranges);
}

/** Start offsets of `phrase` in `folded`, each at the start of a word when the phrase starts with one. */
function phraseStarts(folded: string, phrase: string): number[] {
  const found: number[] = [];
  // A phrase that starts with a letter or digit matches at the start of a word only (no letter or digit before).
  const wordStart = startsWord(phrase, 0);
  let from = 0;
  for (;;) {
    const at = folded.indexOf(phrase, from);
    if (at < 0) return found;
    if (!wordStart || at === 0 || !startsWord(folded, at - 1)) {
      found.push(at);
      from = at + phrase.length;
    } else {
      from = at + 1;
    }
  }
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      if (range.end > last.end) merged[merged.length - 1] = { start: last.start, end: range.end };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/**
 * The order of the results: by year (unknown years last), then date, then title. An index built in this order a
 * part at a time answers with the first statements of the final results.
 */
export function searchOrder<
  S extends { readonly title: string; readonly metadata: Pick<Statement['metadata'], 'year' | 'date'> },
>(statements: readonly S[]): S[] {
  const collator = new Intl.Collator('en');
  return [...statements].sort((a, b) => {
    const ya = a.metadata.year ?? Number.POSITIVE_INFINITY;
    const yb = b.metadata.year ?? Number.POSITIVE_INFINITY;
    if (ya !== yb) return ya - yb;
    const da = a.metadata.date ?? '';
    const db = b.metadata.date ?? '';
    if (da !== db) return da < db ? -1 : 1;
    return collator.compare(a.title, b.title);
  });
}
