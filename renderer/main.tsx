/** Entry point: connect to the backend, then render the app (or say how to open it). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { connectBridge } from './bridge';
import './styles/base.css';
import './styles/layout.css';
import './library/library.css';
import './import/import.css';
import './compare/compare.css';

const root = createRoot(document.getElementById('root')!);
const connection = connectBridge();
document.documentElement.dataset.mode = connection.kind;

root.render(
  <StrictMode>
    {connection.kind === 'no-token' ? (
      <div className="no-token">
        <h1>Plenary Diff</h1>
        <p>
          This page needs the address the server printed when it started — it ends in <code>#token=…</code>.
          Copy that whole line from the terminal where you ran <code>npm run web</code> into the address bar.
        </p>
      </div>
    ) : (
      <App bridge={connection.bridge} />
    )}
  </StrictMode>,
);
