/** Entry point: connect to the backend, then render the app (or say how to open it). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, openWindowStore } from './app';
import { connectBridge } from './bridge';
import './styles/base.css';
import './styles/layout.css';
import './library/library.css';
import './import/import.css';
import './compare/compare.css';

const root = createRoot(document.getElementById('root')!);
const connection = connectBridge();
document.documentElement.dataset.mode = connection.kind;
// The library is asked for now, before React's first render, not from an effect after it.
const store = connection.kind === 'no-token' ? null : openWindowStore(connection.bridge);

root.render(
  <StrictMode>
    {connection.kind === 'no-token' || store === null ? (
      <div className="no-token">
        <h1>Plenary Diff</h1>
        <p>
          This page needs the address the server printed when it started — it ends in <code>#token=…</code>.
          Copy that whole line from the terminal where you ran <code>npm run web</code> into the address bar.
        </p>
      </div>
    ) : (
      <App bridge={connection.bridge} store={store} />
    )}
  </StrictMode>,
);
