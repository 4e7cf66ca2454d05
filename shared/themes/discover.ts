/** Discovers recurring key phrases: 1–3 lemmatised content words that recur across statements. */
import { backgroundZipf, generalZipf } from './background';
import {
  addPhrase,
  addPhrases,
  bfAt,
  countPhrase,
  dfAt,
  findPhrase,
  growWordCounts,
  newPhraseTable,
  withScratchTable,
  newWordCounts,
  phraseAt,
  phraseRows,
  tableSlots,
  tfAt,
  type PhraseTable,
  type WordCounts,
} from './phrase-table';
import { weakWords } from './lexicon';
import { capitals, nameKind, type NameKind } from './names';
import { hashChars, sameChars, themeWords } from './tokenise';
import {
  CONTENT,
  formText,
  HEAD,
  JUNK,
  LINK,
  MODIFIER,
  TAIL,
  THEME_WORD,
  type UnitContext,
  type UnitStream,
} from './units';

/**
 * Where a theme occurs: three numbers per occurrence, the statement index and the indices of the first and
 * last unit in that statement's stream, in text order. Flat numbers rather than objects: a theme of a
 * thousand long statements may occur a hundred thousand times.
 */
export type Hits = ArrayLike<number>;

// Hits as they are read: a list, or the typed array a candidate's places are gathered in.
type HitList = Hits;

/** A discovered theme before it is laid out per statement. */
export interface FoundTheme {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly string[];
  readonly hits: Hits;
  readonly score: number;
  /** The lemma ids of the phrases folded into it, the one it is named after first. */
  readonly phrases: readonly (readonly number[])[];
  /**
   * False for a single word common in English spoken or written ("implementation", "ground"): it only lends
   * its places to a built-in or user theme it is part of, and is no theme on its own.
   */
  readonly alone: boolean;
}

/** A recurring name (an organisation, a place, a meeting, a role): kept apart from the themes. */
export interface FoundName extends FoundTheme {
  readonly kind: NameKind;
}

/** How a phrase stands to the lexicon's and the user's terms: 2 the lemmas of a term, 1 part of one, 0 neither. */
export type TermLevel = 0 | 1 | 2;

/** What discovery finds: themes, most distinctive first, and the names it set apart. */
export interface Discovery {
  readonly themes: FoundTheme[];
  readonly names: FoundName[];
}

/** The body-block texts of each statement, by statement and block index. */
export type BlockTexts = readonly (readonly string[])[];

// Up to two linking words may sit between the words of a phrase ("definition of the conflict diamond").
const maxLinkGap = 2;
// An acronym is assumed as rare in everyday English as the rarest words of the background list.
const acronymZipf = 2.5;
// Each word beyond the first makes a phrase rarer in everyday English than its words' mean suggests.
const extraWordZipf = 0.5;
// How many places of a phrase tell whether it is written as a name.
const nameSample = 50;
// A word rarer than this in everyday English is specific enough to gather the longer phrases holding it.
const rareZipf = 4;

/** A phrase discovery weighs (see `DiscoveryCandidates`). */
export interface Candidate {
  readonly lemmas: readonly number[];
  readonly tf: number;
  readonly df: number;
  readonly score: number;
  /** Its places, as many as its occurrences (`tf`) once gathered (see `Hits`). */
  hits: Int32Array;
  /** How many numbers of `hits` are filled in while its places are gathered. */
  gathered: number;
  /** Blocks carrying it, numbered across all statements. */
  readonly blocks: number[];
  /** Two or more lemmas, or one that is an acronym or rare in everyday English: longer phrases holding it fold. */
  readonly specific: boolean;
  /**
   * It may be a theme of its own: not a single word common in English spoken or written, and recurring in a
   * statement's own words, not only where one statement quotes another (see `recursUnquoted`).
   */
  alone: boolean;
  /** `candidateName` when it is not part of a term, and when it is: worked out when first asked (undefined). */
  readonly names: [NameKind | null | undefined, NameKind | null | undefined];
}

// True for a unit that can be part of a key phrase: a noun, adjective, participle or acronym.
function inPhrase(stream: UnitStream, i: number): boolean {
  return stream.kind[i] === CONTENT && (stream.role[i] as number) >= MODIFIER;
}

/**
 * For each phrase unit, how many units on the next phrase unit of the same run is (only linking words between,
 * so at most 1 + `maxLinkGap`), or 0 for none: a byte per unit, not the four of an index, as every statement's is
 * kept.
 */
export function nextContent(stream: UnitStream): Uint8Array {
  const next = new Uint8Array(stream.length);
  for (let i = 0; i < stream.length; i++) {
    if (!inPhrase(stream, i)) continue;
    let gap = 0;
    for (let j = i + 1; j < stream.length; j++) {
      if (stream.breakBefore[j]) break;
      if (inPhrase(stream, j)) {
        next[i] = j - i;
        break;
      }
      if (stream.kind[j] !== LINK || ++gap > maxLinkGap) break;
    }
  }
  return next;
}

// A noun or acronym ends a phrase; a general one or a gerund only right after the previous word ("tripartite
// process", "responsible sourcing", but not "stock of the KP").
function endsPhrase(role: Uint8Array, last: number, previous: number): boolean {
  const r = role[last] as number;
  return r === THEME_WORD || ((r === HEAD || r === TAIL) && last === previous + 1);
}

/** Which phrases `eachPhrase` visits: those whose lowest lemma id is marked in `starts` and every lemma in `within`. */
interface PhraseFilter {
  readonly starts: Uint8Array;
  readonly within: Uint8Array;
}

// Calls `visit` for every 1-, 2- and 3-word key phrase of a stream with its first and last unit: words
// that can be in a phrase, the last of them a noun or acronym (a single word must be a THEME_WORD), no lemma
// twice. A phrase is its set of lemmas, in id order: "definition of conflict diamonds" and "conflict diamond
// definition" are one phrase. With `only`, the phrases it lets through (a unit whose lemma is not `within`
// starts none, so most units are passed over at once).
function eachPhrase(
  stream: UnitStream,
  next: Uint8Array,
  visit: (a: number, b: number, c: number, first: number, last: number) => void,
  only?: PhraseFilter,
): void {
  const { lemma, role } = stream;
  const starts = only?.starts;
  const within = only?.within;
  for (let i = 0; i < stream.length; i++) {
    const a = lemma[i] as number;
    if ((within && within[a] === 0) || !inPhrase(stream, i) || role[i] === TAIL) continue;
    if (role[i] === THEME_WORD && (!starts || starts[a] === 1)) visit(a, -1, -1, i, i);
    if (next[i] === 0) continue;
    const j = i + (next[i] as number);
    const b = lemma[j] as number;
    if (b === a || (within && within[b] === 0)) continue;
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    if (endsPhrase(role, j, i) && (!starts || starts[low] === 1)) visit(low, high, -1, i, j);
    if (next[j] === 0) continue;
    const k = j + (next[j] as number);
    const c = lemma[k] as number;
    if (c === a || c === b || (within && within[c] === 0) || !endsPhrase(role, k, j)) continue;
    const first = c < low ? c : low;
    const third = c > high ? c : high;
    const second = a + b + c - first - third;
    if (!starts || starts[first] === 1) visit(first, second, third, i, k);
  }
}

/** The key phrases of one stream with their counts: what discovery needs of a statement before it looks across. */
export interface StreamPhrases {
  /** For each phrase unit, how far on the next one of its run is (see `nextContent`). */
  readonly next: Uint8Array;
  /** Five numbers per distinct phrase: its lemma ids a, b, c (−1 for none), occurrences, and blocks carrying it. */
  readonly counts: Int32Array;
}

/** The key phrases of a stream (see `discoverThemes`) and how often each occurs. */
export function streamPhrases(stream: UnitStream): StreamPhrases {
  const next = nextContent(stream);
  const counts = withScratchTable(stream.length / 2, (table) => {
    eachPhrase(stream, next, (a, b, c, first) =>
      countPhrase(table, a, b, c, 0, stream.block[first] as number),
    );
    return phraseRows(table);
  });
  return { next, counts };
}

/** Key phrases counted across statements: single words by lemma id, longer phrases in a table. */
export interface PhraseCounts {
  readonly words: WordCounts;
  readonly table: PhraseTable;
}

/** Counts with nothing in them, with room for `units` units' phrases. */
export function newPhraseCounts(units: number): PhraseCounts {
  // Sized for a distinct phrase per eight units (about one per six in 3,000 generated statements of ~1,500 words)
  // and filled to three quarters before it grows (one per six fills two thirds), so that the table seldom grows
  // and stays small: every phrase added is a cache miss in it, and each megabyte of a new table costs about 4 ms to
  // touch the first time on a loaded 2-core machine (32 MB at 3,000 statements instead of 64 MB at half full).
  return { words: newWordCounts(1024), table: newPhraseTable(units / 8, 0.75) };
}

/**
 * Adds one statement's phrases to `counts` (`sign` 1), or takes them away again (−1). Counts add up statement by
 * statement, each statement's blocks its own, so the order statements come in does not matter.
 */
export function countStreamPhrases(
  counts: PhraseCounts,
  { counts: phrases }: StreamPhrases,
  sign: 1 | -1,
): void {
  const { words, table } = counts;
  for (let at = 0; at < phrases.length; at += 5) {
    const a = phrases[at] as number;
    const b = phrases[at + 1] as number;
    const tf = sign * (phrases[at + 3] as number);
    const bf = sign * (phrases[at + 4] as number);
    if (b >= 0) {
      addPhrase(table, a, b, phrases[at + 2] as number, tf, sign, bf);
      continue;
    }
    growWordCounts(words, a + 1);
    words.tf[a] = (words.tf[a] as number) + tf;
    words.df[a] = (words.df[a] as number) + sign;
    words.bf[a] = (words.bf[a] as number) + bf;
  }
}

/** Counts with the key phrases of every statement of `all` added (see `countStreamPhrases`). */
export function countAllStreamPhrases(all: readonly StreamPhrases[], units: number): PhraseCounts {
  const counts = newPhraseCounts(units);
  const { words } = counts;
  for (const { counts: phrases } of all)
    for (let p = 0; p < phrases.length; p += 5) {
      if ((phrases[p + 1] as number) >= 0) continue;
      const a = phrases[p] as number;
      growWordCounts(words, a + 1);
      words.tf[a] = (words.tf[a] as number) + (phrases[p + 3] as number);
      words.df[a] = (words.df[a] as number) + 1;
      words.bf[a] = (words.bf[a] as number) + (phrases[p + 4] as number);
    }
  addPhrases(
    counts.table,
    all.map((p) => p.counts),
  );
  return counts;
}

/**
 * The recurring key phrases of the streams, folded into themes, most distinctive first.
 *
 * A phrase is 1–3 lemmas in a row, nouns, adjectives, participles or acronyms ending in a noun or acronym
 * (only "of", "the", "a", "an" may sit between them), that occurs in at least two statements; its lemmas count
 * in any order ("conflict diamond definition", "definition of conflict diamonds"). Its score is
 * keyness × recurrence × spread:
 * - keyness: how much more often it occurs here than in everyday English, in Zipf units (log10 per billion
 *   words): its rate in these statements minus its words' mean background Zipf (less ½ per extra word);
 * - recurrence: log2(1 + occurrences) × √(share of statements carrying it);
 * - spread: min(1, 2 × (1 − share of body blocks carrying it)), so a word in nearly every paragraph, like
 *   the forum's own name, is no theme.
 * Phrases fold into a higher-scored one when they share most lemmas and co-occur in the same blocks
 * (see `folds`), so "conflict diamonds" and "definition of conflict diamonds" make one theme.
 *
 * @param phrases each stream's `streamPhrases`
 * @param counts their sum (see `countStreamPhrases`)
 */
export function discoverThemes(
  streams: readonly UnitStream[],
  texts: BlockTexts,
  context: UnitContext,
  maxThemes: number,
  termLevel: (lemmas: readonly number[]) => TermLevel,
  phrases: readonly StreamPhrases[],
  counts: PhraseCounts,
): Discovery {
  const candidates = discoveryCandidates(streams, texts, context, maxThemes, phrases, counts);
  return groupCandidates(candidates, streams, texts, context, maxThemes, termLevel);
}

/**
 * The phrases discovery weighs, before they are grouped into themes (see `discoverThemes`): the best scored with
 * their places. They depend on the statements, their reading and `maxThemes` only, not on the lexicon's or the
 * user's terms, so a run whose user themes changed can reuse them (see `ThemesCache.candidates`).
 */
export interface DiscoveryCandidates {
  /** Most distinctive first. */
  readonly list: readonly Candidate[];
  /** Lemma ids specific enough to tie phrases together (see `folds`), one byte per id. */
  readonly rare: Uint8Array;
}

/** The candidates of `discoverThemes` (see `DiscoveryCandidates`); its parameters, less the terms. */
export function discoveryCandidates(
  streams: readonly UnitStream[],
  texts: BlockTexts,
  context: UnitContext,
  maxThemes: number,
  phrases: readonly StreamPhrases[],
  counts: PhraseCounts,
): DiscoveryCandidates {
  if (maxThemes <= 0 || streams.length < 2) return { list: [], rare: new Uint8Array(0) };
  const keys = context.vocabulary.keys;
  const nexts = phrases.map((p) => p.next);
  // Single words are counted in arrays by lemma id; only phrases of two or three words need the hash table.
  const { words, table } = counts;
  growWordCounts(words, keys.length);
  const blockCount = texts.reduce((sum, blocks) => sum + blocks.length, 0);
  // A phrase is known by a key: its slot in the table, or −1 − lemma id for a single word.
  const phraseOf = (key: number): number[] => (key < 0 ? [-1 - key] : phraseAt(table, key));
  const tfOf = (key: number) => (key < 0 ? (words.tf[-1 - key] as number) : tfAt(table, key));
  const dfOf = (key: number) => (key < 0 ? (words.df[-1 - key] as number) : dfAt(table, key));
  const bfOf = (key: number) => (key < 0 ? (words.bf[-1 - key] as number) : bfAt(table, key));

  const everyday = new Float64Array(keys.length);
  keys.forEach((key, id) => (everyday[id] = key.startsWith('ACR:') ? acronymZipf : backgroundZipf(key)));
  // Words common in English spoken or written: alone, such a word names no topic. A word of any policy text
  // ("implementation", "stakeholders", "proposals") or of everyday speech ("ground", "deal") only lends its
  // places to a built-in or user theme it is part of ("communities" to "affected communities").
  const general = new Uint8Array(keys.length);
  keys.forEach((key, id) => {
    if (!key.startsWith('ACR:') && generalZipf(key) >= rareZipf) general[id] = 1;
  });
  // Lemmas specific enough to tie phrases together: rare in everyday English, or acronyms, and not weak.
  const rare = new Uint8Array(keys.length);
  keys.forEach((key, id) => {
    const word = key.startsWith('ACR:') ? key.slice(4) : key;
    if ((everyday[id] as number) < rareZipf && !weakWords.has(word)) rare[id] = 1;
  });
  const totalWords = streams.reduce((sum, stream) => sum + stream.words, 0);
  const scoredKeys: number[] = [];
  const scores: number[] = [];
  const score = (key: number): void => {
    const df = dfOf(key);
    if (df < 2) return;
    const tf = tfOf(key);
    const phrase = phraseOf(key);
    const corpusZipf = Math.log10((tf / totalWords) * 1e9);
    const sum = zipfSum(phrase, everyday);
    const keyness = corpusZipf - (sum / phrase.length - extraWordZipf * (phrase.length - 1));
    if (keyness <= 0) return;
    const spread = Math.min(1, 2 * (1 - bfOf(key) / blockCount));
    const recurrence = Math.log2(1 + tf) * Math.sqrt(df / streams.length);
    scoredKeys.push(key);
    scores.push(keyness * recurrence * spread);
  };
  for (let id = 0; id < keys.length; id++) score(-1 - id);
  for (let slot = 0; slot < tableSlots(table); slot++) score(slot);
  // The best few by score: a numeric sort finds the cut, then only those above it are sorted in full, ties
  // by their lemmas' text, so the outcome depends neither on the table's layout nor on the reading order.
  const wanted = Math.max(60, maxThemes * 5);
  const sortedScores = Float64Array.from(scores).sort();
  const cut = sortedScores[Math.max(0, sortedScores.length - wanted)] ?? 0;
  const text = (key: number) =>
    phraseOf(key)
      .map((id) => keys[id] ?? '')
      .sort()
      .join(' ');
  const best = scoredKeys
    .map((key, i) => ({ key, score: scores[i] as number }))
    .filter((x) => x.score >= cut)
    .sort((x, y) => y.score - x.score || (text(x.key) < text(y.key) ? -1 : 1))
    .slice(0, wanted);
  const candidates = new Map<number, Candidate>();
  // Only phrases whose lowest lemma id is a candidate's, and whose other lemmas are candidates' too, are looked
  // up again.
  const starts = new Uint8Array(keys.length);
  const member = new Uint8Array(keys.length);
  // Single-word candidates by lemma id: most places looked up are single words.
  const singles: (Candidate | undefined)[] = [];
  for (const { key, score } of best) {
    const lemmas = phraseOf(key);
    const specific = lemmas.length > 1 || rare[lemmas[0] as number] === 1;
    const alone = lemmas.length > 1 || general[lemmas[0] as number] === 0;
    const candidate: Candidate = {
      lemmas,
      tf: tfOf(key),
      df: dfOf(key),
      score,
      hits: new Int32Array(tfOf(key) * 3),
      gathered: 0,
      blocks: [],
      specific,
      alone,
      names: [undefined, undefined],
    };
    candidates.set(key, candidate);
    if (key < 0) singles[lemmas[0] as number] = candidate;
    starts[lemmas[0] as number] = 1;
    for (const id of lemmas) member[id] = 1;
  }

  // Candidates of two or three words in a table of their own, small enough to stay in the cache while their
  // places are gathered (the library's table is tens of megabytes).
  const chosen = newPhraseTable(candidates.size);
  for (const { lemmas } of candidates.values())
    if (lemmas.length > 1)
      addPhrase(chosen, lemmas[0] as number, lemmas[1] as number, lemmas[2] ?? -1, 0, 0, 0);
  const bySlot: (Candidate | undefined)[] = [];
  for (const candidate of candidates.values()) {
    const { lemmas } = candidate;
    if (lemmas.length > 1)
      bySlot[findPhrase(chosen, lemmas[0] as number, lemmas[1] as number, lemmas[2] ?? -1)] = candidate;
  }

  const blockBase: number[] = [];
  streams.reduce((base, _, s) => {
    blockBase.push(base);
    return base + (texts[s]?.length ?? 0);
  }, 0);
  streams.forEach((stream, s) =>
    eachPhrase(
      stream,
      nexts[s] as Uint8Array,
      (a, b, c, first, last) => {
        const candidate = b < 0 ? singles[a] : bySlot[findPhrase(chosen, a, b, c)];
        if (!candidate) return;
        const at = candidate.gathered;
        // Its occurrences were counted with the same phrases: the array has room, unless the counts are off.
        if (at + 3 > candidate.hits.length) {
          const grown = new Int32Array(Math.max(at + 3, candidate.hits.length * 2));
          grown.set(candidate.hits);
          candidate.hits = grown;
        }
        candidate.hits[at] = s;
        candidate.hits[at + 1] = first;
        candidate.hits[at + 2] = last;
        candidate.gathered = at + 3;
        const block = (blockBase[s] as number) + (stream.block[first] as number);
        // Hits come in text order and blocks are numbered in text order: the list stays sorted and unique.
        if (candidate.blocks[candidate.blocks.length - 1] !== block) candidate.blocks.push(block);
      },
      { starts, within: member },
    ),
  );

  for (const candidate of candidates.values())
    if (candidate.gathered < candidate.hits.length)
      candidate.hits = candidate.hits.slice(0, candidate.gathered);
  for (const candidate of candidates.values())
    if (candidate.alone && !recursUnquoted(candidate.hits, streams, texts)) candidate.alone = false;
  return { list: [...candidates.values()].sort((x, y) => y.score - x.score), rare };
}

/** The themes and names of `discoverThemes` from its candidates (see `discoveryCandidates`), which it leaves as they are. */
export function groupCandidates(
  candidates: DiscoveryCandidates,
  streams: readonly UnitStream[],
  texts: BlockTexts,
  context: UnitContext,
  maxThemes: number,
  termLevel: (lemmas: readonly number[]) => TermLevel,
): Discovery {
  if (maxThemes <= 0 || streams.length < 2) return { themes: [], names: [] };
  const { rare } = candidates;
  const groups: Candidate[][] = [];
  let alone = 0;
  const nameGroups: { kind: NameKind; members: Candidate[] }[] = [];
  for (const candidate of candidates.list) {
    // Folding only into a group's first phrase keeps chains of partial overlaps from drifting off topic.
    // A general word joins a theme but gathers none: "exports" does not swallow "export controls".
    const group = groups.find((g) => (g[0] as Candidate).alone && folds(candidate, g[0] as Candidate, rare));
    const level = termLevel(candidate.lemmas);
    const kind = level === 2 ? null : candidateName(candidate, streams, texts, context, level === 1);
    if (kind) {
      const names = nameGroups.find((g) => folds(candidate, g.members[0] as Candidate, rare));
      if (names) names.members.push(candidate);
      else nameGroups.push({ kind, members: [candidate] });
    } else if (group) group.push(candidate);
    // General words' groups only lend their places to built-in and user themes: they take no theme's room.
    else if (!candidate.alone || alone < maxThemes) {
      groups.push([candidate]);
      if (candidate.alone) alone++;
    }
  }
  // A place in the text belongs to one discovered theme, the more distinctive: "principles" inside
  // "responsible sourcing principles" is not a theme of its own. A theme left in fewer than two statements goes.
  // Groups of general words claim their places last, so that they never take a word from a longer phrase.
  const claimed = streams.map((stream) => new Uint8Array(stream.length));
  const themes: FoundTheme[] = [];
  const standsAlone = (group: Candidate[]) => (group[0] as Candidate).alone;
  for (const group of [...groups.filter(standsAlone), ...groups.filter((g) => !standsAlone(g))]) {
    const hits = unclaimed(mergeHits(group.map((c) => c.hits)), claimed);
    // Hits are in statement order: two statements when the first and the last differ.
    if (hits.length === 0 || hits[0] === hits[hits.length - 3]) continue;
    for (let h = 0; h < hits.length; h += 3)
      (claimed[hits[h] as number] as Uint8Array).fill(1, hits[h + 1] as number, (hits[h + 2] as number) + 1);
    themes.push(foundTheme(group, streams, texts, context, hits));
  }
  return {
    themes,
    names: nameGroups.map(({ kind, members }) => ({
      ...foundTheme(members, streams, texts, context),
      kind,
    })),
  };
}

// The everyday Zipf values of a phrase's lemmas added smallest first, so that the sum does not depend on the
// order its words were first read in (their lemma ids).
function zipfSum(phrase: readonly number[], everyday: Float64Array): number {
  const x = everyday[phrase[0] as number] as number;
  if (phrase.length === 1) return x;
  const y = everyday[phrase[1] as number] as number;
  if (phrase.length === 2) return x + y;
  const z = everyday[phrase[2] as number] as number;
  const [low, middle, high] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
  return low + middle + high;
}

// Units either side of a place that tell the passage it sits in.
const contextUnits = 6;
// How many places of a phrase are compared to tell whether it recurs in its own words.
const passageSample = 200;

// The lemmas around a hit, as a sorted list without repeats: up to `contextUnits` units either side in its
// sentence (stop words too, numbers left out: "three (3) years" quotes "three years").
function passageAround(stream: UnitStream, text: string, first: number, last: number): number[] {
  const block = stream.block[first] as number;
  // Whether a sentence ends between unit u − 1 and unit u.
  const ends = (u: number) =>
    stream.block[u] !== block ||
    (stream.breakBefore[u] === 1 &&
      /[.!?;]/.test(text.slice(stream.end[u - 1] as number, stream.start[u] as number)));
  const ids: number[] = [];
  let taken = 0;
  for (let u = first - 1; u >= 0 && taken < contextUnits && !ends(u + 1) && stream.block[u] === block; u--)
    if (stream.kind[u] !== JUNK) {
      ids.push(stream.lemma[u] as number);
      taken++;
    }
  taken = 0;
  for (let u = last + 1; u < stream.length && taken < contextUnits && !ends(u); u++)
    if (stream.kind[u] !== JUNK) {
      ids.push(stream.lemma[u] as number);
      taken++;
    }
  return [...new Set(ids)].sort((x, y) => x - y);
}

// Whether two passages are one, copied with edits: at least three words and 40% of the longer shared.
function samePassage(x: readonly number[], y: readonly number[]): boolean {
  const both = commonCount(x, y);
  return both >= 3 && both * 5 >= Math.max(x.length, y.length) * 2;
}

/**
 * Whether a phrase recurs in the statements' own words: its places make at least two different passages
 * (words around them mostly different), found in different statements. A phrase found only inside one
 * passage that other statements quote or copy with small edits ("filling key shortcomings regarding
 * professionalism", "in light of the KP's inertia") is that passage's wording, not a topic the statements
 * come back to. At most `passageSample` places, spread evenly, are compared.
 */
function recursUnquoted(hits: HitList, streams: readonly UnitStream[], texts: BlockTexts): boolean {
  const passages: { words: number[]; statements: Set<number> }[] = [];
  const step = Math.max(1, Math.floor(hits.length / 3 / passageSample)) * 3;
  for (let h = 0; h < hits.length; h += step) {
    const statement = hits[h] as number;
    const stream = streams[statement] as UnitStream;
    const first = hits[h + 1] as number;
    const text = texts[statement]?.[stream.block[first] as number] ?? '';
    const words = passageAround(stream, text, first, hits[h + 2] as number);
    let passage = passages.find((p) => samePassage(p.words, words));
    if (!passage) {
      passage = { words, statements: new Set() };
      passages.push(passage);
    }
    passage.statements.add(statement);
    // Two passages with places in different statements.
    for (const other of passages)
      if (other !== passage && [...other.statements].some((s) => s !== statement)) return true;
  }
  return false;
}

// The hits that touch no claimed unit, kept in place (the hits are the caller's to change).
function unclaimed(hits: Int32Array, claimed: readonly Uint8Array[]): Int32Array {
  let kept = 0;
  for (let h = 0; h < hits.length; h += 3) {
    const units = claimed[hits[h] as number] as Uint8Array;
    let free = true;
    for (let u = hits[h + 1] as number; u <= (hits[h + 2] as number) && free; u++) free = units[u] === 0;
    if (!free) continue;
    hits[kept] = hits[h] as number;
    hits[kept + 1] = hits[h + 1] as number;
    hits[kept + 2] = hits[h + 2] as number;
    kept += 3;
  }
  return hits.subarray(0, kept);
}

// What kind of name a phrase is, from how it is written where it occurs (see `nameKind`): worked out once per
// candidate and kind of term, as candidates are reused when only the terms change.
function candidateName(
  candidate: Candidate,
  streams: readonly UnitStream[],
  texts: BlockTexts,
  context: UnitContext,
  partOfTerm: boolean,
): NameKind | null {
  const at = partOfTerm ? 1 : 0;
  let kind = candidate.names[at];
  if (kind === undefined)
    candidate.names[at] = kind = nameOfCandidate(candidate, streams, texts, context, partOfTerm);
  return kind;
}

function nameOfCandidate(
  candidate: Candidate,
  streams: readonly UnitStream[],
  texts: BlockTexts,
  context: UnitContext,
  partOfTerm: boolean,
): NameKind | null {
  const keys = candidate.lemmas.map((id) => context.vocabulary.keys[id] ?? '');
  const acronym = keys.length === 1 && (keys[0] ?? '').startsWith('ACR:');
  // How it is written is read off at most `nameSample` of its places, spread evenly over them.
  const step = Math.max(1, Math.floor(candidate.hits.length / 3 / nameSample)) * 3;
  const sample: number[] = [];
  for (let h = 0; h < candidate.hits.length; h += step)
    sample.push(
      candidate.hits[h] as number,
      candidate.hits[h + 1] as number,
      candidate.hits[h + 2] as number,
    );
  const spelled = termsOf(countSpellings(sample, streams, texts, context))[0] ?? '';
  let midSentence = 0;
  let titleCase = 0;
  for (let h = 0; h < sample.length; h += 3) {
    const stream = streams[sample[h] as number] as UnitStream;
    const first = sample[h + 1] as number;
    const text = texts[sample[h] as number]?.[stream.block[first] as number] ?? '';
    const seen = capitals(text, stream.start[first] as number, stream.end[sample[h + 2] as number] as number);
    if (!seen.mid) continue;
    midSentence++;
    if (seen.title) titleCase++;
  }
  const longForm = acronym ? context.acronyms[(keys[0] ?? '').slice(4)] : undefined;
  return nameKind({
    words: themeWords(spelled),
    acronym,
    partOfTerm,
    titleCase: midSentence === 0 ? 0 : titleCase / midSentence,
    midSentence,
    ...(longForm ? { longForm } : {}),
  });
}

/**
 * Whether phrase `a` folds into phrase `b`: they share lemmas and co-occur in the same blocks, or one holds
 * the other, which is specific.
 *
 * With shared = common lemmas / lemmas of the longer phrase and together = blocks carrying both / blocks
 * carrying the shorter one: shared ≥ ⅔ and together ≥ ¼, or shared ≥ ½ and together ≥ ½, or one's lemmas
 * all within the other's and together ≥ ½. A longer phrase holding all lemmas of a specific shorter one
 * ("responsible sourcing principles", "responsible sourcing") folds whatever their blocks.
 */
function folds(a: Candidate, b: Candidate, rare: Uint8Array): boolean {
  const common = a.lemmas.filter((l) => b.lemmas.includes(l)).length;
  if (common === 0) return false;
  const [shorter, longer] = a.lemmas.length <= b.lemmas.length ? [a, b] : [b, a];
  if (common === shorter.lemmas.length && shorter.lemmas.length < longer.lemmas.length && shorter.specific)
    return true;
  // Phrases of two or more words sharing half their words, among them a rare one, name one thing ("war
  // against X", "aggression against X"; "traceability systems", "diamond traceability").
  if (
    shorter.lemmas.length > 1 &&
    common * 2 >= longer.lemmas.length &&
    a.lemmas.some((l) => b.lemmas.includes(l) && rare[l] === 1)
  )
    return true;
  const denominator =
    a.lemmas.length === b.lemmas.length ? Math.min(a.blocks.length, b.blocks.length) : shorter.blocks.length;
  const both = commonCount(a.blocks, b.blocks);
  const shared = common / longer.lemmas.length;
  const together = denominator === 0 ? 0 : both / denominator;
  return (
    (shared >= 2 / 3 && together >= 0.25) ||
    (shared >= 0.5 && together >= 0.5) ||
    (common === shorter.lemmas.length && together >= 0.5)
  );
}

// How many numbers two sorted lists of unique numbers share.
function commonCount(x: readonly number[], y: readonly number[]): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < x.length && j < y.length) {
    const a = x[i] as number;
    const b = y[j] as number;
    if (a === b) {
      both++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return both;
}

// Scratch counts by form (see `UnitStream.spelling`), zero between calls, grown as needed.
let formCounts = new Int32Array(1 << 14);

// Counts the spellings of hits as written. A one-unit place is spelled as its form; the characters of a longer
// one are hashed in place, so that a spelling met again costs no new string.
function countSpellings(
  hits: HitList,
  streams: readonly UnitStream[],
  texts: BlockTexts,
  context: UnitContext,
): Map<string, number> {
  if (formCounts.length < context.forms.forms.length)
    formCounts = new Int32Array(Math.max(context.forms.forms.length, formCounts.length * 2));
  const forms: number[] = [];
  const byHash = new Map<number, { text: string; count: number }[]>();
  for (let h = 0; h < hits.length; h += 3) {
    const stream = streams[hits[h] as number] as UnitStream;
    const first = hits[h + 1] as number;
    const last = hits[h + 2] as number;
    const form = first === last ? (stream.spelling[first] as number) : -1;
    if (form >= 0) {
      if (formCounts[form] === 0) forms.push(form);
      formCounts[form] = (formCounts[form] as number) + 1;
      continue;
    }
    const source = texts[hits[h] as number]?.[stream.block[first] as number] ?? '';
    const start = stream.start[first] as number;
    const end = stream.end[last] as number;
    const hash = hashChars(source, start, end);
    let entries = byHash.get(hash);
    if (!entries) {
      entries = [];
      byHash.set(hash, entries);
    }
    let entry: { text: string; count: number } | undefined;
    for (const e of entries) {
      if (sameChars(e.text, source, start, end)) {
        entry = e;
        break;
      }
    }
    if (entry) entry.count++;
    else entries.push({ text: source.slice(start, end), count: 1 });
  }
  const counts = new Map<string, number>();
  for (const entries of byHash.values()) for (const { text, count } of entries) counts.set(text, count);
  for (const form of forms) {
    const text = formText(context, form);
    counts.set(text, (counts.get(text) ?? 0) + (formCounts[form] as number));
    formCounts[form] = 0;
  }
  return counts;
}

/**
 * Lists of hits merged in text order, overlaps left out: where two overlap, the one starting first, then the
 * longer, is kept. Each list is in text order (as hits are gathered and matched).
 */
export function mergeHits(lists: readonly HitList[]): Int32Array {
  let total = 0;
  for (const list of lists) total += list.length;
  const merged = new Int32Array(total);
  if (lists.length === 0) return merged;
  // Merged two by two (a pass over each hit per halving), not by looking at every list's head for each hit.
  const all = lists.length === 1 ? (lists[0] as HitList) : mergeRange(lists, 0, lists.length);
  let length = 0;
  let lastStatement = -1;
  let lastUnit = -1;
  // Keeps each hit unless it overlaps the last kept: units of one statement are in text order, so overlapping hits
  // share units.
  for (let at = 0; at < all.length; at += 3) {
    const statement = all[at] as number;
    const first = all[at + 1] as number;
    if (statement === lastStatement && first <= lastUnit) continue;
    lastStatement = statement;
    lastUnit = all[at + 2] as number;
    merged[length] = statement;
    merged[length + 1] = first;
    merged[length + 2] = lastUnit;
    length += 3;
  }
  return merged.subarray(0, length);
}

// The lists from `from` to `to` (not included) as one, in text order, the longer first where two start together,
// repeats kept; where two hits are the same, the one of the earlier list first.
function mergeRange(lists: readonly HitList[], from: number, to: number): HitList {
  if (to - from === 1) return lists[from] as HitList;
  const middle = (from + to) >> 1;
  const x = mergeRange(lists, from, middle);
  const y = mergeRange(lists, middle, to);
  const out = new Int32Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < x.length && j < y.length) {
    const order =
      (x[i] as number) - (y[j] as number) ||
      (x[i + 1] as number) - (y[j + 1] as number) ||
      (y[j + 2] as number) - (x[i + 2] as number);
    const list = order <= 0 ? x : y;
    const at = order <= 0 ? i : j;
    out[o] = list[at] as number;
    out[o + 1] = list[at + 1] as number;
    out[o + 2] = list[at + 2] as number;
    o += 3;
    if (order <= 0) i += 3;
    else j += 3;
  }
  for (; i < x.length; i++, o++) out[o] = x[i] as number;
  for (; j < y.length; j++, o++) out[o] = y[j] as number;
  return out;
}

// Spellings that differ only in spacing are one term (its text with runs of space as one space); the most
// frequent terms first, each written as most often.
function termsOf(raw: Map<string, number>): string[] {
  const byTerm = new Map<string, Map<string, number>>();
  for (const [text, count] of raw) {
    const spelled = text.replace(/\s+/g, ' ');
    const lower = spelled.toLowerCase();
    const forms = byTerm.get(lower) ?? new Map<string, number>();
    forms.set(spelled, (forms.get(spelled) ?? 0) + count);
    byTerm.set(lower, forms);
  }
  const total = (forms: Map<string, number>) => [...forms.values()].reduce((x, y) => x + y, 0);
  return [...byTerm.values()]
    .map((forms) => ({ total: total(forms), text: mostFrequent(forms) as string }))
    .sort((x, y) => y.total - x.total || (x.text < y.text ? -1 : 1))
    .map((t) => t.text);
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let most = -1;
  for (const [key, count] of counts) {
    if (count > most || (count === most && best !== undefined && key < best)) {
      best = key;
      most = count;
    }
  }
  return best;
}

// The phrase a group is named after: the most frequent, or a longer one nearly as frequent ("Permanent
// Secretariat" rather than "Secretariat", but "Scope" rather than "broadening the scope of the KP").
function labelPhrase(group: readonly Candidate[]): Candidate {
  // A general word ("sites" in "mining sites") names no theme.
  const named = group.some((c) => c.alone) ? group.filter((c) => c.alone) : group;
  const most = Math.max(...named.map((c) => c.tf));
  const close = named.filter((c) => c.tf >= most * 0.75);
  return close.sort((x, y) => y.lemmas.length - x.lemmas.length || y.tf - x.tf)[0] as Candidate;
}

// Folded phrases become one theme: their non-overlapping places (the one starting first, then the longer,
// wins), their spellings as terms. The terms and the label are worked out when first read: most groups are
// folded away or fall beyond the themes kept, and counting the spellings of their places is the costly part.
function foundTheme(
  group: readonly Candidate[],
  streams: readonly UnitStream[],
  texts: BlockTexts,
  context: UnitContext,
  kept: Hits = mergeHits(group.map((c) => c.hits)),
): FoundTheme {
  const seed = group[0] as Candidate;
  const keys = seed.lemmas.map((id) => context.vocabulary.keys[id] ?? '');
  const acronym = keys.length === 1 && keys[0]?.startsWith('ACR:') ? keys[0].slice(4) : null;
  let terms: string[] | undefined;
  let label: string | undefined;
  const termsNow = () => (terms ??= termsOf(countSpellings(kept, streams, texts, context)));
  const labelNow = (): string => {
    const longForm = acronym ? context.acronyms[acronym] : undefined;
    if (acronym) return longForm ? `${longForm} (${acronym})` : acronym;
    const named = labelPhrase(group);
    // A phrase alone whose places are all kept is spelled as the theme's terms: not counted twice.
    const spellings =
      group.length === 1 && named.hits.length === kept.length
        ? termsNow()
        : termsOf(countSpellings(named.hits, streams, texts, context));
    const spelled = spellings[0] ?? termsNow()[0] ?? keys.join(' ');
    return spelled.charAt(0).toUpperCase() + spelled.slice(1);
  };
  return {
    // Lemma ids depend on the order words were first read; the id must not.
    id: `discovered:${keys
      .map((k) => (k.startsWith('ACR:') ? k.slice(4) : k))
      .sort()
      .join('-')}`,
    get label() {
      return (label ??= labelNow());
    },
    get terms() {
      return termsNow();
    },
    hits: kept,
    score: Math.round(seed.score * 1000) / 1000,
    phrases: group.map((c) => c.lemmas),
    alone: seed.alone,
  };
}
