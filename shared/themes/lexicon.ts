/** The built-in lexicon, acronyms and exclusion lists, read from resources/themes/lexicon.json (data, not code). */
import data from '../../resources/themes/lexicon.json' with { type: 'json' };
import type { LexiconEntry } from './model';

interface LexiconData {
  readonly themes: readonly LexiconEntry[];
  readonly acronyms: Readonly<Record<string, string>>;
  readonly exclude: {
    readonly courtesy: readonly string[];
    readonly web: readonly string[];
    readonly dates: readonly string[];
    readonly generic: readonly string[];
    readonly weak: readonly string[];
  };
  readonly names: {
    readonly organisation: readonly string[];
    readonly meeting: readonly string[];
    readonly role: readonly string[];
  };
}

const lexicon: LexiconData = data;

/** The themes this field tracks, each a label with variant terms. */
export const builtinLexicon: readonly LexiconEntry[] = lexicon.themes;

/** Acronyms assumed when the statements do not define them (KP → Kimberley Process). */
export const knownAcronyms: Readonly<Record<string, string>> = lexicon.acronyms;

/** Words that never make or join a discovered theme: salutations, courtesy, web residue, dates. */
export const junkWords: ReadonlySet<string> = new Set(
  [...lexicon.exclude.courtesy, ...lexicon.exclude.web, ...lexicon.exclude.dates].map((w) => w.toLowerCase()),
);

/** Common words treated like stop words on top of the NLP model's list. */
export const extraStopWords: ReadonlySet<string> = new Set(
  lexicon.exclude.generic.map((w) => w.toLowerCase()),
);

/** Lemmas (and acronyms, in capitals) that may sit in a discovered phrase but are too general to be a theme alone. */
export const weakWords: ReadonlySet<string> = new Set(lexicon.exclude.weak);

/** Words that make a discovered phrase a name: organisation words (its last word), meeting and role words. */
export const nameWords: {
  readonly organisation: ReadonlySet<string>;
  readonly meeting: ReadonlySet<string>;
  readonly role: ReadonlySet<string>;
} = {
  organisation: new Set(lexicon.names.organisation),
  meeting: new Set(lexicon.names.meeting),
  role: new Set(lexicon.names.role),
};
