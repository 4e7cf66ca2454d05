/**
 * jsdiff's diffArrays (the `diff` package, 9.0.0: Myers's algorithm, with its pruning of diagonals that have reached
 * an edge of the edit graph and its choice of branch at each step) redone over arrays of small integer ids, giving
 * the matched index pairs diffArrays' changes give: the same path, so the same word diff. The overview diffs
 * thousands of paragraph pairs; jsdiff makes two objects per step and a closure per call, which the engine optimises
 * anew call after call (README, session 12). The compare view keeps jsdiff; myers-matches.test.ts checks the two agree.
 */

/**
 * The most edits myersMatches is asked to look through: it keeps every component it makes until the call ends (about
 * maxEdit² of them, 12 bytes each; jsdiff lets the dead ones go), so past this the caller uses jsdiff (~50 MB here).
 */
export const MYERS_MAX_EDITS = 2048;

const EQUAL = 0;
const ADDED = 1;
const REMOVED = 2;

/**
 * The paths' components (a run of equal, added or removed tokens, and the component before it: -1 for none), as
 * jsdiff's linked list, three numbers each (count, kind, previous) in one typed array reused from call to call (a pure
 * cache: each call writes what it reads).
 */
const pool = { data: new Int32Array(3 * 1024), size: 0 };

function component(count: number, kind: number, previous: number): number {
  const at = pool.size;
  if (3 * at === pool.data.length) {
    const grown = new Int32Array(2 * pool.data.length);
    grown.set(pool.data);
    pool.data = grown;
  }
  pool.data[3 * at] = count;
  pool.data[3 * at + 1] = kind;
  pool.data[3 * at + 2] = previous;
  pool.size = at + 1;
  return at;
}

/** jsdiff's addToPath: one more added or removed token, joined to the last component when it is of that kind. */
function extended(last: number, kind: number): number {
  const data = pool.data;
  if (last >= 0 && data[3 * last + 1] === kind)
    return component((data[3 * last] as number) + 1, kind, data[3 * last + 2] as number);
  return component(1, kind, last);
}

/** The diagonals' paths of one call (index: diagonal + offset): whether set, position in `a`, last component. */
const paths = { set: new Uint8Array(256), old: new Int32Array(256), last: new Int32Array(256) };

/**
 * Pushes to `out` the matched pairs (flat: offsetA + position in a, offsetB + position in b) of a[aFrom, aTo) and
 * b[bFrom, bTo) that jsdiff's diffArrays(a.slice(aFrom, aTo), b.slice(bFrom, bTo), { maxEditLength }) gives, and
 * returns true; returns false, pushing nothing, where diffArrays gives up (more than maxEditLength edits).
 */
export function myersMatches(
  a: readonly number[],
  aFrom: number,
  aTo: number,
  b: readonly number[],
  bFrom: number,
  bTo: number,
  maxEditLength: number,
  out: number[],
  offsetA: number,
  offsetB: number,
): boolean {
  const oldLen = aTo - aFrom;
  const newLen = bTo - bFrom;
  const maxEdit = Math.min(oldLen + newLen, maxEditLength);
  // Diagonals from -(maxEdit + 1) to maxEdit + 1 are read.
  const offset = Math.max(0, maxEdit) + 1;
  const size = 2 * offset + 1;
  if (paths.set.length < size) {
    const grown = Math.max(size, 2 * paths.set.length);
    paths.set = new Uint8Array(grown);
    paths.old = new Int32Array(grown);
    paths.last = new Int32Array(grown);
  }
  const { set, old, last } = paths;
  set.fill(0, 0, size);
  pool.size = 0;

  // The path with no edit: the common start.
  let oldPos = -1;
  let newPos = -1;
  let common = 0;
  while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[aFrom + oldPos + 1] === b[bFrom + newPos + 1]) {
    oldPos++;
    newPos++;
    common++;
  }
  let seed = -1;
  if (common > 0) seed = component(common, EQUAL, seed);
  if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
    emit(seed, out, offsetA, offsetB);
    return true;
  }
  set[offset] = 1;
  old[offset] = oldPos;
  last[offset] = seed;

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdit; editLength++) {
    const to = Math.min(maxDiagonal, editLength);
    for (let k = Math.max(minDiagonal, -editLength); k <= to; k += 2) {
      const removeAt = k - 1 + offset;
      const addAt = k + 1 + offset;
      const hasRemove = set[removeAt] === 1;
      const removeOld = old[removeAt] as number;
      // No one else reads this path again (as jsdiff clears it).
      if (hasRemove) set[removeAt] = 0;
      let canAdd = false;
      if (set[addAt] === 1) {
        const addNewPos = (old[addAt] as number) - k;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        set[k + offset] = 0;
        continue;
      }
      // Branch from the path furthest along `a` that stays inside the graph.
      let baseOld: number;
      let baseLast: number;
      if (!canRemove || (canAdd && removeOld < (old[addAt] as number))) {
        baseOld = old[addAt] as number;
        baseLast = extended(last[addAt] as number, ADDED);
      } else {
        baseOld = removeOld + 1;
        baseLast = extended(last[removeAt] as number, REMOVED);
      }
      newPos = baseOld - k;
      common = 0;
      while (
        newPos + 1 < newLen &&
        baseOld + 1 < oldLen &&
        a[aFrom + baseOld + 1] === b[bFrom + newPos + 1]
      ) {
        baseOld++;
        newPos++;
        common++;
      }
      if (common > 0) baseLast = component(common, EQUAL, baseLast);
      if (baseOld + 1 >= oldLen && newPos + 1 >= newLen) {
        emit(baseLast, out, offsetA, offsetB);
        return true;
      }
      set[k + offset] = 1;
      old[k + offset] = baseOld;
      last[k + offset] = baseLast;
      if (baseOld + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, k - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, k + 1);
    }
  }
  return false;
}

/** The components from the first to `lastComponent`, as matched pairs. */
function emit(lastComponent: number, out: number[], offsetA: number, offsetB: number): void {
  const data = pool.data;
  const order: number[] = [];
  for (let c = lastComponent; c >= 0; c = data[3 * c + 2] as number) order.push(c);
  let i = offsetA;
  let j = offsetB;
  for (let n = order.length - 1; n >= 0; n--) {
    const c = order[n] as number;
    const count = data[3 * c] as number;
    const kind = data[3 * c + 1] as number;
    if (kind === ADDED) j += count;
    else if (kind === REMOVED) i += count;
    else for (let k = 0; k < count; k++) out.push(i++, j++);
  }
}
