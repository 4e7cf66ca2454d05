/** The light / dark / system colour theme (kept by the store, applied as data-theme on <html>). */
import type { PlenaryBridge } from '../../shared/ipc/contract';

/** A theme choice; 'system' follows prefers-color-scheme. */
export type ThemeChoice = 'light' | 'dark' | 'system';

/** The next choice when the header's theme button is pressed: system → light → dark → system. */
export function nextTheme(theme: ThemeChoice): ThemeChoice {
  switch (theme) {
    case 'system':
      return 'light';
    case 'light':
      return 'dark';
    case 'dark':
      return 'system';
  }
}

/** Tells the backend the page's theme, so the desktop app's menus, dialogs and window background follow it. */
export function tellShellTheme(bridge: PlenaryBridge, theme: ThemeChoice): void {
  void bridge['app:set-theme'](theme).catch(() => undefined);
}
