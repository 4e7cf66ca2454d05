/** How components reach the store: <StoreProvider> at the top, `useAppState(selector)` below. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app-store';
import { resolveLibrary, type ResolvedLibrary } from './resolve-library';

const StoreContext = createContext<AppStore | null>(null);

/** Makes `store` the store of everything inside. */
export function StoreProvider({
  store,
  children,
}: {
  readonly store: AppStore;
  readonly children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself (for effects that subscribe to it). */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider> above it.');
  return store;
}

/**
 * The part of the state `select` picks; the component renders again only when that part changes. Select
 * one value or an action; a selector that builds a new object or array on each call would never settle.
 */
export function useAppState<T>(select: (state: AppState) => T): T {
  return useStore(useAppStore(), select);
}

/** The reference, the open statement and the statements shown, for the current location. */
export function useResolvedLibrary(): ResolvedLibrary {
  const snapshot = useAppState((state) => state.snapshot);
  const reference = useAppState((state) => state.location.reference);
  const other = useAppState((state) => state.location.other);
  return useMemo(() => resolveLibrary(snapshot, { reference, other }), [snapshot, reference, other]);
}
