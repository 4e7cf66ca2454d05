import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  buildWebPreferences,
  decideNavigation,
  isAppUrl,
  isExternalHttpUrl,
} from './window-policy';

describe('buildWebPreferences', () => {
  it('locks the window down: isolated, sandboxed, no Node, web security on, no webviews', () => {
    const prefs = buildWebPreferences('/app/dist/electron/preload.cjs');
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('sets nothing that loosens security (no enableRemoteModule, no disableBlinkFeatures tricks)', () => {
    const keys = Object.keys(buildWebPreferences('p')).sort();
    expect(keys).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('isExternalHttpUrl', () => {
  it.each(['https://www.kimberleyprocess.com/', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG'])(
    'accepts %s',
    (url) => expect(isExternalHttpUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://plenary/index.html',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/',
    'smb://server/share',
    'https://user:secret@example.org/',
    'https://',
    'not a url',
    '',
    '//example.org/',
    'vbscript:msgbox',
    'chrome://settings',
    'mailto:someone@example.org',
  ])('refuses %s', (url) => expect(isExternalHttpUrl(url)).toBe(false));
});

describe('isAppUrl', () => {
  it('accepts only the app scheme on the app host', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://plenary/index.html#compare')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://plenary/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('decideNavigation', () => {
  it('never navigates; hands parsed http(s) URLs to the system browser', () => {
    expect(decideNavigation('https://example.org/report')).toEqual({
      kind: 'open-external',
      url: 'https://example.org/report',
    });
    expect(decideNavigation('app://plenary/other.html')).toEqual({ kind: 'deny' });
    expect(decideNavigation('file:///C:/Windows/System32/calc.exe')).toEqual({ kind: 'deny' });
    expect(decideNavigation('javascript:void(0)')).toEqual({ kind: 'deny' });
  });

  it('passes on the normalised URL, not the raw string', () => {
    const decision = decideNavigation('https://EXAMPLE.org/a b');
    expect(decision).toEqual({ kind: 'open-external', url: 'https://example.org/a%20b' });
  });
});
