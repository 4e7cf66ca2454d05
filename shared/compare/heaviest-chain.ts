/** The heaviest chain of pairs increasing on both sides: the order-preserving backbone of an alignment. */

/** A candidate pair of positions with a weight. */
export interface WeightedPair {
  readonly reference: number;
  readonly other: number;
  readonly weight: number;
}

/**
 * Indices (into `pairs`) of the chain with strictly increasing reference and other positions and the
 * largest total weight, in order. O(k log k) with a Fenwick tree of prefix maxima over other positions.
 */
export function heaviestChain(pairs: readonly WeightedPair[]): number[] {
  if (pairs.length === 0) return [];
  const order = [...pairs.keys()].sort(
    (a, b) =>
      (pairs[a] as WeightedPair).reference - (pairs[b] as WeightedPair).reference ||
      (pairs[a] as WeightedPair).other - (pairs[b] as WeightedPair).other,
  );
  let size = 0;
  for (const p of pairs) size = Math.max(size, p.other + 1);
  const treeValue = new Float64Array(size + 1).fill(-1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(pairs.length);
  const previous = new Int32Array(pairs.length).fill(-1);
  const query = (position: number): [number, number] => {
    // Best chain ending at an other position < position.
    let value = 0;
    let index = -1;
    for (let i = position; i > 0; i -= i & -i) {
      if ((treeValue[i] as number) > value) {
        value = treeValue[i] as number;
        index = treeIndex[i] as number;
      }
    }
    return [value, index];
  };
  const update = (position: number, value: number, index: number): void => {
    for (let i = position + 1; i <= size; i += i & -i) {
      if (value > (treeValue[i] as number)) {
        treeValue[i] = value;
        treeIndex[i] = index;
      }
    }
  };
  let start = 0;
  while (start < order.length) {
    // Pairs sharing a reference position are scored before any of them is stored, so a chain uses each once.
    let end = start;
    const reference = (pairs[order[start] as number] as WeightedPair).reference;
    while (end < order.length && (pairs[order[end] as number] as WeightedPair).reference === reference) end++;
    for (let k = start; k < end; k++) {
      const p = order[k] as number;
      const [value, index] = query((pairs[p] as WeightedPair).other);
      best[p] = value + (pairs[p] as WeightedPair).weight;
      previous[p] = index;
    }
    for (let k = start; k < end; k++) {
      const p = order[k] as number;
      update((pairs[p] as WeightedPair).other, best[p] as number, p);
    }
    start = end;
  }
  let last = -1;
  for (const p of order) if (last < 0 || (best[p] as number) > (best[last] as number)) last = p;
  const chain: number[] = [];
  for (let p = last; p >= 0; p = previous[p] as number) chain.push(p);
  return chain.reverse();
}
