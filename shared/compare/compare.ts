/** compare(reference, other): the paragraph alignment, word diffs and frame of two statements. */
import type { Block, Statement } from '../statements/model';
import { alignParagraphs, type Link } from './align-paragraphs';
import { analyseStatement, type BlockAnalysis, type StatementAnalysis } from './analyse';
import { findEchoes, type EchoOptions } from './echoes';
import { heaviestChain } from './heaviest-chain';
import { mirrorEntry } from './mirror';
import type { AlignmentEntry, AlignmentOp, Comparison, FrameComparison } from './model';
import { makeWeighting, sharedTerms, topTerms, type Weighting } from './similarity';
import { createTermVocabulary, formsOf } from './text-terms';
import { builtinAcronyms, builtinEchoThemes } from './theme-marks';
import { diffTokens, wordDiff, type DiffEngine } from './word-diff';

/** How many shared terms an entry names. */
const TERMS_PER_ENTRY = 5;
/** Paragraphs of a group are joined with a blank line, as in the source. */
export const PARAGRAPH_JOIN = '\n\n';

/** An alignment entry with the body positions it covers (for ordering; dropped from the result). */
interface PlacedEntry {
  readonly entry: AlignmentEntry;
  readonly reference: readonly number[];
  readonly other: readonly number[];
}

/** Compares two statements: body paragraphs aligned, diffed word by word; title, salutation and signature apart. */
export function compare(reference: Statement, other: Statement, options: CompareOptions = {}): Comparison {
  const vocabulary = createTermVocabulary();
  const referenceAnalysis = analyseStatement(reference, vocabulary);
  return compareAnalysed(referenceAnalysis, analyseStatement(other, vocabulary, referenceAnalysis), options);
}

/** Echoes with the built-in lexicon's themes and acronyms (the app and the CLI add user and discovered themes). */
export const builtinEchoOptions: EchoOptions = { themes: builtinEchoThemes, acronyms: builtinAcronyms };

/** What compareAnalysed computes beyond the alignment and diffs. */
export interface CompareOptions {
  /** Name the shared terms of each link (default true; the overview does without). */
  readonly terms?: boolean;
  /** Find reuse and topic echoes with these themes (default: the built-in ones), or not at all (false). */
  readonly echoes?: EchoOptions | false;
  /** What matches the word diffs' tokens (default jsdiff; the overview's 'typed' gives the same diffs faster). */
  readonly diffEngine?: DiffEngine;
}

/** compare() over statements analysed beforehand with one vocabulary (the overview analyses the reference once). */
export function compareAnalysed(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  options: CompareOptions = {},
): Comparison {
  // The work is always done in one canonical direction and mirrored, so compare(B, A) mirrors compare(A, B) exactly.
  const swapped = other.signature < reference.signature;
  const [left, right] = swapped ? [other, reference] : [reference, other];
  const weighting = makeWeighting(left, right);
  let placed = entriesOf(
    left,
    right,
    alignParagraphs(left, right, weighting),
    weighting,
    options.terms ?? true,
    options.diffEngine ?? 'jsdiff',
  );
  if (swapped) {
    placed = placed.map((p) => ({ entry: mirrorEntry(p.entry), reference: p.other, other: p.reference }));
  }
  const alignment = displayOrder(placed);
  const echoOptions = options.echoes ?? builtinEchoOptions;
  const sides = swapped
    ? ({ reference: 'other', other: 'reference' } as const)
    : ({ reference: 'reference', other: 'other' } as const);
  return {
    reference: reference.statement,
    other: other.statement,
    alignment,
    frame: frameOf(reference.statement, other.statement),
    echoes: echoOptions ? findEchoes(reference, other, alignment, weighting, sides, echoOptions) : [],
  };
}

function entriesOf(
  reference: StatementAnalysis,
  other: StatementAnalysis,
  links: readonly Link[],
  weighting: Weighting,
  withTerms: boolean,
  engine: DiffEngine,
): PlacedEntry[] {
  const totalWords = 1 + words([...reference.body.keys()], reference) + words([...other.body.keys()], other);
  const inChain = new Set(
    heaviestChain(
      links.map((l) => ({
        reference: l.reference[0] as number,
        other: l.other[0] as number,
        // Fewest paragraphs moved first; among equals, the most words kept in order.
        weight:
          l.reference.length +
          l.other.length +
          (words(l.reference, reference) + words(l.other, other)) / totalWords,
      })),
    ),
  );
  const placed: PlacedEntry[] = links.map((l, k) => {
    const refBlocks = l.reference.map((i) => reference.body[i] as BlockAnalysis);
    const otherBlocks = l.other.map((j) => other.body[j] as BlockAnalysis);
    return {
      entry: {
        op: opOf(l, inChain.has(k)),
        reference: refBlocks.map((b) => b.block.id),
        other: otherBlocks.map((b) => b.block.id),
        similarity: Math.round(l.similarity * 1000) / 1000,
        terms: withTerms ? termsOf(refBlocks, otherBlocks, weighting, l.exact, reference) : [],
        diff: diffOf(joined(refBlocks), joined(otherBlocks), reference, other, engine),
      },
      reference: l.reference,
      other: l.other,
    };
  });
  const refLinked = new Set(links.flatMap((l) => l.reference));
  const otherLinked = new Set(links.flatMap((l) => l.other));
  for (const b of reference.body) {
    if (refLinked.has(b.index)) continue;
    const entry = unlinked('removed', b.block, [{ op: 'delete', text: b.block.text }]);
    placed.push({ entry, reference: [b.index], other: [] });
  }
  for (const b of other.body) {
    if (otherLinked.has(b.index)) continue;
    const entry = unlinked('added', b.block, [{ op: 'insert', text: b.block.text }]);
    placed.push({ entry, reference: [], other: [b.index] });
  }
  return placed;
}

function diffOf(
  referenceText: string,
  otherText: string,
  reference: StatementAnalysis,
  other: StatementAnalysis,
  engine: DiffEngine,
) {
  return wordDiff(
    referenceText,
    otherText,
    (text) => {
      // Tokens are kept with the statement they came from; a text both share is the same either way.
      const owner = text === referenceText ? reference : other;
      let tokens = owner.diffTokens.get(text);
      if (!tokens) {
        tokens = diffTokens(text);
        owner.diffTokens.set(text, tokens);
      }
      return tokens;
    },
    engine,
  );
}

function unlinked(op: 'added' | 'removed', block: Block, diff: AlignmentEntry['diff']): AlignmentEntry {
  return {
    op,
    reference: op === 'removed' ? [block.id] : [],
    other: op === 'added' ? [block.id] : [],
    similarity: 0,
    terms: [],
    diff: block.text === '' ? [] : diff,
  };
}

function opOf(link: Link, inOrder: boolean): AlignmentOp {
  if (link.reference.length > 1) return 'merged';
  if (link.other.length > 1) return 'split';
  if (!inOrder) return 'moved';
  return link.exact ? 'unchanged' : 'changed';
}

function words(indices: readonly number[], analysis: StatementAnalysis): number {
  let n = 0;
  for (const i of indices) n += (analysis.body[i] as BlockAnalysis).terms.words;
  return n;
}

function joined(blocks: readonly BlockAnalysis[]): string {
  return blocks.map((b) => b.block.text).join(PARAGRAPH_JOIN);
}

function termsOf(
  reference: readonly BlockAnalysis[],
  other: readonly BlockAnalysis[],
  weighting: Weighting,
  exact: boolean,
  analysis: StatementAnalysis,
): string[] {
  const { vocabulary } = analysis;
  const ids = exact
    ? topTerms(reference[0] as BlockAnalysis, weighting, TERMS_PER_ENTRY, vocabulary.terms.keys)
    : sharedTerms(
        weighting.groupVector(reference, 'reference'),
        weighting.groupVector(other, 'other'),
        TERMS_PER_ENTRY,
        vocabulary.terms.keys,
      );
  if (ids.length === 0) return [];
  const texts = (exact ? reference : [...reference, ...other]).map((b) => b.terms);
  return formsOf(ids, texts, vocabulary);
}

/**
 * Display order: the other statement's order; each removed reference paragraph right after the entry
 * holding the reference paragraph before it (at the top when it was the first).
 */
function displayOrder(placed: readonly PlacedEntry[]): AlignmentEntry[] {
  const linked = placed
    .filter((p) => p.other.length > 0)
    .sort((a, b) => (a.other[0] as number) - (b.other[0] as number));
  const removed = placed
    .filter((p) => p.other.length === 0)
    .sort((a, b) => (a.reference[0] as number) - (b.reference[0] as number));
  const holder = new Map<number, number>();
  linked.forEach((p, k) => {
    for (const i of p.reference) holder.set(i, k);
  });
  const anchor = new Map<number, number>();
  const after = new Map<number, PlacedEntry[]>();
  for (const p of removed) {
    const i = p.reference[0] as number;
    const target = i === 0 ? -1 : (holder.get(i - 1) ?? anchor.get(i - 1) ?? -1);
    anchor.set(i, target);
    const list = after.get(target);
    if (list) list.push(p);
    else after.set(target, [p]);
  }
  const result: AlignmentEntry[] = (after.get(-1) ?? []).map((p) => p.entry);
  linked.forEach((p, k) => {
    result.push(p.entry);
    for (const r of after.get(k) ?? []) result.push(r.entry);
  });
  return result;
}

const FRAME_ROLES: readonly FrameComparison['role'][] = [
  'title',
  'salutation',
  'heading',
  'signature',
  'note',
];

function frameOf(reference: Statement, other: Statement): FrameComparison[] {
  return FRAME_ROLES.flatMap((role) => {
    const ref = reference.blocks.filter((b) => b.role === role);
    const oth = other.blocks.filter((b) => b.role === role);
    return ref.length + oth.length === 0 ? [] : [{ role, reference: ref, other: oth }];
  });
}
