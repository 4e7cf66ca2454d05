/** The app: composes the window from its parts around one store; the parts read and change the store. */
import type { PlenaryBridge } from '../shared/ipc/contract';
import { DropTarget } from './import/drop-target';
import { ImportPanel } from './import/import-panel';
import { LibraryNotices } from './library/library-notices';
import { LibrarySidebar } from './library/library-sidebar';
import { AppHeader } from './shell/app-header';
import { MainView } from './shell/main-view';
import { WindowCommands } from './shell/window-commands';
import { DialogHost, ToastHost } from './shell/window-overlays';
import { openAppStore, type AppStore } from './state/app-store';
import { parseHash } from './state/location';
import { StoreProvider } from './state/store-context';
import { useStoreEffects } from './state/use-store-effects';

/** A task left for an idle moment runs at the latest this long after it was left (the window is never idle). */
const IDLE_TIMEOUT_MS = 2000;

/** The window's store over a connected bridge, its library already asked for (before the first render). */
export function openWindowStore(bridge: PlenaryBridge): AppStore {
  return openAppStore({
    bridge,
    initial: parseHash(window.location.hash),
    storage: window.localStorage,
    whenIdle: (task) => window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS }),
  });
}

/** The whole window, given a connected bridge and the window's store over it (openWindowStore). */
export function App({ bridge, store }: { readonly bridge: PlenaryBridge; readonly store: AppStore }) {
  useStoreEffects(store, bridge);
  return (
    <StoreProvider store={store}>
      <div className="app">
        <WindowCommands bridge={bridge} />
        <AppHeader />
        <div className="app-body">
          <LibrarySidebar />
          <main className="main" aria-label="Main">
            <LibraryNotices />
            <ImportPanel />
            <MainView />
          </main>
        </div>
        <DropTarget />
        <ToastHost />
        <DialogHost bridge={bridge} />
      </div>
    </StoreProvider>
  );
}
