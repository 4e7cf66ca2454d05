/**
 * The lexicon's and the user's themes over the statements read so far: what a view can show while the rest of a
 * library is read, before discovery across all of it.
 */
import type { Statement } from '../statements/model';
import type { Hits } from './discover';
import { keptMatches } from './match-terms';
import type { LexiconEntry } from './model';
import type { PackedThemes } from './packed-themes';
import { packTheme, relativeTo, themeLayout, themeStatements, usedAcronyms } from './theme-layout';
import type { ThemesCache, UnitsRead } from './themes-cache';
import type { UserTheme } from './user-theme';

/** What `partialThemes` lays out besides the statements read: the themes asked for and the run's acronyms. */
export interface PartialThemesAsked {
  readonly lexicon: readonly LexiconEntry[];
  readonly userThemes: readonly UserTheme[];
  /** Id of the reference among the statements, or null. */
  readonly reference: string | null;
  /** The acronyms the statements are read with (across all of them). */
  readonly acronyms: Readonly<Record<string, string>>;
}

/**
 * The themes of the first `read.units.length` of `statements` (the statements read so far, in the context of the
 * acronyms across all of them): the user's themes, then the lexicon's that occur, each matched on its own terms
 * only. Nothing discovered, no names, and no folding: the full answer adds the discovered themes and folds their
 * phrases into these rows, so its counts for a row can only be the same or higher. Each statement's counts equal
 * those the full run's own matches of the row's terms give for it. Term matches are kept in `cache`, so the full
 * run over the same statements does not match them again.
 */
export function partialThemes(
  statements: readonly Statement[],
  read: UnitsRead,
  asked: PartialThemesAsked,
  cache: Pick<ThemesCache, 'termMatches'>,
): PackedThemes {
  const { context, units } = read;
  const list = statements.slice(0, units.length);
  const streams = units.map((u) => u.stream);
  const { lexicon, userThemes: user, reference } = asked;
  // The lexicon's and the user's terms matched apart, as the full run matches them (and finds them kept).
  const [lexiconHits, userHits] = [lexicon, user].map((themes) =>
    keptMatches(
      statements,
      streams,
      themes.map((t) => t.terms),
      context,
      cache,
    ),
  ) as [Hits[], Hits[]];
  const bodies = list.map((s) => s.blocks.filter((b) => b.role === 'body'));
  const layout = themeLayout(list, streams, bodies);
  const all = [
    ...user.map((u, i) => packTheme(layout, `user:${u.id}`, u.label, u.terms, 'user', userHits[i] ?? [], 0)),
    ...lexicon
      .map((e, i) =>
        packTheme(layout, `lexicon:${e.id}`, e.label, e.terms, 'lexicon', lexiconHits[i] ?? [], 0),
      )
      .filter((t) => t.total > 0),
  ];
  const referenceRead = reference !== null && list.some((s) => s.id === reference);
  return {
    statements: themeStatements(list, streams),
    themes: all,
    reference,
    relative: referenceRead ? relativeTo(reference, list, all) : [],
    acronyms: usedAcronyms(asked.acronyms, units, context),
    names: [],
    blockIds: layout.blockIds,
  };
}
