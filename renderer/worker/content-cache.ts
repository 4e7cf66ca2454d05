/** Bounds for the worker's caches keyed by statement content. */

/**
 * Drops the entries whose keys are not in `keep` once the cache holds more than twice `size` entries, so texts
 * removed from the library (or edited) do not pile up while a toggle back and forth stays cheap.
 */
export function forgetAllBut<V>(cache: Map<string, V>, keep: ReadonlySet<string>, size: number): void {
  if (cache.size <= 2 * Math.max(size, 50)) return;
  for (const key of [...cache.keys()]) if (!keep.has(key)) cache.delete(key);
}
