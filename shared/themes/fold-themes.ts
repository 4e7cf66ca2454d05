/** Folds discovered themes into the lexicon or user theme for the same concept, with their extra spellings. */
import type { FoundTheme, Hits } from './discover';
import { weakWords } from './lexicon';
import type { UnitContext, UnitStream } from './units';

/** Where a discovered theme went: into a lexicon or user theme (its index), or kept on its own (-1). */
export type FoldTargets = readonly number[];

const setKey = (ids: readonly number[]) => [...ids].sort((x, y) => x - y).join(',');

function holds(longer: readonly number[], shorter: readonly number[]): boolean {
  return shorter.length < longer.length && shorter.every((id) => longer.includes(id));
}

// Each statement's first block in a numbering of all statements' blocks with units (blocks come in text order,
// so a statement's last unit is in its last such block), and how many there are.
function blockBases(streams: readonly UnitStream[]): { readonly bases: Int32Array; readonly count: number } {
  const bases = new Int32Array(streams.length);
  let count = 0;
  streams.forEach((stream, s) => {
    bases[s] = count;
    count += stream.length > 0 ? (stream.block[stream.length - 1] as number) + 1 : 0;
  });
  return { bases, count };
}

// The blocks a list of hits falls in, numbered across statements (see `blockBases`), each once, in order: hits
// come in text order.
function blocksOf(hits: Hits, streams: readonly UnitStream[], bases: Int32Array): number[] {
  const blocks: number[] = [];
  for (let h = 0; h < hits.length; h += 3) {
    const stream = streams[hits[h] as number] as UnitStream;
    const block = (bases[hits[h] as number] as number) + (stream.block[hits[h + 1] as number] as number);
    if (blocks[blocks.length - 1] !== block) blocks.push(block);
  }
  return blocks;
}

/**
 * For each discovered theme, the lexicon or user theme it folds into, or -1.
 *
 * A discovered theme folds into a theme when, in this order of trust:
 * 1. one of its phrases has the lemmas of one of the theme's terms ("Secretariat" and the term "secretariat",
 *    "Review Mission" and "review mission", "CAR" and "Central African Republic");
 * 2. its main phrase holds a term's lemmas plus only weak words ("tripartite process" ⊇ "tripartite");
 * 3. its main phrase is part of a term ("communities" ⊂ "affected communities"), and the two meet in at least
 *    one paragraph.
 * Where several themes qualify at the same step, the one sharing the most paragraphs with it wins (then the
 * first).
 *
 * @param terms the content lemmas of each theme's terms (see `termLemmas`)
 * @param matched each theme's hits
 */
export function foldTargets(
  found: readonly FoundTheme[],
  terms: readonly (readonly (readonly number[])[])[],
  matched: readonly Hits[],
  streams: readonly UnitStream[],
  context: UnitContext,
): FoldTargets {
  const keys = terms.map((list) => new Set(list.map(setKey)));
  const weak = (id: number) => {
    const key = context.vocabulary.keys[id] ?? '';
    return weakWords.has(key.startsWith('ACR:') ? key.slice(4) : key);
  };
  const { bases, count: blockCount } = blockBases(streams);
  // A theme's blocks as marks, one byte per block of the library.
  const themeBlocks = new Map<number, Uint8Array>();
  const blocksOfTheme = (i: number) => {
    let marks = themeBlocks.get(i);
    if (!marks) {
      marks = new Uint8Array(blockCount);
      for (const block of blocksOf(matched[i] ?? [], streams, bases)) marks[block] = 1;
      themeBlocks.set(i, marks);
    }
    return marks;
  };
  return found.map((theme) => {
    const head = theme.phrases[0] ?? [];
    const steps: ((i: number) => boolean)[] = [
      (i) => theme.phrases.some((p) => keys[i]?.has(setKey(p))),
      (i) => (terms[i] ?? []).some((t) => holds(head, t) && head.every((id) => t.includes(id) || weak(id))),
      (i) => (terms[i] ?? []).some((t) => holds(t, head)),
    ];
    let mine: number[] | undefined;
    for (const [step, qualifies] of steps.entries()) {
      const targets = terms.map((_, i) => i).filter(qualifies);
      if (targets.length === 0) continue;
      mine ??= blocksOf(theme.hits, streams, bases);
      const shared = targets.map((i) => {
        const marks = blocksOfTheme(i);
        let both = 0;
        for (const block of mine as number[]) both += marks[block] as number;
        return both;
      });
      const best = shared.indexOf(Math.max(...shared));
      if (step === 2 && (shared[best] ?? 0) === 0) continue;
      return targets[best] as number;
    }
    return -1;
  });
}
