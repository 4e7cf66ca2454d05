/**
 * Generates pairs of statements with known truth: which reference paragraphs each other paragraph came from.
 *
 * The other statement is derived from the reference by word edits (replace, drop, insert) at 5–35%, moves,
 * splits, merges, inserted new paragraphs and deletions — or is wholly unrelated (same topic vocabulary,
 * different content). The accuracy tests and the benchmark use it.
 */
import type { Statement } from '../../shared/statements/model';
import { randomParagraph, randomParagraphs, randomReplacementWord } from './generate-text';
import { makeStatement } from './make-statement';
import { createRandom, type Random } from './prng';

/** What a generated pair exercises. */
export type PairKind = 'edit' | 'move' | 'split' | 'merge' | 'insert' | 'delete' | 'unrelated' | 'mixed';

/** Every pair kind. */
export const PAIR_KINDS: readonly PairKind[] = [
  'edit',
  'move',
  'split',
  'merge',
  'insert',
  'delete',
  'unrelated',
  'mixed',
];

/** A true link: these reference blocks became these other blocks. */
export interface TruthLink {
  readonly reference: readonly string[];
  readonly other: readonly string[];
  /** How the link was made: kept as is, edited in place, moved, split or merged. */
  readonly kind: 'kept' | 'edited' | 'moved' | 'split' | 'merged';
}

/** A generated pair and its truth. */
export interface GeneratedPair {
  readonly kind: PairKind;
  readonly seed: number;
  readonly editRate: number;
  readonly reference: Statement;
  readonly other: Statement;
  readonly truth: readonly TruthLink[];
}

/** Options for one generated pair. */
export interface PairOptions {
  readonly seed: number;
  readonly kind: PairKind;
  /** Reference paragraphs to start from; generated when absent. */
  readonly base?: readonly string[];
  /** Number of generated reference paragraphs (default 8–14). */
  readonly paragraphs?: number;
  /** Word edit rate range (default 0.05–0.35). */
  readonly editRate?: readonly [number, number];
}

interface Draft {
  readonly text: string;
  readonly from: readonly number[];
  readonly kind: TruthLink['kind'] | 'new';
}

/** Replaces, drops or inserts words, each word touched with probability `rate`. */
export function editWords(random: Random, text: string, rate: number): string {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (!random.chance(rate)) {
      out.push(word);
      continue;
    }
    const roll = random.next();
    if (roll < 0.45) {
      const trailing = /[.,;:!?]+$/.exec(word)?.[0] ?? '';
      out.push(randomReplacementWord(random) + trailing);
    } else if (roll < 0.75) {
      // Dropped; keep a sentence end so the paragraph still reads as sentences.
      if (/\.$/.test(word) && out.length > 0)
        out[out.length - 1] = `${(out[out.length - 1] as string).replace(/[,.]$/, '')}.`;
    } else {
      out.push(word, randomReplacementWord(random));
    }
  }
  if (out.length === 0) out.push(randomReplacementWord(random));
  const first = out[0] as string;
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return out.join(' ');
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/);
}

function edit(random: Random, draft: Draft, rate: number, kind: Draft['kind']): Draft {
  return { text: editWords(random, draft.text, rate), from: draft.from, kind };
}

/** Positions where a paragraph can go without landing between the pieces of a split paragraph. */
function openPlaces(drafts: readonly Draft[]): number[] {
  return [...Array(drafts.length + 1).keys()].filter((p) => {
    const before = drafts[p - 1];
    const after = drafts[p];
    return !(
      before &&
      after &&
      before.kind === 'split' &&
      after.kind === 'split' &&
      before.from.join() === after.from.join()
    );
  });
}

function moveSome(random: Random, drafts: Draft[], rate: number): Draft[] {
  const count = Math.min(random.between(1, 3), Math.max(1, drafts.length - 1));
  let result = drafts;
  for (let n = 0; n < count && result.length > 1; n++) {
    const movable = [...result.keys()].filter((i) => (result[i] as Draft).kind !== 'split');
    if (movable.length === 0) break;
    const from = random.pick(movable);
    const moved = result[from] as Draft;
    const rest = result.filter((_, i) => i !== from);
    // At least two places away, so the paragraph is really out of order and not just swapped with a neighbour's removal.
    const places = openPlaces(rest).filter((to) => Math.abs(to - from) >= 2);
    if (places.length === 0) continue;
    const to = random.pick(places);
    // Only a paragraph not yet edited is edited here, so no paragraph is reworded twice over.
    const moveRate = moved.kind === 'kept' && random.chance(0.5) ? rate : 0;
    rest.splice(to, 0, moved.kind === 'new' ? moved : edit(random, moved, moveRate, 'moved'));
    result = rest;
  }
  return result;
}

function splitSome(random: Random, drafts: Draft[], rate: number): Draft[] {
  const candidates = drafts.map((d, i) => i).filter((i) => sentences((drafts[i] as Draft).text).length >= 2);
  const chosen = new Set(random.shuffle(candidates).slice(0, random.between(1, 2)));
  return drafts.flatMap((draft, i) => {
    if (!chosen.has(i)) return [draft];
    const parts = sentences(draft.text);
    const pieces = Math.min(parts.length, random.chance(0.3) ? 3 : 2);
    const cuts = random
      .shuffle([...Array(parts.length - 1).keys()].map((k) => k + 1))
      .slice(0, pieces - 1)
      .sort((a, b) => a - b);
    const bounds = [0, ...cuts, parts.length];
    return bounds.slice(1).map((end, k) => {
      const text = parts.slice(bounds[k], end).join(' ');
      return edit(random, { text, from: draft.from, kind: 'split' }, rate, 'split');
    });
  });
}

function mergeSome(random: Random, drafts: Draft[], rate: number): Draft[] {
  const result: Draft[] = [];
  const wanted = random.between(1, 2);
  let merges = 0;
  for (let i = 0; i < drafts.length; i++) {
    const here = drafts[i] as Draft;
    const next = drafts[i + 1];
    const third = drafts[i + 2];
    const mergeable = (d: Draft | undefined): d is Draft => d !== undefined && d.kind === 'kept';
    if (mergeable(here) && mergeable(next) && merges < wanted && random.chance(0.35)) {
      const size = mergeable(third) && random.chance(0.2) ? 3 : 2;
      const group = drafts.slice(i, i + size);
      const merged = {
        text: group.map((d) => d.text).join(' '),
        from: group.flatMap((d) => d.from),
        kind: 'merged' as const,
      };
      result.push(edit(random, merged, rate, 'merged'));
      merges++;
      i += size - 1;
    } else result.push(here);
  }
  const possible = drafts.some((d, i) => d.kind === 'kept' && drafts[i + 1]?.kind === 'kept');
  return merges > 0 || !possible ? result : mergeSome(random, drafts, rate);
}

function insertSome(random: Random, drafts: Draft[]): Draft[] {
  const result = [...drafts];
  const count = random.between(1, 3);
  for (let n = 0; n < count; n++) {
    result.splice(random.pick(openPlaces(result)), 0, {
      text: randomParagraph(random),
      from: [],
      kind: 'new',
    });
  }
  return result;
}

function deleteSome(random: Random, drafts: Draft[]): Draft[] {
  const count = Math.min(random.between(1, 3), drafts.length - 1);
  const gone = new Set(random.shuffle([...drafts.keys()]).slice(0, count));
  return drafts.filter((_, i) => !gone.has(i));
}

function editSome(random: Random, drafts: Draft[], rate: number, share: number): Draft[] {
  return drafts.map((d) => (d.kind === 'kept' && random.chance(share) ? edit(random, d, rate, 'edited') : d));
}

function derive(random: Random, kind: PairKind, base: readonly string[], rate: number): Draft[] {
  const start: Draft[] = base.map((text, i) => ({ text, from: [i], kind: 'kept' }));
  switch (kind) {
    case 'edit':
      return editSome(random, start, rate, 0.8);
    case 'move':
      return editSome(random, moveSome(random, start, rate), rate, 0.3);
    case 'split':
      return editSome(random, splitSome(random, start, rate), rate, 0.3);
    case 'merge':
      return editSome(random, mergeSome(random, start, rate), rate, 0.3);
    case 'insert':
      return editSome(random, insertSome(random, start), rate, 0.4);
    case 'delete':
      return editSome(random, deleteSome(random, start), rate, 0.4);
    case 'unrelated':
      return base.map(() => ({ text: randomParagraph(random), from: [], kind: 'new' }));
    case 'mixed': {
      let drafts = mergeSome(random, splitSome(random, start, rate), rate);
      drafts = deleteSome(random, insertSome(random, drafts));
      return editSome(random, moveSome(random, drafts, rate), rate, 0.4);
    }
  }
}

/** One pair of the given kind with its truth. */
export function generatePair(options: PairOptions): GeneratedPair {
  const random = createRandom(options.seed);
  const [low, high] = options.editRate ?? [0.05, 0.35];
  const rate = low + random.next() * (high - low);
  const base =
    options.base ??
    Array.from({ length: options.paragraphs ?? random.between(8, 14) }, () => randomParagraph(random));
  const drafts = derive(random, options.kind, base, rate);
  const reference = makeStatement(base, { title: `Generated reference ${options.seed}` });
  const other = makeStatement(
    drafts.map((d) => d.text),
    { title: `Generated ${options.kind} ${options.seed}` },
  );
  return {
    kind: options.kind,
    seed: options.seed,
    editRate: rate,
    reference,
    other,
    truth: truthOf(reference, other, drafts),
  };
}

function truthOf(reference: Statement, other: Statement, drafts: readonly Draft[]): TruthLink[] {
  const links = new Map<string, { reference: number[]; other: number[]; kind: TruthLink['kind'] }>();
  drafts.forEach((draft, j) => {
    if (draft.kind === 'new') return;
    const key = draft.from.join(',');
    const link = links.get(key) ?? { reference: [...draft.from], other: [], kind: draft.kind };
    link.other.push(j);
    links.set(key, link);
  });
  return [...links.values()].map((link) => ({
    reference: link.reference.map((i) => (reference.blocks[i] as { id: string }).id),
    other: link.other.map((j) => (other.blocks[j] as { id: string }).id),
    // A split paragraph whose other pieces were deleted is just an edited paragraph.
    kind: link.kind === 'split' && link.other.length === 1 ? 'edited' : link.kind,
  }));
}

/** A large pair for the benchmark: about `words` words, ~10% of the paragraphs edited, moved, inserted or deleted. */
export function generateLargePair(seed: number, words: number): { reference: Statement; other: Statement } {
  const random = createRandom(seed);
  const base = randomParagraphs(random, words);
  const drafts: Draft[] = [];
  const moved: Draft[] = [];
  base.forEach((text, i) => {
    const draft: Draft = { text, from: [i], kind: 'kept' };
    const roll = random.next();
    if (roll < 0.05) drafts.push(edit(random, draft, 0.05 + random.next() * 0.3, 'edited'));
    else if (roll < 0.07) moved.push(edit(random, draft, random.next() * 0.2, 'moved'));
    else if (roll < 0.09) drafts.push(draft, { text: randomParagraph(random), from: [], kind: 'new' });
    else if (roll < 0.1) return;
    else drafts.push(draft);
  });
  for (const draft of moved) drafts.splice(random.int(drafts.length + 1), 0, draft);
  return {
    reference: makeStatement(base, { title: `Generated reference, ${words} words` }),
    other: makeStatement(
      drafts.map((d) => d.text),
      { title: `Generated other, ${words} words` },
    ),
  };
}

/** `count` statements derived from the reference paragraphs (mixed changes), each padded to about `words` words. */
export function generateDerivedStatements(
  seed: number,
  base: readonly string[],
  count: number,
  words: number,
): Statement[] {
  return Array.from({ length: count }, (_, n) => {
    const random = createRandom(seed + n);
    const rate = 0.05 + random.next() * 0.3;
    const drafts = derive(random, 'mixed', base, rate).map((d) => d.text);
    let total = drafts.join(' ').split(' ').length;
    while (total < words) {
      const paragraph = randomParagraph(random);
      drafts.splice(random.int(drafts.length + 1), 0, paragraph);
      total += paragraph.split(' ').length;
    }
    return makeStatement(drafts, { title: `Generated statement ${n + 1}`, year: 2000 + random.int(25) });
  });
}
