/** The index a list's navigation key moves to: arrows, Home/End and (when given) Page Up/Down. */

/** How the list moves. */
export interface ListKeyOptions {
  /** Rows Page Up/Down move; without it those keys do nothing. */
  readonly page?: number;
  /** Past either end the arrows wrap round (a menu) instead of stopping (a long list). */
  readonly wrap?: boolean;
}

/** The index `key` moves to from `index` in a list of `count` items, or null when it is no navigation key. */
export function listKeyTarget(
  key: string,
  index: number,
  count: number,
  { page, wrap = false }: ListKeyOptions = {},
): number | null {
  const step = (by: number): number => {
    const to = index + by;
    return wrap ? (to + count) % count : Math.max(0, Math.min(count - 1, to));
  };
  switch (key) {
    case 'ArrowDown':
      return step(1);
    case 'ArrowUp':
      return step(-1);
    case 'PageDown':
      return page === undefined ? null : step(page);
    case 'PageUp':
      return page === undefined ? null : step(-page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
