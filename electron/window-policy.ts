/** The main window's security settings and URL rules, kept free of Electron so tests can check them. */

/** The privileged scheme the renderer is served from. */
export const APP_SCHEME = 'app';
/** The host part of every renderer URL. */
export const APP_HOST = 'plenary';
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** The window title before the renderer sets one. */
export const WINDOW_TITLE = 'Plenary Diff';

/** The webPreferences of every window: isolated, sandboxed, no Node, no webviews. */
export interface LockedWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly experimentalFeatures: false;
  readonly navigateOnDragDrop: false;
  readonly spellcheck: false;
  readonly safeDialogs: true;
  readonly disableBlinkFeatures: 'Auxclick';
}

/** Builds the locked-down webPreferences for a window with the given preload script. */
export function buildWebPreferences(preload: string): LockedWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped outside the renderer's drop zone must not replace the app with the file.
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // Middle-click on a link would ask for a new window; refuse the event itself, not only the window.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** True for a well-formed http(s) URL with a host and no embedded credentials: the only links opened outside. */
export function isExternalHttpUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True for a URL of our own renderer (`app://plenary/...`). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** What to do with a navigation or a new-window request: always stay put, sometimes hand the URL to the system browser. */
export type NavigationDecision =
  { readonly kind: 'deny' } | { readonly kind: 'open-external'; readonly url: string };

/** Decides a navigation or window-open attempt: the app never navigates; http(s) links open in the system browser. */
export function decideNavigation(url: string): NavigationDecision {
  return isExternalHttpUrl(url) ? { kind: 'open-external', url: new URL(url).href } : { kind: 'deny' };
}
