/** The main window factory and the guards every web contents gets. */
import { BrowserWindow, shell, type WebContents } from 'electron';
import { buildWebPreferences, decideNavigation, WINDOW_TITLE } from './window-policy';
import type { Bounds } from './window-state';

/** Where the window finds its preload script and icon, where it opens and what colour it paints first. */
export interface MainWindowOptions {
  readonly preload: string;
  readonly icon?: string;
  /** The remembered bounds (already checked to be on a display), or null for the default size, centred. */
  readonly bounds: Bounds | null;
  /** The page's background for the remembered theme, so a dark window does not flash white. */
  readonly backgroundColor: string;
}

/** Creates the main window, locked down and hidden until the renderer has painted. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: options.bounds?.width ?? 1360,
    height: options.bounds?.height ?? 880,
    ...(options.bounds ? { x: options.bounds.x, y: options.bounds.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: options.backgroundColor,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      ...buildWebPreferences(options.preload),
      // The switches that matter most, repeated literally so static scanners (Electronegativity) can read
      // them here; the builder's type pins the same values.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  guardWebContents(window.webContents);
  // The title follows document.title ("Plenary Diff — <reference> ↔ <other>"); an empty one falls back.
  window.on('page-title-updated', (event, title) => {
    if (title.trim() === '') {
      event.preventDefault();
      window.setTitle(WINDOW_TITLE);
    }
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

const guarded = new WeakSet<WebContents>();

/** Denies navigation, new windows and webviews in a web contents (once per contents); http(s) links go to the system browser. */
export function guardWebContents(contents: WebContents): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const openOutside = (url: string): void => {
    const decision = decideNavigation(url);
    if (decision.kind === 'open-external') void shell.openExternal(decision.url);
  };
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
