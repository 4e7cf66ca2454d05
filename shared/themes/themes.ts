/** `themes()`: the recurring themes of a set of statements, discovered, from the lexicon and the user's. */
import type { Statement } from '../statements/model';
import { discoveryCandidates, groupCandidates, mergeHits, type Hits } from './discover';
import { foldTargets } from './fold-themes';
import { builtinLexicon, knownAcronyms } from './lexicon';
import { matchTerms, termLemmas } from './match-terms';
import type {
  Theme,
  ThemeName,
  ThemeShift,
  ThemeSource,
  ThemeStatement,
  Themes,
  ThemesOptions,
} from './model';
import { unpackThemes, type Packed, type PackedOccurrences, type PackedThemes } from './packed-themes';
import { themeTrend } from './trend';
import { createThemesCache } from './themes-cache';
import { acronymKey, type UnitStream } from './units';

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
  const { onProgress } = options;
  const total = list.length;
  const acronyms = cache.acronyms(
    list,
    knownAcronyms,
    onProgress && ((done) => onProgress({ step: 'acronyms', done, total })),
  );
  const { context, units, counts } = cache.units(
    list,
    acronyms,
    onProgress && ((done) => onProgress({ step: 'reading', done, total })),
  );
  onProgress?.({ step: 'library', done: 0, total: 1 });
  const streams = units.map((u) => u.stream);
  const named = new Set(units.flatMap((u) => u.acronyms));
  const usedAcronyms = Object.fromEntries(
    Object.entries(acronyms).filter(([acronym]) => {
      const id = context.vocabulary.ids.get(acronymKey(acronym));
      return id !== undefined && named.has(id);
    }),
  );
  const bodies = list.map((s) => s.blocks.filter((b) => b.role === 'body'));
  const texts = bodies.map((blocks) => blocks.map((b) => b.text));
  const lexicon = options.lexicon ?? builtinLexicon;
  const user = options.userThemes ?? [];
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
  const matchedOf = (lists: readonly (readonly string[])[]) =>
    lists.length === 0
      ? []
      : matchTerms(streams, lists, context, cache.termMatches(list, JSON.stringify(lists)));
  const matched = [...matchedOf(lexiconTerms), ...matchedOf(userTerms)];
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

  const layout = {
    list,
    streams,
    bodies,
    blockIds: [] as string[],
    blockIndex: list.map(() => null),
    blockById: new Map<string, number>(),
  };
  const of = (i: number) => folded[i] as { terms: string[]; hits: Hits };
  // The themes a reader chose come first: their own, then the built-in ones in the lexicon's order (the same
  // rows in the same place in every library), then the discovered ones, most distinctive first, as
  // suggestions below them.
  const all: PackedTheme[] = [
    ...user.map((u, i) =>
      theme(
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
      .map((e, i) => theme(layout, `lexicon:${e.id}`, e.label, of(i).terms, 'lexicon', of(i).hits, 0))
      .filter((t) => t.total > 0),
    ...found.map((f) => theme(layout, f.id, f.label, f.terms, 'discovered', f.hits, f.score)),
  ];
  const names = discovery.names.map((n): Packed<ThemeName> => ({
    id: n.id.replace(/^discovered:/, 'name:'),
    label: n.label,
    kind: n.kind,
    terms: n.terms,
    total: n.hits.length / 3,
    occurrences: occurrences(layout, n.hits),
  }));
  return {
    statements: list.map((s, i): ThemeStatement => ({
      id: s.id,
      title: s.title,
      sample: s.sample,
      year: s.metadata.year,
      city: s.metadata.city,
      meeting: s.metadata.meeting,
      kind: s.metadata.kind,
      words: streams[i]?.words ?? 0,
    })),
    themes: all,
    reference: referenceId,
    relative: referenceId ? relativeTo(referenceId, list, all) : [],
    acronyms: usedAcronyms,
    names,
    blockIds: layout.blockIds,
  };
}

function uniqueById(statements: readonly Statement[]): Statement[] {
  const seen = new Set<string>();
  return statements.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

type PackedTheme = Packed<Theme>;

interface Layout {
  readonly list: readonly Statement[];
  readonly streams: readonly UnitStream[];
  readonly bodies: readonly (readonly { readonly id: string }[])[];
  /** The block ids occurrences name, in the order first named (as `packThemes` numbers them). */
  readonly blockIds: string[];
  /** By statement and body block, its index in `blockIds` + 1 (0 until named). */
  readonly blockIndex: (Int32Array | null)[];
  /** Block id → its index in `blockIds`. */
  readonly blockById: Map<string, number>;
}

// A theme laid out per statement: counts, rates, occurrences by block id, years and trend.
function theme(
  layout: Layout,
  id: string,
  label: string,
  terms: readonly string[],
  source: ThemeSource,
  hits: Hits,
  score: number,
): PackedTheme {
  const countOf = new Int32Array(layout.list.length);
  for (let h = 0; h < hits.length; h += 3)
    countOf[hits[h] as number] = (countOf[hits[h] as number] as number) + 1;
  const counts = layout.list.map((s, i) => {
    const words = layout.streams[i]?.words ?? 0;
    const count = countOf[i] ?? 0;
    return { statement: s.id, count, per1000: words > 0 ? Math.round((count * 1e6) / words) / 1000 : 0 };
  });
  const years: { year: number; count: number; words: number }[] = [];
  layout.list.forEach((s, i) => {
    if (s.metadata.year !== null)
      years.push({ year: s.metadata.year, count: countOf[i] ?? 0, words: layout.streams[i]?.words ?? 0 });
  });
  const carried = years.filter((y) => y.count > 0).map((y) => y.year);
  return {
    id,
    label,
    terms,
    source,
    counts,
    total: hits.length / 3,
    occurrences: occurrences(layout, hits),
    firstYear: carried.length > 0 ? Math.min(...carried) : null,
    lastYear: carried.length > 0 ? Math.max(...carried) : null,
    trend: themeTrend(years),
    score,
  };
}

function occurrences(layout: Layout, hits: Hits): PackedOccurrences {
  const n = hits.length / 3;
  const buffer = new ArrayBuffer(n * 16);
  const statement = new Int32Array(buffer, 0, n);
  const block = new Int32Array(buffer, 4 * n, n);
  const start = new Int32Array(buffer, 8 * n, n);
  const end = new Int32Array(buffer, 12 * n, n);
  const { blockIds, blockIndex } = layout;
  for (let h = 0, i = 0; h < hits.length; h += 3, i++) {
    const s = hits[h] as number;
    const stream = layout.streams[s] as UnitStream;
    const first = hits[h + 1] as number;
    const b = stream.block[first] as number;
    const bodies = layout.bodies[s] ?? [];
    const indices = (blockIndex[s] ??= new Int32Array(bodies.length + 1));
    const at = b < bodies.length ? b : bodies.length;
    if (indices[at] === 0) {
      // The same text is the same block id wherever it stands: one index for it, as `packThemes` gives.
      const id = bodies[b]?.id ?? '';
      let index = layout.blockById.get(id);
      if (index === undefined) {
        index = blockIds.length;
        blockIds.push(id);
        layout.blockById.set(id, index);
      }
      indices[at] = index + 1;
    }
    statement[i] = s;
    block[i] = (indices[at] as number) - 1;
    start[i] = stream.start[first] as number;
    end[i] = stream.end[hits[h + 2] as number] as number;
  }
  return { statement, block, start, end };
}

function relativeTo(
  referenceId: string,
  list: readonly Statement[],
  all: readonly PackedTheme[],
): ThemeShift[] {
  // Counts are in statement order, so a statement's count is found by its index.
  const index = new Map(list.map((s, i) => [s.id, i]));
  const carries = (t: PackedTheme, statement: string) =>
    (t.counts[index.get(statement) ?? -1]?.count ?? 0) > 0;
  const inReference = all.filter((t) => carries(t, referenceId));
  const notInReference = all.filter((t) => !carries(t, referenceId));
  return list
    .filter((s) => s.id !== referenceId)
    .map((s) => ({
      statement: s.id,
      keeps: inReference.filter((t) => carries(t, s.id)).map((t) => t.id),
      loses: inReference.filter((t) => !carries(t, s.id)).map((t) => t.id),
      raises: notInReference.filter((t) => carries(t, s.id)).map((t) => t.id),
    }));
}
