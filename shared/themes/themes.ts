/** `themes()`: the recurring themes of a set of statements, discovered, from the lexicon and the user's. */
import type { Statement } from '../statements/model';
import { discoveryCandidates, groupCandidates, mergeHits, type Hits } from './discover';
import { foldTargets } from './fold-themes';
import { builtinLexicon, knownAcronyms } from './lexicon';
import { keptMatches, termLemmas } from './match-terms';
import type { ThemeName, Themes, ThemesOptions } from './model';
import { unpackThemes, type Packed, type PackedThemes } from './packed-themes';
import { partialThemes } from './partial-themes';
import {
  packOccurrences,
  packTheme,
  relativeTo,
  themeLayout,
  themeStatements,
  usedAcronyms,
  type PackedTheme,
} from './theme-layout';
import { createThemesCache } from './themes-cache';

/**
 * The recurring themes of the statements, with where and how often each statement carries them.
 *
 * Only body blocks count (never the title, salutation, signature or boilerplate). Discovered themes are
 * key phrases recurring in at least two statements (see `discoverThemes`); lexicon and user themes are their
 * terms matched on lemmas. A lexicon theme no statement carries is left out; a user theme is always kept.
 * Statements with the same id count once. With a reference, `relative` tells for each other statement
 * which of the reference's themes it keeps, loses, and which it raises anew.
 *
 * @throws Error when `options.reference` is an id not among the statements (a caller's mistake).
 */
export function themes(statements: readonly Statement[], options: ThemesOptions = {}): Themes {
  const unpacked = unpackThemes(packedThemes(statements, options));
  // Each occurrence list made now (a spread reads the getter into a field in its place).
  return {
    ...unpacked,
    themes: unpacked.themes.map((t) => ({ ...t })),
    names: unpacked.names.map((n) => ({ ...n })),
  };
}

/**
 * `themes()` with its occurrences packed, the same as `packThemes(themes(statements, options))`: laid out in columns
 * as they are found, without an object per occurrence (hundreds of thousands at 3,000 statements) made and packed.
 *
 * @throws Error when `options.reference` is an id not among the statements (a caller's mistake).
 */
export function packedThemes(statements: readonly Statement[], options: ThemesOptions = {}): PackedThemes {
  const list = uniqueById(statements);
  const { reference } = options;
  let referenceId: string | null = null;
  if (typeof reference === 'string') {
    if (!list.some((s) => s.id === reference))
      throw new Error(`reference ${reference} is not among the statements`);
    referenceId = reference;
  } else if (reference) {
    referenceId = reference.id;
    if (!list.some((s) => s.id === reference.id)) list.push(reference);
  }

  // Without a cache, a fresh one: the same steps either way.
  const cache = options.cache ?? createThemesCache();
  const { onProgress, onPartial } = options;
  const lexicon = options.lexicon ?? builtinLexicon;
  const user = options.userThemes ?? [];
  const total = list.length;
  // A first look while the acronyms across all statements are found (a second or more at thousands): the first
  // statements read with the acronyms found in them alone, in a cache of their own, laid out as a partial is. The
  // partials read with all the acronyms, and the answer, replace it.
  const firstLook = options.firstLook ?? 0;
  if (onPartial && firstLook > 0 && firstLook < total) {
    const first = list.slice(0, firstLook);
    const look = createThemesCache();
    const lookAcronyms = look.acronyms(first, knownAcronyms);
    const glance = { lexicon, userThemes: user, reference: referenceId, acronyms: lookAcronyms };
    look.units(first, lookAcronyms, (done, read) => {
      if (done === firstLook) onPartial(done, total, () => partialThemes(first, read, glance, look));
    });
  }
  const acronyms = cache.acronyms(
    list,
    knownAcronyms,
    onProgress && ((done) => onProgress({ step: 'acronyms', done, total })),
  );
  // The lexicon's and the user's themes over the statements read so far, laid out only when asked for.
  const asked = { lexicon, userThemes: user, reference: referenceId, acronyms };
  const { context, units, counts } = cache.units(
    list,
    acronyms,
    (onProgress || onPartial) &&
      ((done, read) => {
        onProgress?.({ step: 'reading', done, total });
        onPartial?.(done, total, () => partialThemes(list, read, asked, cache));
      }),
  );
  onProgress?.({ step: 'library', done: 0, total: 1 });
  const streams = units.map((u) => u.stream);
  const bodies = list.map((s) => s.blocks.filter((b) => b.role === 'body'));
  const texts = bodies.map((blocks) => blocks.map((b) => b.text));
  const lexiconTerms = lexicon.map((e) => e.terms);
  const userTerms = user.map((u) => u.terms);
  const termLists = [...lexiconTerms, ...userTerms];
  const lemmas = termLemmas(termLists, context);
  const termKeys = new Set(lemmas.flat().map((ids) => ids.join(',')));
  const termIds = lemmas.flat();
  const maxDiscovered = options.maxDiscovered ?? 25;
  // Room for the discovered themes that fold into the lexicon's and the user's.
  const maxThemes = maxDiscovered > 0 ? maxDiscovered * 2 + 30 : 0;
  // The candidates do not depend on the terms: a run whose user themes changed takes those of the run before.
  const candidates = cache.candidates(list, maxThemes, () =>
    discoveryCandidates(
      streams,
      texts,
      context,
      maxThemes,
      units.map((u) => u.phrases),
      counts,
    ),
  );
  const discovery = groupCandidates(candidates, streams, texts, context, maxThemes, (phrase) =>
    termKeys.has([...phrase].sort((x, y) => x - y).join(','))
      ? 2
      : termIds.some((ids) => phrase.every((id) => ids.includes(id)))
        ? 1
        : 0,
  );
  // Each theme's matches are its own (see `matchStream`): the lexicon's and the user's are matched and kept apart,
  // so a user theme added matches only the user's terms again.
  const matched = [
    ...keptMatches(list, streams, lexiconTerms, context, cache),
    ...keptMatches(list, streams, userTerms, context, cache),
  ];
  const targets = foldTargets(discovery.themes, lemmas, matched, streams, context);
  const folded = termLists.map((terms, i) => {
    const into = discovery.themes.filter((_, f) => targets[f] === i);
    const seen = new Set(terms.map((t) => t.toLowerCase()));
    const extra = into
      .flatMap((f) => f.terms)
      .filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
    return {
      terms: [...terms, ...extra],
      hits:
        into.length === 0 ? (matched[i] ?? []) : mergeHits([matched[i] ?? [], ...into.map((f) => f.hits)]),
    };
  });
  const found = discovery.themes.filter((f, i) => targets[i] === -1 && f.alone).slice(0, maxDiscovered);

  const layout = themeLayout(list, streams, bodies);
  const of = (i: number) => folded[i] as { terms: string[]; hits: Hits };
  // The themes a reader chose come first: their own, then the built-in ones in the lexicon's order (the same
  // rows in the same place in every library), then the discovered ones, most distinctive first, as
  // suggestions below them.
  const all: PackedTheme[] = [
    ...user.map((u, i) =>
      packTheme(
        layout,
        `user:${u.id}`,
        u.label,
        of(lexicon.length + i).terms,
        'user',
        of(lexicon.length + i).hits,
        0,
      ),
    ),
    ...lexicon
      .map((e, i) => packTheme(layout, `lexicon:${e.id}`, e.label, of(i).terms, 'lexicon', of(i).hits, 0))
      .filter((t) => t.total > 0),
    ...found.map((f) => packTheme(layout, f.id, f.label, f.terms, 'discovered', f.hits, f.score)),
  ];
  const names = discovery.names.map((n): Packed<ThemeName> => ({
    id: n.id.replace(/^discovered:/, 'name:'),
    label: n.label,
    kind: n.kind,
    terms: n.terms,
    total: n.hits.length / 3,
    occurrences: packOccurrences(layout, n.hits),
  }));
  return {
    statements: themeStatements(list, streams),
    themes: all,
    reference: referenceId,
    relative: referenceId ? relativeTo(referenceId, list, all) : [],
    acronyms: usedAcronyms(acronyms, units, context),
    names,
    blockIds: layout.blockIds,
  };
}

function uniqueById(statements: readonly Statement[]): Statement[] {
  const seen = new Set<string>();
  return statements.filter((s) => !seen.has(s.id) && seen.add(s.id));
}
