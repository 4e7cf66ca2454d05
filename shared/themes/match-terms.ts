/** Finds where the terms of lexicon and user themes occur, matched on lemmas at word boundaries. */
import type { Statement } from '../statements/model';
import type { Hits } from './discover';
import type { ThemesCache } from './themes-cache';
import { isStop, readUnits, type UnitContext, type UnitStream } from './units';

/** A term read into lemma ids: the words a match must meet, and which of them are stop words. */
interface CompiledTerm {
  readonly theme: number;
  readonly lemmas: readonly number[];
  readonly stop: readonly boolean[];
}

const maxStopGap = 2;

/**
 * Reads a term like the statements are read ("Kimberley Process" becomes the KP acronym, "diamonds" the
 * lemma diamond); stop words at its ends are dropped unless it has nothing else.
 */
function compileTerm(term: string, theme: number, context: UnitContext): CompiledTerm | null {
  let units = readUnits(term, context);
  const content = units.filter((u) => !isStop(u.kind));
  if (content.length > 0) {
    const first = units.findIndex((u) => !isStop(u.kind));
    const last = units.length - 1 - [...units].reverse().findIndex((u) => !isStop(u.kind));
    units = units.slice(first, last + 1);
  }
  if (units.length === 0) return null;
  return {
    theme,
    lemmas: units.map((u) => u.id),
    stop: units.map((u) => isStop(u.kind)),
  };
}

/**
 * The content lemmas of each theme's terms, as sorted unique vocabulary ids (stop words left out): what a
 * discovered phrase is compared with to tell whether it names the same thing.
 */
export function termLemmas(
  themes: readonly (readonly string[])[],
  context: UnitContext,
): readonly (readonly (readonly number[])[])[] {
  return themes.map((terms) =>
    terms.flatMap((term) => {
      const ids = readUnits(term, context)
        .filter((u) => !isStop(u.kind))
        .map((u) => u.id);
      return ids.length === 0 ? [] : [[...new Set(ids)].sort((x, y) => x - y)];
    }),
  );
}

// The last unit of a match of `term` starting at unit `at`, or -1. In the text, up to two stop words may
// sit between the term's words; a stop word of the term may be missing from the text.
function matchAt(stream: UnitStream, at: number, term: CompiledTerm): number {
  let i = at + 1;
  let j = 1;
  let gap = 0;
  let last = at;
  while (j < term.lemmas.length) {
    if (i >= stream.length || stream.breakBefore[i]) {
      if (term.stop[j]) {
        j++;
        continue;
      }
      return -1;
    }
    if (stream.lemma[i] === term.lemmas[j]) {
      last = i;
      i++;
      j++;
      gap = 0;
    } else if (term.stop[j]) j++;
    else if (isStop(stream.kind[i] as number) && gap < maxStopGap) {
      i++;
      gap++;
    } else return -1;
  }
  return last;
}

/** The terms of each theme read into lemma ids, by their first lemma (see `compileTerms`). */
export type CompiledTerms = ReadonlyMap<number, readonly CompiledTerm[]>;

/** Reads each theme's terms like the statements are read. */
export function compileTerms(themes: readonly (readonly string[])[], context: UnitContext): CompiledTerms {
  const byFirst = new Map<number, CompiledTerm[]>();
  themes.forEach((terms, theme) => {
    for (const term of terms) {
      const compiled = compileTerm(term, theme, context);
      if (!compiled) continue;
      const first = compiled.lemmas[0] as number;
      byFirst.set(first, [...(byFirst.get(first) ?? []), compiled]);
    }
  });
  return byFirst;
}

/**
 * Where the terms occur in one stream: three numbers per match, the theme and its first and last unit, in text
 * order, non-overlapping per theme (where two matches overlap, the one starting first, then the longer, is
 * kept).
 */
export function matchStream(stream: UnitStream, terms: CompiledTerms, themeCount: number): Int32Array {
  const found: number[] = [];
  // Per theme, the last unit of its latest match.
  const lastUnit = new Int32Array(themeCount).fill(-1);
  // The longest match per theme starting at a unit, and the themes matched there in the order first matched.
  const best = new Int32Array(themeCount).fill(-1);
  const matched: number[] = [];
  for (let i = 0; i < stream.length; i++) {
    const starting = terms.get(stream.lemma[i] as number);
    if (!starting) continue;
    for (const term of starting) {
      const last = matchAt(stream, i, term);
      if (last < 0) continue;
      const before = best[term.theme] as number;
      if (before < 0) matched.push(term.theme);
      if (last > before) best[term.theme] = last;
    }
    for (const theme of matched) {
      const last = best[theme] as number;
      best[theme] = -1;
      if (i <= (lastUnit[theme] as number)) continue;
      found.push(theme, i, last);
      lastUnit[theme] = last;
    }
    matched.length = 0;
  }
  return Int32Array.from(found);
}

/**
 * Where each theme's terms occur, per theme, non-overlapping (see `matchStream`).
 *
 * @param themes the terms of each theme
 * @param matchedIn each stream's `matchStream` for these terms, when already worked out
 */
export function matchTerms(
  streams: readonly UnitStream[],
  themes: readonly (readonly string[])[],
  context: UnitContext,
  matchedIn?: (s: number, match: () => Int32Array) => Int32Array,
): Hits[] {
  const terms = compileTerms(themes, context);
  const hits: number[][] = themes.map(() => []);
  streams.forEach((stream, s) => {
    const match = () => matchStream(stream, terms, themes.length);
    const found = matchedIn ? matchedIn(s, match) : match();
    for (let at = 0; at < found.length; at += 3)
      hits[found[at] as number]?.push(s, found[at + 1] as number, found[at + 2] as number);
  });
  return hits;
}

/**
 * `matchTerms` over the first `streams.length` of `statements` (read into `streams`), each statement's matches kept
 * in `cache` under these terms (see `ThemesCache.termMatches`); none for no list of terms.
 */
export function keptMatches(
  statements: readonly Statement[],
  streams: readonly UnitStream[],
  themes: readonly (readonly string[])[],
  context: UnitContext,
  cache: Pick<ThemesCache, 'termMatches'>,
): Hits[] {
  return themes.length === 0
    ? []
    : matchTerms(streams, themes, context, cache.termMatches(statements, JSON.stringify(themes)));
}
