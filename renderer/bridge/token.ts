/** The browser-mode access token: read once from the URL fragment, then kept for this tab. */

const STORAGE_KEY = 'plenary-diff.token';

/** Where the token is looked up and kept; the browser's own objects in the app, plain ones in tests. */
export interface TokenPlaces {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** The token from `#token=<hex>` (which is then removed from the visible URL), else the one kept from before. */
export function takeToken(places: TokenPlaces): string | null {
  const match = /(?:^#|&)token=([0-9a-fA-F]+)/.exec(places.location.hash);
  if (match?.[1]) {
    places.storage.setItem(STORAGE_KEY, match[1]);
    // The token is a credential: keep it out of the address bar, bookmarks and screenshots.
    places.history.replaceState(places.history.state, '', places.location.pathname + places.location.search);
    return match[1];
  }
  return places.storage.getItem(STORAGE_KEY);
}
