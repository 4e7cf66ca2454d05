/**
 * What the backend reads of a window location (the URL hash the renderer writes, `#view=overview&ref=<id>&…`; see
 * renderer/state/location.ts, whose tests hold the two to the same reading): only the view and the reference.
 */

/** The view and the reference a location hash names (null where it names none). */
export interface NavigationView {
  readonly view: string | null;
  readonly reference: string | null;
}

/** The view and reference of `hash`; a malformed value names nothing. */
export function navigationView(hash: string): NavigationView {
  const values = new Map<string, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    try {
      values.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' ')));
    } catch {
      // A malformed escape names nothing.
    }
  }
  return { view: values.get('view') || null, reference: values.get('ref') || null };
}
