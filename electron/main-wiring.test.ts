// The main process's wiring, proven without the Electron binary: the BUILT bundle (dist/electron/main.cjs, as
// `electron .` runs it) is loaded against a recording stand-in for the `electron` module, and the order and
// content of what it does are checked. It complements the `electron` e2e project, which runs the real app.
import { mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type MenuCommand } from '../shared/ipc/contract';
import {
  ElectronStandIn,
  type StandInOptions,
  type StandInWindow,
} from '../testing/electron/electron-stand-in';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const MAIN_BUNDLE = join(repo, 'dist', 'electron', 'main.cjs');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { main: string; version: string };

let userData: string;
let saved: { argv: string[]; platform: PropertyDescriptor; env: string | undefined; cwd: string };

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'plenary-wiring-'));
  saved = {
    argv: process.argv,
    platform: Object.getOwnPropertyDescriptor(process, 'platform')!,
    env: process.env.PLENARY_USER_DATA,
    cwd: process.cwd(),
  };
  delete process.env.PLENARY_USER_DATA;
});

afterEach(() => {
  process.argv = saved.argv;
  Object.defineProperty(process, 'platform', saved.platform);
  if (saved.env === undefined) delete process.env.PLENARY_USER_DATA;
  else process.env.PLENARY_USER_DATA = saved.env;
  process.chdir(saved.cwd);
  rmSync(userData, { recursive: true, force: true });
});

/** Loads a fresh copy of the built main bundle against a new stand-in. */
function loadMain(
  options: Partial<StandInOptions> & { platform?: NodeJS.Platform; argv?: string[] } = {},
): ElectronStandIn {
  if (!existsSync(MAIN_BUNDLE))
    throw new Error('dist/electron/main.cjs is missing: run `npm run build` first');
  const standIn = new ElectronStandIn({ userData, ...options });
  Object.defineProperty(process, 'platform', { value: options.platform ?? 'linux', configurable: true });
  process.argv = ['/opt/electron', '.', ...(options.argv ?? [])];
  const electronPath = require.resolve('electron');
  require.cache[electronPath] = {
    id: electronPath,
    filename: electronPath,
    loaded: true,
    exports: standIn.module,
  } as unknown as NodeJS.Module;
  delete require.cache[MAIN_BUNDLE];
  try {
    require(MAIN_BUNDLE);
  } finally {
    delete require.cache[electronPath];
  }
  return standIn;
}

/** Makes the app ready and waits until the window has loaded and shown. */
async function startApp(standIn: ElectronStandIn): Promise<StandInWindow> {
  standIn.ready();
  await until(() => standIn.windows.length > 0 && standIn.windows.at(-1)!.webContents.loaded !== null);
  await until(() => standIn.log.some((e) => e.api.endsWith('.show')));
  return standIn.windows.at(-1)!;
}

async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function trustedEvent(window: StandInWindow): IpcMainInvokeEvent {
  return {
    sender: window.webContents,
    senderFrame: window.webContents.mainFrame,
  } as unknown as IpcMainInvokeEvent;
}

function menuCommands(window: StandInWindow): MenuCommand[] {
  return window.webContents.sent.filter((s) => s.channel === 'menu').map((s) => s.args[0] as MenuCommand);
}

function flatItems(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatItems(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

describe('the built main process, against a recording stand-in for electron', () => {
  it('is what package.json "main" names', () => {
    expect(resolve(repo, pkg.main)).toBe(MAIN_BUNDLE);
  });

  it('registers the app:// scheme before ready, takes the single-instance lock, and waits for ready', () => {
    const standIn = loadMain();
    const scheme = standIn.indexOf('protocol.registerSchemesAsPrivileged');
    expect(scheme).toBeGreaterThanOrEqual(0);
    expect(standIn.log[scheme]!.args[0]).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(standIn.indexOf('app.requestSingleInstanceLock')).toBeGreaterThan(scheme);
    expect(standIn.indexOf('app.whenReady')).toBeGreaterThan(scheme);
    expect(standIn.windows).toHaveLength(0);
    expect(standIn.failures).toEqual([]);
  });

  it('quits at once, opening nothing, when another instance holds the lock', () => {
    const standIn = loadMain({ gotLock: false });
    expect(standIn.quitCalls).toBe(1);
    expect(standIn.indexOf('app.whenReady')).toBe(-1);
    expect(standIn.indexOf('app.on')).toBe(-1);
  });

  it('serves app:// and handles every contract channel before the first loadURL, with locked-down preferences', async () => {
    const standIn = loadMain();
    const window = await startApp(standIn);
    const firstLoad = standIn.indexOf('BrowserWindow#1.loadURL');
    const handle = standIn.indexOf('session.defaultSession.protocol.handle', (a) => a[0] === 'app');
    expect(handle).toBeGreaterThan(standIn.indexOf('(ready)'));
    expect(handle).toBeLessThan(firstLoad);
    // One handler per channel, each registered before the page loads.
    const channels = standIn.log.filter((e) => e.api === 'ipcMain.handle').map((e) => e.args[0]);
    expect([...channels].sort()).toEqual([...CHANNELS].sort());
    expect(standIn.log.map((e) => e.api).lastIndexOf('ipcMain.handle')).toBeLessThan(firstLoad);
    // Permissions refused before anything loads.
    expect(standIn.indexOf('session.defaultSession.setPermissionRequestHandler')).toBeLessThan(firstLoad);

    expect(standIn.log[firstLoad]!.args[0]).toBe('app://plenary/index.html');
    // The real built renderer came through the handler, with its CSP.
    expect(window.webContents.loaded?.status).toBe(200);
    expect(window.webContents.loaded?.body).toContain('<div id="root">');
    expect(window.webContents.loaded?.headers.get('content-security-policy')).toContain("default-src 'self'");

    const prefs = window.options.webPreferences!;
    expect(prefs).toMatchObject({
      preload: join(repo, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(window.options.show).toBe(false);
    expect(window.webContents.windowOpenHandler).not.toBeNull();
    expect(standIn.failures).toEqual([]);
  });

  it('answers every channel from the window and refuses any other sender', async () => {
    const standIn = loadMain();
    const window = await startApp(standIn);
    const info = standIn.ipcHandlers.get('app:info')!;
    expect(await info(trustedEvent(window))).toEqual({
      ok: true,
      value: { version: pkg.version, mode: 'electron' },
    });
    const list = (await standIn.ipcHandlers.get('library:list')!(trustedEvent(window))) as {
      ok: boolean;
      value: { statements: unknown[] };
    };
    expect(list.ok).toBe(true);
    expect(list.value.statements.length).toBeGreaterThan(1);

    const stranger = {
      sender: {},
      senderFrame: { url: 'app://plenary/index.html' },
    } as unknown as IpcMainInvokeEvent;
    const otherFrame = { sender: window.webContents, senderFrame: { url: 'https://example.invalid/' } };
    for (const channel of CHANNELS) {
      const handler = standIn.ipcHandlers.get(channel)!;
      for (const event of [stranger, otherFrame as unknown as IpcMainInvokeEvent]) {
        expect(await handler(event), channel).toEqual({
          ok: false,
          error: 'Refused: this call did not come from the Plenary Diff window.',
        });
      }
    }
  });

  it.each(['linux', 'win32', 'darwin'] as const)(
    'builds the %s menu: every command reaches the window',
    async (platform) => {
      const folder = mkdtempSync(join(tmpdir(), 'plenary-wiring-folder-'));
      writeFileSync(join(folder, 'sample.txt'), 'Sample — a statement.\n\nIt has two paragraphs of text.\n');
      try {
        const standIn = loadMain({ platform, openDialogAnswer: [folder] });
        const window = await startApp(standIn);
        const template = standIn.menus.at(-1)!;
        const top = template.map((item) => item.role ?? item.label);
        expect(top).toEqual(
          platform === 'darwin'
            ? ['appMenu', '&File', 'editMenu', '&View', 'windowMenu', 'help']
            : ['&File', 'editMenu', '&View', 'help'],
        );
        const items = flatItems(template);
        const file = template.find((i) => i.label === '&File')!.submenu as MenuItemConstructorOptions[];
        expect(file.at(-1)!.role).toBe(platform === 'darwin' ? 'close' : 'quit');

        const expected: Record<string, MenuCommand['kind']> = {
          paste: 'paste',
          export: 'export',
          'view-side-by-side': 'view-mode',
          'view-inline': 'view-mode',
          'theme-light': 'theme',
          'theme-dark': 'theme',
          'theme-system': 'theme',
          shortcuts: 'shortcuts',
          about: 'about',
          'import-files': 'imported',
          'import-folder': 'imported',
        };
        const withClick = items.filter((i) => i.click);
        expect(withClick.map((i) => i.id).sort()).toEqual(Object.keys(expected).sort());
        for (const item of withClick) {
          const before = menuCommands(window).length;
          item.click!(undefined as never, undefined, undefined as never);
          await until(
            () =>
              menuCommands(window)
                .slice(before)
                .some((c) => c.kind === expected[item.id!]),
            item.id,
          );
        }
        // The folder import went through the dialog and the library, with progress first.
        const commands = menuCommands(window);
        expect(commands.some((c) => c.kind === 'import-progress' && c.total === 1)).toBe(true);
        const imported = commands.filter((c) => c.kind === 'imported');
        expect(imported.at(-1)).toMatchObject({
          results: [{ ok: true, statement: { source: { fileName: 'sample.txt' } } }],
        });
        expect(standIn.failures).toEqual([]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );

  it('follows the page theme: nativeTheme, the View menu radio, the window background, remembered', async () => {
    const standIn = loadMain();
    const window = await startApp(standIn);
    const radio = () =>
      flatItems(standIn.menus.at(-1)!)
        .filter((i) => i.type === 'radio' && i.checked)
        .map((i) => i.id);
    expect(radio()).toEqual(['theme-system']);
    expect(window.options.backgroundColor).toBe('#ffffff');
    await standIn.ipcHandlers.get('app:set-theme')!(trustedEvent(window), 'dark');
    expect((standIn.module.nativeTheme as { themeSource: string }).themeSource).toBe('dark');
    expect(radio()).toEqual(['theme-dark']);
    expect(standIn.log.at(-1)).toEqual({ api: 'BrowserWindow#1.setBackgroundColor', args: ['#15171c'] });

    // Quit: will-quit waits for the library and the window state, then quits again.
    window.bounds = { x: 40, y: 30, width: 1000, height: 700 };
    window.close();
    const quit = standIn.emitApp('will-quit');
    expect(quit.defaultPrevented).toBe(true);
    await until(() => standIn.quitCalls === 1, 'quit after the flush');
    expect(standIn.emitApp('will-quit').defaultPrevented).toBe(false);

    // The next launch opens dark, where the window was.
    const next = loadMain();
    const reopened = await startApp(next);
    expect(reopened.options.backgroundColor).toBe('#15171c');
    expect(reopened.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    expect((next.module.nativeTheme as { themeSource: string }).themeSource).toBe('dark');
  });

  it('resolves a relative --user-data-dir against the working directory', async () => {
    process.chdir(userData);
    const standIn = loadMain({ switches: { 'user-data-dir': 'profile' } });
    expect(standIn.log.find((e) => e.api === 'app.setPath')?.args).toEqual([
      'userData',
      join(userData, 'profile'),
    ]);
    await startApp(standIn);
    expect(existsSync(join(userData, 'profile', 'library', 'index.json'))).toBe(true);
  });

  it('resolves a relative PLENARY_USER_DATA too', () => {
    process.chdir(userData);
    process.env.PLENARY_USER_DATA = 'other';
    const standIn = loadMain();
    expect(standIn.log.find((e) => e.api === 'app.setPath')?.args).toEqual([
      'userData',
      join(userData, 'other'),
    ]);
  });

  it('macOS: activate during start-up opens no window before the app:// handler; closing a window keeps IPC working', async () => {
    const standIn = loadMain({ platform: 'darwin' });
    standIn.ready();
    // The Dock icon is clicked while the library is still loading.
    standIn.emitApp('activate');
    const window = await startApp(standIn);
    expect(standIn.windows).toHaveLength(1);
    expect(standIn.failures).toEqual([]);

    // Closing the window and activating again gives a new window that IPC trusts.
    window.close();
    standIn.emitApp('activate');
    await until(() => standIn.windows.length === 2 && standIn.windows[1]!.webContents.loaded !== null);
    const second = standIn.windows[1]!;
    standIn.emitApp('activate');
    expect(standIn.windows).toHaveLength(2);
    expect(await standIn.ipcHandlers.get('app:info')!(trustedEvent(second))).toMatchObject({ ok: true });
    expect(standIn.failures).toEqual([]);
  });

  it('opens files the OS hands over: open-file before ready, file arguments, a second instance', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'plenary-wiring-open-'));
    const file = (name: string, text: string): string => {
      writeFileSync(join(folder, name), text);
      return join(folder, name);
    };
    try {
      const early = file('early.txt', 'Sample — opened with the app.\n\nA second paragraph.\n');
      const argFile = file('argument.md', '# Sample — named on the command line\n\nA paragraph.\n');
      const later = file('later.txt', 'Sample — from a second launch.\n\nAnother paragraph.\n');
      process.chdir(folder);
      const standIn = loadMain({ platform: 'darwin', argv: ['argument.md', '--inspect-brk', 'notes.bin'] });
      // The lock carries the second launch's files, made absolute.
      expect(standIn.log.find((e) => e.api === 'app.requestSingleInstanceLock')?.args[0]).toEqual({
        files: [argFile],
      });
      const openFile = standIn.emitApp('open-file', early);
      expect(openFile.defaultPrevented).toBe(true);
      const window = await startApp(standIn);
      const importedNames = () =>
        menuCommands(window)
          .filter((c) => c.kind === 'imported')
          .flatMap((c) => c.results.map((r) => (r.ok ? r.statement.source.fileName : r.error.fileName)));
      await until(() => importedNames().length === 2, 'the launch files');
      expect(importedNames().sort()).toEqual(['argument.md', 'early.txt']);

      standIn.emitApp('second-instance', ['/opt/electron', '--some-flag'], '/elsewhere', { files: [later] });
      await until(() => importedNames().includes('later.txt'), 'the second instance file');
      expect(standIn.log.some((e) => e.api === 'BrowserWindow#1.focus')).toBe(true);
      // A second instance without additional data: its argv, relative to its working directory.
      standIn.emitApp('second-instance', ['/opt/electron', 'early.txt'], folder, null);
      await until(() => importedNames().filter((n) => n === 'early.txt').length === 2, 'argv fallback');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('prints PDFs in a session of their own whose scheme forces a CSP, from HTML the page sends', async () => {
    const target = join(userData, 'report.pdf');
    const standIn = loadMain({ saveDialogAnswer: target });
    const window = await startApp(standIn);
    const html = '<!doctype html><title>r</title><script>alert(1)</script><p>Sample</p>';
    const result = await standIn.ipcHandlers.get('export:pdf')!(trustedEvent(window), 'report.pdf', html);
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    const printer = standIn.windows.find((w) => w !== window)!;
    const prefs = printer.options.webPreferences!;
    expect(prefs.javascript).toBe(false);
    expect(prefs.sandbox).toBe(true);
    // Its own session: not the app's, and every permission refused there too.
    expect(prefs.session).toBe(standIn.partitions.get('plenary-pdf-export'));
    expect(standIn.indexOf('session[plenary-pdf-export].setPermissionRequestHandler')).toBeGreaterThan(-1);
    expect(printer.webContents.loaded?.url).toMatch(/^plenary-report:\/\/[0-9a-f-]{36}\/report\.html$/);
    expect(printer.webContents.loaded?.body).toBe(html);
    expect(printer.webContents.loaded?.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(printer.destroyed).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^%PDF-1\.7 stand-in of plenary-report:/);
    // Nothing but the report's own scheme may load in that session.
    const beforeRequest = standIn.partitions.get('plenary-pdf-export')!.beforeRequest!;
    const verdict = (url: string) => new Promise((done) => beforeRequest({ url }, done));
    expect(await verdict('https://example.invalid/x.png')).toEqual({ cancel: true });
    expect(await verdict('file:///etc/passwd')).toEqual({ cancel: true });
    expect(await verdict(printer.webContents.loaded!.url)).toEqual({ cancel: false });
  });
});
