/**
 * What `themes()` keeps of each statement between runs, by content: its acronym evidence, its units and its key
 * phrases with their counts. A library with one statement more reads only that one; what is worked out across
 * the library (acronyms, discovery, folding) is merged from these each run.
 */
import type { Statement } from '../statements/model';
import { contentKey } from '../statements/summary';
import { acronymEvidence, mergeAcronyms, type AcronymEvidence } from './acronyms';
import {
  countAllStreamPhrases,
  countStreamPhrases,
  streamPhrases,
  type DiscoveryCandidates,
  type PhraseCounts,
  type StreamPhrases,
} from './discover';
import {
  encodeReads,
  storedReads,
  THEMES_READS_VERSION,
  type StoredReads,
  type StoredStatement,
} from './stored-reads';
import { readStream, unitContext, type UnitContext, type UnitStream } from './units';

/** One statement as discovery and term matching read it. */
export interface StatementUnits {
  readonly stream: UnitStream;
  readonly phrases: StreamPhrases;
  /** Vocabulary ids of the acronyms its body names (see `eachUnit`). */
  readonly acronyms: readonly number[];
}

/** The statements read so far by `ThemesCache.units`, in order, and the context they were read in. */
export interface UnitsRead {
  readonly context: UnitContext;
  /** The first statements' units: as many as are read so far. */
  readonly units: readonly StatementUnits[];
}

/** How many statements a cache has read, since it was made: what a run did not find kept. */
export interface ThemesCacheReads {
  /** Statements whose texts were scanned for acronyms. */
  readonly acronyms: number;
  /** Statements whose body was read into units and key phrases. */
  readonly units: number;
  /** Statements whose units were taken from stored readings (see `adopt`) instead. */
  readonly loaded: number;
}

/** Readings to keep (see `ThemesCache.unsaved`). */
export interface UnsavedReads {
  /**
   * Bundles (see `stored-reads.ts`) of at most BUNDLE_STATEMENTS statements each (a few megabytes), so that each
   * crosses to the library folder in a call of its own.
   */
  readonly bundles: readonly Uint8Array[];
  /**
   * True when none of the statements' readings kept so far is of use (other acronyms, another version, none): the
   * bundle replaces what is kept instead of adding to it.
   */
  readonly replace: boolean;
  /** How many statements it holds. */
  readonly statements: number;
}

/**
 * The per-statement analyses `themes()` reuses (pass one cache to every run over the same library). Statements
 * are known by `contentKey`: their id, which names their content as the library's ids do, and their length.
 */
export interface ThemesCache {
  /**
   * The acronyms of `statements` (in order) with their long forms; `known` fills in the undefined. `onScanned`
   * is told how many statements are scanned so far, after each.
   */
  acronyms(
    statements: readonly Statement[],
    known: Readonly<Record<string, string>>,
    onScanned?: (done: number) => void,
  ): Record<string, string>;
  /**
   * The unit context for `acronyms` (kept while the acronyms stay the same, so that lemma ids stay valid) and
   * each statement's units read in it. `onRead` is told how many statements are read so far, after each, with
   * their units (valid during the call only: the list grows as the next are read).
   */
  units(
    statements: readonly Statement[],
    acronyms: Readonly<Record<string, string>>,
    onRead?: (done: number, read: UnitsRead) => void,
  ): {
    readonly context: UnitContext;
    readonly units: readonly StatementUnits[];
    /** The sum of their key phrases' counts. */
    readonly counts: PhraseCounts;
  };
  /**
   * Discovery's candidates over `statements` (after `units` for them, in the same order) for `maxThemes`: those
   * `work` gives, kept while the statements, their order, `maxThemes` and the unit context stay the same (a run
   * whose lexicon or user themes changed finds them again without `work`).
   */
  candidates(
    statements: readonly Statement[],
    maxThemes: number,
    work: () => DiscoveryCandidates,
  ): DiscoveryCandidates;
  /**
   * Where the terms named by `signature` (the lexicon's or user themes' terms) occur in each of `statements`
   * (after `units` for them): kept per statement while the terms and the unit context stay the same; the matches
   * of the last few signatures are kept, so the lexicon's stay when the user's terms change.
   */
  termMatches(
    statements: readonly Statement[],
    signature: string,
  ): (s: number, match: () => Int32Array) => Int32Array;
  /** What has been read so far. */
  reads(): ThemesCacheReads;
  /** How many times discovery's candidates were worked out (see `candidates`), since the cache was made. */
  discoveries(): number;
  /**
   * Takes readings kept from an earlier session (see `stored-reads.ts`): a statement found there is not read
   * again while the acronyms are those it was read under. Bytes that do not decode are ignored.
   */
  adopt(bytes: Uint8Array | readonly Uint8Array[]): void;
  /**
   * The readings of `statements` (after `units` for them) that are not kept yet, as a bundle to keep; null when
   * every one is kept. Each is given once.
   */
  unsaved(statements: readonly Statement[]): UnsavedReads | null;
}

/** Keeps the entries of `keep` once the map holds more than twice as many (and 50) besides. */
function forgetOthers<V>(cache: Map<string, V>, keep: readonly string[]): void {
  if (cache.size <= 2 * Math.max(keep.length, 50)) return;
  const kept = new Set(keep);
  for (const key of [...cache.keys()]) if (!kept.has(key)) cache.delete(key);
}

/** How many sets of terms `termMatches` keeps matches for: the lexicon's and a few of the user's. */
const MATCHED_SIGNATURES = 4;

/** Most statements in one bundle of `unsaved`. */
export const BUNDLE_STATEMENTS = 200;

/**
 * An empty cache; `readsVersion` names the readings it adopts and gives (see `THEMES_READS_VERSION`): the app adds
 * its build's analysis version.
 */
export function createThemesCache(readsVersion = THEMES_READS_VERSION): ThemesCache {
  const evidence = new Map<string, AcronymEvidence>();
  let read: {
    readonly signature: string;
    readonly context: UnitContext;
    readonly units: Map<string, StatementUnits>;
    /** The phrase counts of the statements last asked for, by content key (null before the first). */
    counts: PhraseCounts | null;
    counted: ReadonlySet<string>;
    /** Term matches by terms' signature (the latest used last), then by content key. */
    readonly matches: Map<string, Map<string, Int32Array>>;
    /** Discovery's candidates, and what they were worked out over: `maxThemes` and the content keys in order. */
    discovered: { readonly over: string; readonly candidates: DiscoveryCandidates } | null;
    /** Content keys whose reading in this context is kept (stored, or given by `unsaved`). */
    readonly saved: Set<string>;
  } | null = null;
  const reads = { acronyms: 0, units: 0, loaded: 0 };
  let discoveries = 0;
  let stored: StoredReads | null = null;

  return {
    acronyms(statements, known, onScanned) {
      const keys = statements.map(contentKey);
      const found = statements.map((s, i) => {
        const key = keys[i] as string;
        let seen = evidence.get(key) ?? stored?.evidence(key);
        if (seen) evidence.set(key, seen);
        else {
          seen = acronymEvidence(s.blocks.map((b) => b.text));
          evidence.set(key, seen);
          reads.acronyms++;
        }
        onScanned?.(i + 1);
        return seen;
      });
      forgetOthers(evidence, keys);
      return mergeAcronyms(found, known);
    },
    units(statements, acronyms, onRead) {
      // Another acronym or long form reads words differently: everything is read again in a new context.
      const signature = JSON.stringify(Object.entries(acronyms));
      if (read?.signature !== signature)
        read = {
          signature,
          context: unitContext(acronyms),
          units: new Map(),
          counts: null,
          counted: new Set(),
          matches: new Map(),
          discovered: null,
          saved: new Set(),
        };
      const { context, units: kept } = read;
      const keys = statements.map(contentKey);
      const units: StatementUnits[] = [];
      const sofar: UnitsRead = { context, units };
      statements.forEach((s, i) => {
        const key = keys[i] as string;
        let found = kept.get(key);
        if (!found && stored) {
          found = stored.units(key, signature, context);
          if (found) {
            kept.set(key, found);
            read?.saved.add(key);
            reads.loaded++;
          }
        }
        if (!found) {
          const named = new Set<number>();
          const stream = readStream(s, context, named);
          found = { stream, phrases: streamPhrases(stream), acronyms: [...named] };
          kept.set(key, found);
          reads.units++;
        }
        units.push(found);
        onRead?.(i + 1, sofar);
      });
      // The counts of the last run, with the statements gone taken away and the new ones added, unless most
      // changed (a new library): then counted afresh.
      const wanted = new Set(keys);
      const gone = [...read.counted].filter((key) => !wanted.has(key));
      const fresh = keys.filter((key) => !read?.counted.has(key));
      let counts = read.counts;
      if (!counts || gone.length + fresh.length > keys.length / 2) {
        counts = countAllStreamPhrases(
          units.map((u) => u.phrases),
          units.reduce((sum, u) => sum + u.stream.length, 0),
        );
      } else {
        for (const key of gone) countStreamPhrases(counts, (kept.get(key) as StatementUnits).phrases, -1);
        for (const key of fresh) countStreamPhrases(counts, (kept.get(key) as StatementUnits).phrases, 1);
      }
      read.counts = counts;
      read.counted = wanted;
      forgetOthers(kept, keys);
      return { context, units, counts };
    },
    candidates(statements, maxThemes, work) {
      if (!read) throw new Error('candidates asked before the units were read');
      const over = `${maxThemes}\n${statements.map(contentKey).join('\n')}`;
      if (read.discovered?.over !== over) {
        read.discovered = { over, candidates: work() };
        discoveries++;
      }
      return read.discovered.candidates;
    },
    termMatches(statements, signature) {
      if (!read) throw new Error('termMatches asked before the units were read');
      const { matches } = read;
      const byKey = matches.get(signature) ?? new Map<string, Int32Array>();
      // The latest used last; the oldest forgotten beyond MATCHED_SIGNATURES.
      matches.delete(signature);
      matches.set(signature, byKey);
      for (const old of matches.keys()) if (matches.size > MATCHED_SIGNATURES) matches.delete(old);
      const keys = statements.map(contentKey);
      forgetOthers(byKey, keys);
      return (s, match) => {
        const key = keys[s] as string;
        let found = byKey.get(key);
        if (!found) {
          found = match();
          byKey.set(key, found);
        }
        return found;
      };
    },
    reads: () => ({ ...reads }),
    discoveries: () => discoveries,
    adopt(bytes) {
      stored = storedReads(bytes, readsVersion);
    },
    unsaved(statements) {
      if (!read) return null;
      const { saved, units, signature, context } = read;
      const keys = [...new Set(statements.map(contentKey))];
      const fresh = keys.filter((key) => !saved.has(key) && units.has(key));
      if (fresh.length === 0) return null;
      const replace = !keys.some((key) => saved.has(key));
      const entries = fresh.map((key): StoredStatement => {
        const { stream, phrases, acronyms } = units.get(key) as StatementUnits;
        return { key, evidence: evidence.get(key) as AcronymEvidence, stream, phrases, acronyms };
      });
      for (const key of fresh) saved.add(key);
      const bundles: Uint8Array[] = [];
      for (let at = 0; at < entries.length; at += BUNDLE_STATEMENTS)
        bundles.push(
          encodeReads(signature, context, entries.slice(at, at + BUNDLE_STATEMENTS), readsVersion),
        );
      return { bundles, replace, statements: fresh.length };
    },
  };
}
