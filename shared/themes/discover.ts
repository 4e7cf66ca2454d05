/** Discovers recurring key phrases: 1–3 lemmatised content words that recur across statements. */
import { backgroundZipf } from './background';
import { CONTENT, HEAD, LINK, MODIFIER, THEME_WORD, type UnitContext, type UnitStream } from './units';

/** A place in the statements, by statement and body-block index. */
export interface Place {
  readonly statement: number;
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

/** A discovered theme before it is laid out per statement. */
export interface FoundTheme {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly string[];
  readonly places: readonly Place[];
  readonly score: number;
}

/** The body-block texts of each statement, by statement and block index. */
export type BlockTexts = readonly (readonly string[])[];

// Up to two linking words may sit between the words of a phrase ("definition of the conflict diamond").
const maxLinkGap = 2;
// An acronym is assumed as rare in everyday English as the rarest words of the background list.
const acronymZipf = 2.5;
// Each word beyond the first makes a phrase rarer in everyday English than its words' mean suggests.
const extraWordZipf = 0.5;

interface Candidate {
  readonly lemmas: readonly number[];
  readonly tf: number;
  readonly df: number;
  readonly score: number;
  readonly places: Place[];
  readonly blocks: Set<number>;
}

// True for a unit that can be part of a key phrase: a noun, adjective, participle or acronym.
function inPhrase(stream: UnitStream, i: number): boolean {
  return stream.kind[i] === CONTENT && (stream.role[i] as number) >= MODIFIER;
}

// For each phrase unit, the next phrase unit of the same run (only linking words between), or -1.
function nextContent(stream: UnitStream): Int32Array {
  const next = new Int32Array(stream.length).fill(-1);
  for (let i = 0; i < stream.length; i++) {
    if (!inPhrase(stream, i)) continue;
    let gap = 0;
    for (let j = i + 1; j < stream.length; j++) {
      if (stream.breakBefore[j]) break;
      if (inPhrase(stream, j)) {
        next[i] = j;
        break;
      }
      if (stream.kind[j] !== LINK || ++gap > maxLinkGap) break;
    }
  }
  return next;
}

// A noun or acronym ends a phrase; a general one only right after the previous word ("tripartite process",
// but not "stock of the KP").
function endsPhrase(role: Uint8Array, last: number, previous: number): boolean {
  const r = role[last] as number;
  return r === THEME_WORD || (r === HEAD && last === previous + 1);
}

// Calls `visit` for every 1-, 2- and 3-word key phrase of a stream with its first and last unit: words
// that can be in a phrase, the last of them a noun or acronym (a single word must be a THEME_WORD), no lemma
// twice.
function eachPhrase(
  stream: UnitStream,
  next: Int32Array,
  visit: (a: number, b: number, c: number, first: number, last: number) => void,
): void {
  const { lemma, role } = stream;
  for (let i = 0; i < stream.length; i++) {
    if (!inPhrase(stream, i)) continue;
    const a = lemma[i] as number;
    if (role[i] === THEME_WORD) visit(a, -1, -1, i, i);
    const j = next[i] as number;
    if (j < 0) continue;
    const b = lemma[j] as number;
    if (b === a) continue;
    if (endsPhrase(role, j, i)) visit(a, b, -1, i, j);
    const k = next[j] as number;
    if (k < 0) continue;
    const c = lemma[k] as number;
    if (c !== a && c !== b && endsPhrase(role, k, j)) visit(a, b, c, i, k);
  }
}

/**
 * The recurring key phrases of the streams, folded into themes, most distinctive first.
 *
 * A phrase is 1–3 lemmas in a row, nouns, adjectives, participles or acronyms ending in a noun or acronym
 * (only "of", "the", "a", "an" may sit between them), that occurs in at least two statements. Its score is
 * keyness × recurrence × spread:
 * - keyness: how much more often it occurs here than in everyday English, in Zipf units (log10 per billion
 *   words): its rate in these statements minus its words' mean background Zipf (less ½ per extra word);
 * - recurrence: log2(1 + occurrences) × √(share of statements carrying it);
 * - spread: min(1, 2 × (1 − share of body blocks carrying it)), so a word in nearly every paragraph, like
 *   the forum's own name, is no theme.
 * Phrases fold into a higher-scored one when they share most lemmas and co-occur in the same blocks
 * (see `folds`), so "conflict diamonds" and "definition of conflict diamonds" make one theme.
 */
export function discoverThemes(
  streams: readonly UnitStream[],
  texts: BlockTexts,
  context: UnitContext,
  maxThemes: number,
): FoundTheme[] {
  if (maxThemes <= 0 || streams.length < 2) return [];
  const keys = context.vocabulary.keys;
  const v = keys.length + 1;
  // Numeric keys are much faster in a Map; a vocabulary too large for them falls back to strings.
  const numeric = v * v * v < Number.MAX_SAFE_INTEGER;
  const keyOf = (a: number, b: number, c: number): number | string =>
    numeric ? ((a + 1) * v + (b + 1)) * v + (c + 1) : `${a} ${b} ${c}`;

  const nexts = streams.map(nextContent);
  const index = new Map<number | string, number>();
  const tf: number[] = [];
  const df: number[] = [];
  const lastSeen: number[] = [];
  const bf: number[] = [];
  const lastBlock: number[] = [];
  const lemmas: number[][] = [];
  let blockCount = 0;
  streams.forEach((stream, s) => {
    const base = blockCount;
    blockCount += texts[s]?.length ?? 0;
    eachPhrase(stream, nexts[s] as Int32Array, (a, b, c, first) => {
      const key = keyOf(a, b, c);
      let at = index.get(key);
      if (at === undefined) {
        at = tf.length;
        index.set(key, at);
        tf.push(0);
        df.push(0);
        lastSeen.push(-1);
        bf.push(0);
        lastBlock.push(-1);
        lemmas.push(b < 0 ? [a] : c < 0 ? [a, b] : [a, b, c]);
      }
      tf[at] = (tf[at] as number) + 1;
      if (lastSeen[at] !== s) {
        lastSeen[at] = s;
        df[at] = (df[at] as number) + 1;
      }
      const block = base + (stream.block[first] as number);
      if (lastBlock[at] !== block) {
        lastBlock[at] = block;
        bf[at] = (bf[at] as number) + 1;
      }
    });
  });

  const zipf = (id: number): number => {
    const key = keys[id] ?? '';
    return key.startsWith('ACR:') ? acronymZipf : backgroundZipf(key);
  };
  const totalWords = streams.reduce((sum, stream) => sum + stream.words, 0);
  const scored: { at: number; score: number }[] = [];
  for (let at = 0; at < tf.length; at++) {
    const count = df[at] as number;
    if (count < 2) continue;
    const words = lemmas[at] as number[];
    const corpusZipf = Math.log10(((tf[at] as number) / totalWords) * 1e9);
    const everydayZipf =
      words.reduce((sum, id) => sum + zipf(id), 0) / words.length - extraWordZipf * (words.length - 1);
    const keyness = corpusZipf - everydayZipf;
    if (keyness <= 0) continue;
    const spread = Math.min(1, 2 * (1 - (bf[at] as number) / blockCount));
    const recurrence = Math.log2(1 + (tf[at] as number)) * Math.sqrt(count / streams.length);
    scored.push({ at, score: keyness * recurrence * spread });
  }
  scored.sort((x, y) => y.score - x.score || x.at - y.at);
  const candidates = new Map<number | string, Candidate>();
  for (const { at, score } of scored.slice(0, Math.max(60, maxThemes * 5))) {
    const words = lemmas[at] as number[];
    candidates.set(keyOf(words[0] ?? -1, words[1] ?? -1, words[2] ?? -1), {
      lemmas: words,
      tf: tf[at] as number,
      df: df[at] as number,
      score,
      places: [],
      blocks: new Set(),
    });
  }

  streams.forEach((stream, s) =>
    eachPhrase(stream, nexts[s] as Int32Array, (a, b, c, first, last) => {
      const candidate = candidates.get(keyOf(a, b, c));
      if (!candidate) return;
      const block = stream.block[first] as number;
      candidate.places.push({
        statement: s,
        block,
        start: stream.start[first] as number,
        end: stream.end[last] as number,
      });
      candidate.blocks.add(s * 1e6 + block);
    }),
  );

  const groups: Candidate[][] = [];
  for (const candidate of [...candidates.values()].sort((x, y) => y.score - x.score)) {
    // Folding only into a group's first phrase keeps chains of partial overlaps from drifting off topic.
    const group = groups.find((g) => folds(candidate, g[0] as Candidate));
    if (group) group.push(candidate);
    else if (groups.length < maxThemes) groups.push([candidate]);
  }
  return groups.map((group) => foundTheme(group, texts, context));
}

/**
 * Whether phrase `a` folds into phrase `b`: they share lemmas and co-occur in the same blocks.
 *
 * With shared = common lemmas / lemmas of the longer phrase and together = blocks carrying both / blocks
 * carrying the shorter one: shared ≥ ⅔ and together ≥ ¼, or shared ≥ ½ and together ≥ ½, or one's lemmas
 * all within the other's and together ≥ ½.
 */
function folds(a: Candidate, b: Candidate): boolean {
  const common = a.lemmas.filter((l) => b.lemmas.includes(l)).length;
  if (common === 0) return false;
  const [shorter, longer] = a.lemmas.length <= b.lemmas.length ? [a, b] : [b, a];
  const denominator =
    a.lemmas.length === b.lemmas.length ? Math.min(a.blocks.size, b.blocks.size) : shorter.blocks.size;
  let both = 0;
  for (const block of shorter.blocks) if (longer.blocks.has(block)) both++;
  const shared = common / longer.lemmas.length;
  const together = denominator === 0 ? 0 : both / denominator;
  return (
    (shared >= 2 / 3 && together >= 0.25) ||
    (shared >= 0.5 && together >= 0.5) ||
    (common === shorter.lemmas.length && together >= 0.5)
  );
}

// The spelling of a phrase occurrence as a term: its text with runs of space as one space.
function surface(texts: BlockTexts, place: Place): string {
  return (texts[place.statement]?.[place.block] ?? '').slice(place.start, place.end).replace(/\s+/g, ' ');
}

// The phrase a group is named after: the most frequent, or a longer one nearly as frequent ("Permanent
// Secretariat" rather than "Secretariat", but "Scope" rather than "broadening the scope of the KP").
function labelPhrase(group: readonly Candidate[]): Candidate {
  const most = Math.max(...group.map((c) => c.tf));
  const close = group.filter((c) => c.tf >= most * 0.75);
  return close.sort((x, y) => y.lemmas.length - x.lemmas.length || y.tf - x.tf)[0] as Candidate;
}

function spellingsOf(candidate: Candidate, texts: BlockTexts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const place of candidate.places) {
    const text = surface(texts, place);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

// Folded phrases become one theme: their non-overlapping places (the longer wins), spellings as terms.
function foundTheme(group: readonly Candidate[], texts: BlockTexts, context: UnitContext): FoundTheme {
  const seed = group[0] as Candidate;
  const all = group.flatMap((member) => member.places.map((place) => ({ place })));
  all.sort(
    (x, y) =>
      x.place.statement - y.place.statement ||
      x.place.block - y.place.block ||
      x.place.start - y.place.start ||
      y.place.end - x.place.end,
  );
  const kept: { place: Place }[] = [];
  for (const item of all) {
    const previous = kept[kept.length - 1];
    const overlaps =
      previous &&
      previous.place.statement === item.place.statement &&
      previous.place.block === item.place.block &&
      item.place.start < previous.place.end;
    if (!overlaps) kept.push(item);
  }
  const spellings = new Map<string, Map<string, number>>();
  for (const { place } of kept) {
    const text = surface(texts, place);
    const lower = text.toLowerCase();
    const forms = spellings.get(lower) ?? new Map<string, number>();
    forms.set(text, (forms.get(text) ?? 0) + 1);
    spellings.set(lower, forms);
  }
  const byCount = <K>(counts: Map<K, number>): K[] => [...counts].sort((x, y) => y[1] - x[1]).map(([k]) => k);
  const total = (forms: Map<string, number>) => [...forms.values()].reduce((a, b) => a + b, 0);
  const terms = [...spellings.values()]
    .sort((x, y) => total(y) - total(x))
    .map((forms) => byCount(forms)[0] as string);

  const keys = seed.lemmas.map((id) => context.vocabulary.keys[id] ?? '');
  const acronym = keys.length === 1 && keys[0]?.startsWith('ACR:') ? keys[0].slice(4) : null;
  const longForm = acronym ? context.acronyms[acronym] : undefined;
  let label: string;
  if (acronym) label = longForm ? `${longForm} (${acronym})` : acronym;
  else {
    const spelled = byCount(spellingsOf(labelPhrase(group), texts))[0] ?? terms[0] ?? keys.join(' ');
    label = spelled.charAt(0).toUpperCase() + spelled.slice(1);
  }
  return {
    id: `discovered:${keys.map((k) => (k.startsWith('ACR:') ? k.slice(4) : k)).join('-')}`,
    label,
    terms,
    places: kept.map((k) => k.place),
    score: Math.round(seed.score * 1000) / 1000,
  };
}
