/**
 * Echoes: how the other statement's body paragraphs relate to reference paragraphs beyond the alignment.
 *
 * - `reuse`: passages quoted from a reference paragraph (reuse.ts) inside an other paragraph that is not
 *   aligned with it, or that is aligned but mostly new (the quote is under half of it). Paragraphs the
 *   other statement keeps word for word are not looked at again.
 * - `topic`: each other paragraph the alignment left unpaired is scored against every reference paragraph
 *   by the themes both carry, each weighted by how specific it is (rarer among the paragraphs of both
 *   statements weighs more; a generic theme a quarter, a discovered theme half), and by the weighted-term
 *   cosine of the alignment. The best one or two above ECHO_THRESHOLD are kept; a pair sharing only generic
 *   or discovered themes never is.
 */
import type { BlockAnalysis, StatementAnalysis } from './analyse';
import type { AlignmentEntry, Echo, Passage } from './model';
import { findReuse, MIN_PASSAGE_WORDS, passageOffsets, type ReusedPassage } from './reuse';
import { cosinesWith, sharedTerms, type Weighting } from './similarity';
import { isGenericTheme, markThemes, markThemesOnce, type EchoTheme } from './theme-marks';
import { formsOf } from './text-terms';

/** What the echoes are found with. */
export interface EchoOptions {
  /** Themes to relate paragraphs by (built-in lexicon, user and discovered themes). */
  readonly themes: readonly EchoTheme[];
  /** Acronym → long form, each standing for the other in theme terms. */
  readonly acronyms: Readonly<Record<string, string>>;
  /**
   * Give each echo its shared themes, terms and passage offsets (default true). The overview only needs which
   * paragraphs echo which and how (false leaves `themes` and `terms` empty and `passages` out); kinds, scores and
   * order are the same either way.
   */
  readonly detail?: boolean;
}

/** Calibrated on the calibration statements of testing/echo-truth (see the README of shared/compare). */
export const ECHO_THRESHOLD = 0.3;
/** A second echo must score at least this share of the first. */
const SECOND_ECHO_SHARE = 0.75;
/**
 * A second echo on the same themes as the first needs at least this term cosine. Calibrated on testing/echo-truth
 * and testing/echo-calibration: the wrong second echoes there have a cosine under 0.03, the right ones (a paragraph
 * on reform talks echoing §2, which names the reform committee, and §3, the talks themselves) from 0.073; it was
 * 0.1 on the first six truth statements.
 */
const SECOND_ECHO_COSINE = 0.05;
/** Weight of the theme part of a topic echo's score (the rest is the term cosine). */
const THEME_PART = 0.6;
/** The term cosine at which the term part is full. */
const FULL_TERM_COSINE = 0.2;
/** How much a generic theme counts towards a score. */
const GENERIC_THEME_WEIGHT = 0.25;
/**
 * How much a discovered theme counts towards a score (it never makes an echo alone). Calibrated on the
 * calibration statements of testing/echo-truth with themes discovered from each pair (the CLI's case).
 */
const DISCOVERED_THEME_WEIGHT = 0.5;
/** Words a paragraph needs to make or receive a topic echo (every echoing paragraph of the truth set has 37 or more). */
const MIN_TOPIC_WORDS = 15;
/** A sentence ends somewhere in a paragraph that is prose (a full stop, question or exclamation mark, closing quotes after it). */
const SENTENCE_END = /[.!?…]["'”’)\]]*(?:\s|$)/;
/** An aligned pair also counts as reuse when its quoted passages are under this share of the other paragraph. */
const QUOTE_IN_NEW_TEXT = 0.5;
const TERMS_PER_ECHO = 5;

/** Sides of the weighting the reference and the other statement were analysed on (compare may swap them). */
export interface Sides {
  readonly reference: 'reference' | 'other';
  readonly other: 'reference' | 'other';
}

/** The reuse and topic echoes of a comparison, in the other statement's order. */
export function findEchoes(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  alignment: readonly AlignmentEntry[],
  weighting: Weighting,
  sides: Sides,
  options: EchoOptions,
): Echo[] {
  const refIndex = new Map(reference.body.map((b) => [b.block.id, b.index]));
  const otherIndex = new Map(other.body.map((b) => [b.block.id, b.index]));
  // Pairs of (reference, other) body positions are keyed reference * others + other.
  const pairKey = (r: number, o: number): number => r * other.body.length + o;
  const unchanged = new Uint8Array(other.body.length);
  const keptReference = new Uint8Array(reference.body.length);
  const paired = new Uint8Array(other.body.length);
  // Pairs aligned other than unchanged (an unchanged pair's other paragraph is not searched for reuse at all).
  const linked = new Set<number>();
  // Aligned pairs whose word diff keeps most of the other paragraph in long runs: their quotations would
  // be dropped below (an aligned paragraph that is mostly the quote), so they are not looked for.
  const keptPairs = new Set<number>();
  for (const e of alignment) {
    if (e.reference.length === 0 || e.other.length === 0) continue;
    for (const o of e.other) {
      const j = otherIndex.get(o) as number;
      paired[j] = 1;
      if (e.op === 'unchanged') {
        unchanged[j] = 1;
        for (const r of e.reference) keptReference[refIndex.get(r) as number] = 1;
        continue;
      }
      if (e.reference.length === 1 && e.other.length === 1 && mostlyKept(e))
        keptPairs.add(pairKey(refIndex.get(e.reference[0] as string) as number, j));
      for (const r of e.reference) linked.add(pairKey(refIndex.get(r) as number, j));
    }
  }
  // Themes are marked on the reference and on the other paragraphs that may echo (unpaired or quoting).
  const unpaired = other.body.filter((b) => paired[b.index] === 0);
  // The reference's are marked once for all the statements it is compared with (an overview).
  const refMarks = markThemesOnce(reference.body, options.themes, options.acronyms, reference.vocabulary);
  const unpairedMarks = markThemes(unpaired, options.themes, options.acronyms, reference.vocabulary);
  const marks = [...refMarks, ...unpairedMarks];
  const otherMarks: (readonly number[] | undefined)[] = [];
  unpaired.forEach((b, k) => (otherMarks[b.index] = unpairedMarks[k]));
  const marksOf = (b: BlockAnalysis): readonly number[] =>
    (otherMarks[b.index] ??= markThemes([b], options.themes, options.acronyms, reference.vocabulary)[0]) ??
    [];
  // A discovered theme counts like a generic one for making an echo (never alone), weighted lower.
  const broad = options.themes.map(isGenericTheme);
  const generic = options.themes.map((t, i) => broad[i] === true || t.discovered === true);
  const specificity = themeSpecificity(marks, broad).map(
    (w, t) => w * (options.themes[t]?.discovered ? DISCOVERED_THEME_WEIGHT : 1),
  );
  const refsByTheme: number[][] = [];
  // Only prose reference paragraphs can receive a topic echo.
  refMarks.forEach((list, i) => {
    if (list.length > 0 && prose(reference.body[i] as BlockAnalysis))
      for (const t of list) (refsByTheme[t] ??= []).push(i);
  });
  // Reference paragraphs already among the current paragraph's candidates (stamped with its index + 1).
  const stamp = new Int32Array(reference.body.length);
  // The current paragraph's candidates' theme scores (each written before it is read).
  const themeOf = new Float64Array(reference.body.length);
  // The current paragraph's themes (stamped the same way).
  const otherHolds = new Int32Array(options.themes.length);
  // Each reference paragraph's themes' total specificity, when first needed (NaN: not yet).
  const refTotals = new Float64Array(reference.body.length).fill(NaN);
  const refTotal = (i: number): number => {
    let total = refTotals[i] as number;
    if (total !== total) {
      total = 0;
      for (const t of refMarks[i] ?? []) total += specificity[t] as number;
      refTotals[i] = total;
    }
    return total;
  };
  const vector = (b: BlockAnalysis, side: 'reference' | 'other') => weighting.vector(b, side);

  const detail = options.detail ?? true;
  const reasons = (r: BlockAnalysis, o: BlockAnalysis) => {
    if (!detail) return { themes: [], terms: [] };
    const shared = sharedThemes(refMarks[r.index] ?? [], marksOf(o), specificity, generic);
    const ids = sharedTerms(
      vector(r, sides.reference),
      vector(o, sides.other),
      TERMS_PER_ECHO,
      reference.vocabulary.terms.keys,
    );
    return {
      themes: shared.map((t) => (options.themes[t] as EchoTheme).label),
      terms: ids.length === 0 ? [] : formsOf(ids, [r.terms, o.terms], reference.vocabulary),
    };
  };

  const echoes: Echo[] = [];
  // Reuse: paragraphs kept word for word are skipped on both sides (the alignment already says so).
  const passages = findReuse(
    reference.body,
    other.body,
    (o) => unchanged[o] === 1,
    (r) => keptReference[r] === 1,
    (r, o) => keptPairs.has(pairKey(r, o)),
  );
  const byPair = new Map<string, ReusedPassage[]>();
  for (const p of passages) {
    const key = `${p.reference} ${p.other}`;
    const list = byPair.get(key);
    if (list) list.push(p);
    else byPair.set(key, [p]);
  }
  for (const list of byPair.values()) {
    const first = list[0] as ReusedPassage;
    const r = reference.body[first.reference] as BlockAnalysis;
    const o = other.body[first.other] as BlockAnalysis;
    const quoted = list.reduce((n, p) => n + p.words, 0);
    const share = Math.min(1, quoted / Math.max(1, o.terms.words));
    if (linked.has(pairKey(r.index, o.index)) && share >= QUOTE_IN_NEW_TEXT) continue;
    echoes.push({
      kind: 'reuse',
      reference: [r.block.id],
      other: [o.block.id],
      score: round(share),
      ...reasons(r, o),
      ...(detail && {
        passages: list.map((p): Passage => ({
          reference: { block: r.block.id, ...passageOffsets(r.block.text, p.referenceFrom, p.referenceTo) },
          other: { block: o.block.id, ...passageOffsets(o.block.text, p.otherFrom, p.otherTo) },
          words: p.words,
        })),
      }),
    });
  }

  // Topic echoes for the paragraphs the alignment left unpaired.
  const cosines = cosinesWith(reference.vocabulary.terms.keys.length);
  for (const o of other.body) {
    if (paired[o.index] === 1 || !prose(o)) continue;
    const ov = vector(o, sides.other);
    const cosineWithO = cosines(ov);
    const oMarks = marksOf(o);
    for (const t of oMarks) otherHolds[t] = o.index + 1;
    let otherTotal = 0;
    for (const t of oMarks) otherTotal += specificity[t] as number;
    // Only reference paragraphs sharing a specific theme can be echoed (the rest score no theme part).
    const candidates: number[] = [];
    for (const t of oMarks) {
      if (generic[t]) continue;
      for (const i of refsByTheme[t] ?? []) {
        if (stamp[i] === o.index + 1) continue;
        stamp[i] = o.index + 1;
        candidates.push(i);
      }
    }
    // Candidates with a specific theme shared, by theme score (best first, then in text order).
    const byTheme: number[] = [];
    for (const i of candidates) {
      const theme = themeScore(
        refMarks[i] ?? [],
        refTotal(i),
        otherTotal,
        otherHolds,
        o.index + 1,
        specificity,
        generic,
      );
      if (theme >= 0) {
        themeOf[i] = theme;
        byTheme.push(i);
      }
    }
    byTheme.sort((a, b) => (themeOf[b] as number) - (themeOf[a] as number) || a - b);
    // Only the best two can be kept: the term cosine is computed, best theme first, until no candidate
    // left can reach the second best score (the term part is at most 1 - THEME_PART).
    let first: Scored | undefined;
    let second: Scored | undefined;
    for (const i of byTheme) {
      const theme = themeOf[i] as number;
      const bound = THEME_PART * theme + (1 - THEME_PART);
      if (bound < ECHO_THRESHOLD || (second && bound < second.score)) break;
      const r = reference.body[i] as BlockAnalysis;
      const c = cosineWithO(vector(r, sides.reference));
      const score = THEME_PART * theme + (1 - THEME_PART) * Math.min(1, c / FULL_TERM_COSINE);
      if (score < ECHO_THRESHOLD) continue;
      // The best two by score, then text order.
      if (!first || score > first.score || (score === first.score && i < first.r.index)) {
        second = first;
        first = { r, score, cosine: c, themes: [] };
      } else if (!second || score > second.score || (score === second.score && i < second.r.index))
        second = { r, score, cosine: c, themes: [] };
    }
    const scored = first ? (second ? [first, second] : [first]) : [];
    for (const s of scored)
      s.themes = sharedThemes(refMarks[s.r.index] ?? [], oMarks, specificity, generic).filter(
        (t) => !generic[t],
      );
    const kept = first ? [first] : [];
    // A second echo needs a reason of its own: a specific theme the first does not share, or strong terms.
    if (
      first &&
      second &&
      second.score >= SECOND_ECHO_SHARE * first.score &&
      (second.themes.some((t) => !first.themes.includes(t)) || second.cosine >= SECOND_ECHO_COSINE)
    )
      kept.push(second);
    for (const s of kept) {
      if (
        echoes.some((e) => e.kind === 'reuse' && e.other[0] === o.block.id && e.reference[0] === s.r.block.id)
      )
        continue;
      echoes.push({
        kind: 'topic',
        reference: [s.r.block.id],
        other: [o.block.id],
        score: round(s.score),
        ...reasons(s.r, o),
      });
    }
  }
  return echoes.sort(
    (a, b) =>
      (otherIndex.get(a.other[0] as string) as number) - (otherIndex.get(b.other[0] as string) as number) ||
      b.score - a.score ||
      (refIndex.get(a.reference[0] as string) as number) - (refIndex.get(b.reference[0] as string) as number),
  );
}

/** True when the diff's equal runs of a passage's length hold at least QUOTE_IN_NEW_TEXT of the other side's words. */
function mostlyKept(entry: AlignmentEntry): boolean {
  let kept = 0;
  let total = 0;
  for (const part of entry.diff) {
    if (part.op === 'delete') continue;
    const n = runsOfNonSpace(part.text);
    total += n;
    if (part.op === 'equal' && n >= MIN_PASSAGE_WORDS) kept += n;
  }
  return total > 0 && kept >= QUOTE_IN_NEW_TEXT * total;
}

/** Words as runs of non-space characters (a quick count; punctuation rides with its word). */
function runsOfNonSpace(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Whether a paragraph can make or receive a topic echo: prose of some length. A line of thanks, a photo
 * caption or a row of tags that the import left in the body names themes without saying anything about them.
 */
function prose(b: BlockAnalysis): boolean {
  return b.terms.words >= MIN_TOPIC_WORDS && SENTENCE_END.test(b.block.text);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Per theme: ln((paragraphs + 1) / paragraphs carrying it), a quarter of it for a generic theme; 0 for unused. */
function themeSpecificity(marks: readonly (readonly number[])[], generic: readonly boolean[]): Float64Array {
  const df = new Float64Array(generic.length);
  for (const list of marks) for (const t of list) df[t] = (df[t] as number) + 1;
  const n = marks.length;
  return Float64Array.from(df, (d, t) => {
    if (d === 0) return 0;
    const w = Math.log((n + 1) / d);
    return generic[t] ? GENERIC_THEME_WEIGHT * w : w;
  });
}

/** The themes both carry, most specific first (generic ones last). */
function sharedThemes(
  ref: readonly number[],
  other: readonly number[],
  specificity: Float64Array,
  generic: readonly boolean[],
): number[] {
  const set = new Set(ref);
  return other
    .filter((t) => set.has(t))
    .sort(
      (a, b) =>
        Number(generic[a]) - Number(generic[b]) ||
        (specificity[b] as number) - (specificity[a] as number) ||
        a - b,
    );
}

/** A topic candidate's score while it is computed. */
interface Scored {
  readonly r: BlockAnalysis;
  readonly score: number;
  readonly cosine: number;
  themes: number[];
}

/**
 * The shared themes' weight over the geometric mean of each side's total (0..1), or -1 when no specific theme is
 * shared. `holds[t] === stamp` marks the other paragraph's themes.
 */
function themeScore(
  ref: readonly number[],
  refTotal: number,
  otherTotal: number,
  holds: Int32Array,
  stamp: number,
  specificity: Float64Array,
  generic: readonly boolean[],
): number {
  let shared = 0;
  let specific = false;
  for (const t of ref) {
    if (holds[t] !== stamp) continue;
    shared += specificity[t] as number;
    if (!generic[t] && (specificity[t] as number) > 0) specific = true;
  }
  if (refTotal === 0 || otherTotal === 0 || !specific) return -1;
  return shared / Math.sqrt(refTotal * otherTotal);
}
