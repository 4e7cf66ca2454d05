/** The browser-mode access token: read once from the URL fragment, then kept for this tab. */

const STORAGE_KEY = 'plenary-diff.token';

/** Where the token is looked up and kept; the browser's own objects in the app, plain ones in tests. */
export interface TokenPlaces {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * The token from `#token=<hex>` (which is then removed from the visible URL), else the one kept from before.
 * The rest of the hash — the reader's location, as in `#token=…&view=themes` — stays in the address bar.
 */
export function takeToken(places: TokenPlaces): string | null {
  const pairs = places.location.hash.replace(/^#/, '').split('&');
  const found = pairs.map((pair) => /^token=([0-9a-fA-F]+)$/.exec(pair)?.[1]).find(Boolean);
  if (found) {
    places.storage.setItem(STORAGE_KEY, found);
    // The token is a credential: keep it out of the address bar, bookmarks and screenshots.
    const rest = pairs.filter((pair) => !pair.startsWith('token=')).join('&');
    places.history.replaceState(
      places.history.state,
      '',
      places.location.pathname + places.location.search + (rest ? `#${rest}` : ''),
    );
    return found;
  }
  return places.storage.getItem(STORAGE_KEY);
}
