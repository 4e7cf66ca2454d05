/** The window's keyboard shortcuts: Alt+1… for the views, Alt+L for the library filter, / and Ctrl+F for search, Ctrl+E for export, ? for help. */
import { useEffect, useRef } from 'react';
import { VIEWS, type ViewId } from './views';

/** What the shortcuts do. */
export interface AppShortcutActions {
  readonly onView: (view: ViewId) => void;
  /** Focus the library's filter. */
  readonly onLibraryFilter: () => void;
  readonly onSearch: () => void;
  readonly onExport: () => void;
  /** The list of shortcuts. */
  readonly onShortcuts: () => void;
}

/** Listens on the window; nothing fires while a dialog is open. */
export function useAppShortcuts(actions: AppShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const command = event.ctrlKey || event.metaKey;
      // event.code, not event.key: Alt+1 types "¡" on a Mac keyboard.
      if (event.altKey && !command && !event.shiftKey && /^(Digit|Numpad)\d$/.test(event.code)) {
        const view = VIEWS.find((entry) => entry.accessKey === event.code.slice(-1));
        if (!view) return;
        event.preventDefault();
        latest.current.onView(view.id);
      } else if (event.altKey && !command && !event.shiftKey && event.code === 'KeyL') {
        event.preventDefault();
        latest.current.onLibraryFilter();
      } else if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        latest.current.onSearch();
      } else if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'e') {
        // In the desktop app the File menu's accelerator sends the same command.
        if (document.documentElement.dataset.mode === 'electron') return;
        event.preventDefault();
        latest.current.onExport();
      } else if (event.key === '/' && !command && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        latest.current.onSearch();
      } else if (event.key === '?' && !command && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        latest.current.onShortcuts();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

const NOT_TYPED_IN = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'];

function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NOT_TYPED_IN.includes(target.type);
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}
