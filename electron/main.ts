/** The desktop app's main process: one instance, one locked-down window, the library under userData. */
import { app, dialog, nativeTheme, screen, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { MenuCommand, ThemeSetting } from '../shared/ipc/contract';
import { loadBundledCorpus, PACKAGED_CORPUS_FOLDER } from './backend/bundled-corpus';
import { LIBRARY_FOLDER } from './backend/data-dir';
import { createHandlers } from './backend/handlers';
import { createImportPool, type ImportPool } from './backend/import-pool';
import { IMPORT_WORKER_FILE } from './backend/import-worker-protocol';
import { openLibraryStore, type LibraryStore } from './backend/library-store';
import { createExportHandlers } from './export-files';
import { registerIpc, sendMenuCommand } from './ipc-main';
import { filesFromSecondInstance, secondInstanceData, statementPathsFromArgv } from './launch-files';
import { installAppMenu } from './menu';
import { createPathImportRunner, type PathImportRunner } from './path-imports';
import { registerAppScheme, serveRenderer } from './protocol';
import { resolveUserDataOverride } from './user-data-dir';
import { createMainWindow, guardWebContents } from './window';
import { APP_ENTRY_URL } from './window-policy';
import {
  loadWindowState,
  saveWindowState,
  visibleBounds,
  windowBackground,
  type WindowState,
} from './window-state';
import { errorMessage } from '../shared/error-message';

// Built to dist/electron/main.cjs: the preload sits beside it, the renderer in dist/renderer.
const preloadPath = join(__dirname, 'preload.cjs');
// Imports are parsed in this worker thread (Electron loads it from app.asar), never in the main process.
const importWorkerPath = join(__dirname, IMPORT_WORKER_FILE.electron);
const rendererDir = join(__dirname, '..', 'renderer');
const iconPath = join(__dirname, '..', '..', 'build', 'icon.png');

/** The bundled corpus: extraResources in the packaged app, resources/corpus in a checkout. */
function corpusDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, PACKAGED_CORPUS_FOLDER)
    : join(__dirname, '..', '..', 'resources', 'corpus');
}

/** Everything that exists once start-up has finished; null before (windows, imports and IPC wait for it). */
interface Started {
  readonly store: LibraryStore;
  readonly importPool: ImportPool;
  readonly imports: PathImportRunner;
  readonly reinstallMenu: () => void;
}

let mainWindow: BrowserWindow | null = null;
/** Resolves when the current main window has shown its first paint (its renderer listens for commands). */
let windowShown: Promise<void> = Promise.resolve();
let started: Started | null = null;
let windowState: WindowState | null = null;
let flushed = false;
/** Files the OS asked us to open before start-up finished ("Open with", file arguments). */
const pendingPaths: string[] = [];

const send = (command: MenuCommand): void => {
  if (mainWindow) sendMenuCommand(mainWindow, command);
};

async function start(): Promise<void> {
  // Nothing in the app needs a permission (camera, notifications, geolocation…): refuse them all.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const userData = app.getPath('userData');
  const state = await loadWindowState(userData);
  windowState = state;
  nativeTheme.themeSource = state.theme;
  const store = await openLibraryStore(join(userData, LIBRARY_FOLDER), {
    bundled: await loadBundledCorpus(corpusDir()),
    lock: true,
  });
  const reinstallMenu = (): void =>
    installAppMenu({
      mainWindow: () => mainWindow,
      imports: pathImports,
      send,
      theme: windowState?.theme ?? 'system',
      isDevelopment: !app.isPackaged,
      platform: process.platform,
    });
  const importPool = createImportPool({ workerPath: importWorkerPath });
  // The handlers and the path imports need each other (cancel ↔ import); the hooks look the runner up late.
  const handlers = createHandlers(store, {
    mode: 'electron',
    version: app.getVersion(),
    parse: importPool.parse,
    electronOnly: createExportHandlers(() => mainWindow),
    shell: {
      setTheme: (theme) => applyTheme(theme, reinstallMenu),
      cancelImport: () => pathImports.cancel(),
    },
  });
  const pathImports = createPathImportRunner({
    handlers,
    send,
    showError: (title, message) => dialog.showErrorBox(title, message),
  });

  // The app:// handler and every IPC handler exist before the first window loads anything.
  serveRenderer(rendererDir);
  registerIpc(handlers, () => mainWindow);
  started = { store, importPool, imports: pathImports, reinstallMenu };
  reinstallMenu();
  openWindow();
  openPaths(pendingPaths.splice(0));
}

function applyTheme(theme: ThemeSetting, reinstallMenu: () => void): void {
  if (!windowState) return;
  windowState = { ...windowState, theme };
  nativeTheme.themeSource = theme;
  reinstallMenu();
  mainWindow?.setBackgroundColor(windowBackground(theme, nativeTheme.shouldUseDarkColors));
}

function openWindow(): void {
  const state = windowState;
  if (!started || !state) return;
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({
    preload: preloadPath,
    ...(app.isPackaged ? {} : { icon: iconPath }),
    bounds: visibleBounds(state.bounds, workAreas),
    backgroundColor: windowBackground(state.theme, nativeTheme.shouldUseDarkColors),
  });
  mainWindow = window;
  windowShown = new Promise((resolve) => window.once('ready-to-show', () => resolve()));
  if (state.maximized) window.once('ready-to-show', () => window.maximize());
  window.on('close', () => {
    if (windowState)
      windowState = { ...windowState, bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  });
  window.on('closed', () => {
    // Only the window that closed: a newer one (macOS re-activation) must stay reachable.
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
}

/** Imports files the OS handed over, into the window (opened first if there is none). */
function openPaths(paths: readonly string[]): void {
  if (paths.length === 0) return;
  if (!started) {
    pendingPaths.push(...paths);
    return;
  }
  if (!mainWindow) openWindow();
  const { imports } = started;
  void windowShown.then(() => imports.run(paths));
}

// Tests (and people keeping separate libraries) pass --user-data-dir; honour it before the
// single-instance lock, which is keyed on the userData folder. Electron wants it absolute.
const userDataOverride = resolveUserDataOverride(
  app.commandLine.getSwitchValue('user-data-dir'),
  process.env.PLENARY_USER_DATA,
  process.cwd(),
);
if (userDataOverride) app.setPath('userData', userDataOverride);

registerAppScheme();
if (!app.requestSingleInstanceLock(secondInstanceData(process.argv, process.cwd()))) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    openPaths(filesFromSecondInstance(argv, workingDirectory, additionalData));
  });
  // macOS hands over files ("Open with", a drop on the Dock icon) as events, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPaths([path]);
  });
  // Every web contents, not only the main window's, gets the navigation and window guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Let pending library writes (the index after an import) finish, and remember the window, before the end.
  app.on('will-quit', (event) => {
    if (flushed || !started) return;
    event.preventDefault();
    const { store, importPool } = started;
    const state = windowState;
    void Promise.allSettled([
      importPool.close(),
      store.close(),
      state ? saveWindowState(app.getPath('userData'), state) : Promise.resolve(),
    ]).finally(() => {
      flushed = true;
      app.quit();
    });
  });
  // macOS: clicking the Dock icon with no window open. Before start-up has finished there is nothing to do:
  // start() opens the window once the app:// handler and IPC exist.
  app.on('activate', () => {
    if (started && mainWindow === null) openWindow();
  });
  pendingPaths.push(...statementPathsFromArgv(process.argv, process.cwd()));
  app.whenReady().then(start, fail).catch(fail);
}

function fail(error: unknown): void {
  dialog.showErrorBox('Plenary Diff could not start', errorMessage(error));
  app.exit(1);
}
