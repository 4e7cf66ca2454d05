/** Help → Keyboard shortcuts and Help → About. */
import { useEffect, useState } from 'react';
import type { AppInfo, PlenaryBridge } from '../../shared/ipc/contract';
import { echoSymbol } from '../../shared/compare/op-labels';
import { OP_LABELS } from '../compare/op-labels';
import { CHANGE_KEYS } from '../compare/use-change-navigation';
import { ECHO_KEYS } from '../compare/use-echo-navigation';
import { Dialog } from '../ui/dialog';
import { VIEWS, type ViewId } from './views';

const MAIN_CONTROL_WORDS: Readonly<Record<ViewId, string>> = {
  compare: 'the aligned paragraphs',
  overview: 'the heat map',
  themes: 'the theme heat map',
  search: 'the search box',
};

/** Every shortcut of the window, as Help → Keyboard shortcuts lists them (the README's keyboard map says the same). */
export const SHORTCUTS: readonly (readonly [string, string])[] = [
  [CHANGE_KEYS.next.join('  or  '), 'Next change'],
  [CHANGE_KEYS.previous.join('  or  '), 'Previous change'],
  [ECHO_KEYS.next.join('  or  '), 'Next echo (a paragraph that quotes or talks about a reference paragraph)'],
  [ECHO_KEYS.previous.join('  or  '), 'Previous echo'],
  ...VIEWS.map((view): readonly [string, string] => [
    `Alt+${view.accessKey}`,
    `${view.label} view, the focus on ${MAIN_CONTROL_WORDS[view.id]}`,
  ]),
  ['Alt+L', 'Filter the library'],
  ['↓ in the library filter', 'Into the list of statements'],
  [
    '↑ / ↓  Home / End  PageUp / PageDown',
    'In the library: move between statements (the list is one Tab stop)',
  ],
  ['Enter on a statement', 'Open it'],
  ['Shift+F10  or  Menu key', 'The statement’s actions: open, use as reference, edit, remove'],
  ['/  or  Ctrl+F', 'Search all statements'],
  ['↓ / ↑ in the search', 'Move between the hits; Enter opens one in the compare view'],
  ['Ctrl+E', 'Export what the view shows (File → Export… in the desktop app)'],
  ['?', 'This list of shortcuts (F1 in the desktop app)'],
  ['Tab / Shift+Tab', 'Move between controls, rows’ change labels and links'],
  ['Enter on “moved from ¶…”', 'Jump to where a moved paragraph stood'],
  ['Enter on “echoes ¶…”', 'Jump to the paragraph an echo links to'],
  ['Escape', 'Close a dialog'],
  ['Ctrl + / Ctrl − / Ctrl 0', 'Zoom in, out, reset (View menu in the desktop app)'],
];

/** The keyboard shortcuts and the legend of change symbols. */
export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="dialog-subtitle">Symbols in the compare view</h3>
      <ul className="legend">
        {Object.entries(OP_LABELS).map(([op, label]) => (
          <li key={op} className={`op-chip op-${op} op-chip-static`}>
            <span aria-hidden="true">{label.symbol}</span> {label.word}
          </li>
        ))}
      </ul>
      <p className="muted">
        Inside paragraphs, <ins>inserted words</ins> are underlined on the compared statement’s side and{' '}
        <del>deleted words</del> struck through on the reference side.{' '}
        <span className="quote-mark">Quoted passages</span> are marked on both sides; {echoSymbol('topic')}{' '}
        “echoes ¶4” under a new paragraph links to the reference paragraph on its topic, {echoSymbol('reuse')}{' '}
        “quotes ¶4” to the one it quotes.
      </p>
    </Dialog>
  );
}

/** What the app is, its version and mode. */
export function AboutDialog({
  bridge,
  onClose,
}: {
  readonly bridge: PlenaryBridge;
  readonly onClose: () => void;
}) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    bridge['app:info']().then(setInfo, () => setInfo(null));
  }, [bridge]);
  return (
    <Dialog title="About Plenary Diff" onClose={onClose}>
      <p>
        Plenary Diff compares plenary statements across years with the 2019 New Delhi closing statement of the
        Kimberley Process Civil Society Coalition: paragraphs kept, reworded, moved, split, merged, dropped
        and added, and the words that changed inside them.
      </p>
      <p className="muted">
        {info
          ? `Version ${info.version} · ${info.mode === 'electron' ? 'desktop app' : 'browser mode'}`
          : ' '}
      </p>
      <p className="muted">
        Statements marked “sample” are illustrations written for this app, not real statements.
      </p>
    </Dialog>
  );
}
