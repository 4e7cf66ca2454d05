/** The store's links to the world: the URL hash and history, the saved location, the colour theme (page and shell). */
import { useEffect } from 'react';
import type { PlenaryBridge } from '../../shared/ipc/contract';
import { tellShellTheme, type ThemeChoice } from '../ui/theme';
import type { AppStore } from './app-store';
import { formatHash, parseHash, sameLocation } from './location';

/** How long the location rests before it is saved with the library (typing a query saves once). */
export const SAVE_LOCATION_DELAY_MS = 300;

/**
 * Keeps the URL hash and the store's location in step both ways (a move the
 * reader makes is a history entry; Back, Forward and an edited hash move the store), saves the location
 * with the library, and applies the colour theme to the page.
 */
export function useStoreEffects(store: AppStore, bridge: PlenaryBridge): void {
  useEffect(() => {
    const fromHistory = () => {
      const location = parseHash(window.location.hash);
      if (location && !sameLocation(location, store.getState().location))
        store.getState().restoreLocation(location);
    };
    const writeHash = () => {
      const { location, historyMode } = store.getState();
      const hash = formatHash(location);
      if (hash === window.location.hash) return;
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      if (historyMode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    writeHash();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.location !== previous.location) writeHash();
    });
    window.addEventListener('popstate', fromHistory);
    window.addEventListener('hashchange', fromHistory);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', fromHistory);
      window.removeEventListener('hashchange', fromHistory);
    };
  }, [store]);

  useEffect(() => {
    let timer = 0;
    const unsubscribe = store.subscribe((state, previous) => {
      // Nothing is saved before the saved location was read, so a start-up cannot overwrite it.
      if (state.awaitingSavedLocation || state.location === previous.location) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        // A lost save costs only the place to come back to; the library itself is untouched.
        bridge['library:set-navigation'](formatHash(store.getState().location)).catch(() => undefined);
      }, SAVE_LOCATION_DELAY_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [store, bridge]);

  useEffect(() => {
    const apply = (theme: ThemeChoice) => {
      document.documentElement.dataset.theme = theme;
      tellShellTheme(bridge, theme);
    };
    apply(store.getState().colourTheme);
    return store.subscribe((state, previous) => {
      if (state.colourTheme !== previous.colourTheme) apply(state.colourTheme);
    });
  }, [store, bridge]);
}
