/**
 * The renderer's one store (zustand): every piece of state that outlives a component or is shared by two.
 * Built per window by `createAppStore` (never a module-level singleton), handed down by <StoreProvider>.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlenaryBridge } from '../../shared/ipc/contract';
import { importSlice, type ImportSlice } from './import-slice';
import { librarySlice, type LibrarySlice } from './library-slice';
import type { Location } from './location';
import { navigationSlice, type NavigationSlice } from './navigation-slice';
import { searchSlice, type SearchSlice, type WhenIdle } from './search-slice';
import { themesAheadSlice, type ThemesAheadSlice } from './themes-ahead-slice';
import { uiSlice, type UiSlice, type UiStorage } from './ui-slice';
import { workerSlice, type WorkerSlice } from './worker-slice';
import { createForeground } from './foreground';

/** The whole app state with its actions. */
export type AppState = NavigationSlice &
  LibrarySlice &
  ImportSlice &
  UiSlice &
  WorkerSlice &
  SearchSlice &
  ThemesAheadSlice;

/** A store of the app state. */
export type AppStore = StoreApi<AppState>;

/** What the store needs from outside. */
export interface AppStoreOptions {
  readonly bridge: PlenaryBridge;
  /** The location the window was opened at (its URL hash); null: the one saved with the library. */
  readonly initial: Location | null;
  /** Where small view choices are kept between runs (localStorage in the app, null in tests). */
  readonly storage: UiStorage | null;
  /** Runs a task when the window is idle (the search index is built ahead then); none: nothing is (unit tests). */
  readonly whenIdle?: WhenIdle | null;
}

/** A new store for one window. */
export function createAppStore({ bridge, initial, storage, whenIdle = null }: AppStoreOptions): AppStore {
  // Searches are the reader's; the themes' saves to the library folder wait for them.
  const foreground = createForeground();
  return createStore<AppState>()((...args) => ({
    ...navigationSlice(initial)(...args),
    ...librarySlice(bridge, foreground)(...args),
    ...importSlice(bridge)(...args),
    ...uiSlice(storage)(...args),
    ...workerSlice(foreground, whenIdle)(...args),
    ...searchSlice(whenIdle)(...args),
    ...themesAheadSlice(whenIdle)(...args),
  }));
}

/**
 * A new store for a window, its library asked for at once: before the window's first render, which the list's answer
 * (at 3,000 statements ~0.5–0.8 s of the backend's time) then overlaps instead of following.
 */
export function openAppStore(options: AppStoreOptions): AppStore {
  const store = createAppStore(options);
  void store.getState().refresh();
  return store;
}
