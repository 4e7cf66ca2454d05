/** Renders the app (or says how to open it), given the page's connection and the library's list already asked for. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, openWindowStore } from './app';
import type { BridgeConnection } from './bridge';
import { withFirstList, type LibraryListAnswer } from './bridge/first-list';

/** Makes the window's store over `connection` (its first list `firstList`) and renders the app into #root. */
export function startApp(connection: BridgeConnection, firstList: LibraryListAnswer | null): void {
  const root = createRoot(document.getElementById('root')!);
  const store =
    connection.kind === 'no-token' ? null : openWindowStore(withFirstList(connection.bridge, firstList));
  root.render(
    <StrictMode>
      {connection.kind === 'no-token' || store === null ? (
        <div className="no-token">
          <h1>Plenary Diff</h1>
          <p>
            This page needs the address the server printed when it started — it ends in <code>#token=…</code>.
            Copy that whole line from the terminal where you ran <code>npm run web</code> into the address
            bar.
          </p>
        </div>
      ) : (
        <App bridge={connection.bridge} store={store} />
      )}
    </StrictMode>,
  );
}
