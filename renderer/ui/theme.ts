/** The light / dark / system colour theme: kept in localStorage, applied as data-theme on <html>. */
import { useCallback, useEffect, useState } from 'react';
import type { PlenaryBridge } from '../../shared/ipc/contract';

/** A theme choice; 'system' follows prefers-color-scheme. */
export type ThemeChoice = 'light' | 'dark' | 'system';

const STORAGE_KEY = 'plenary-diff.theme';

function stored(): ThemeChoice {
  const value = window.localStorage.getItem(STORAGE_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The theme choice and a setter that persists and applies it. */
export function useTheme(): readonly [ThemeChoice, (choice: ThemeChoice) => void] {
  const [theme, setThemeState] = useState<ThemeChoice>(stored);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const setTheme = useCallback((choice: ThemeChoice) => {
    window.localStorage.setItem(STORAGE_KEY, choice);
    setThemeState(choice);
  }, []);
  return [theme, setTheme];
}

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
export function useShellTheme(bridge: PlenaryBridge, theme: ThemeChoice): void {
  useEffect(() => {
    void bridge['app:set-theme'](theme).catch(() => undefined);
  }, [bridge, theme]);
}
