/** The desktop app's main process: one instance, one locked-down window, the library under userData. */
import { app, dialog, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { loadBundledCorpus, PACKAGED_CORPUS_FOLDER } from './backend/bundled-corpus';
import { LIBRARY_FOLDER } from './backend/data-dir';
import { createHandlers } from './backend/handlers';
import { openLibraryStore, type LibraryStore } from './backend/library-store';
import { createExportHandlers } from './export-files';
import { registerIpc } from './ipc-main';
import { installAppMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, guardWebContents } from './window';
import { APP_ENTRY_URL } from './window-policy';

// Built to dist/electron/main.cjs: the preload sits beside it, the renderer in dist/renderer.
const preloadPath = join(__dirname, 'preload.cjs');
const rendererDir = join(__dirname, '..', 'renderer');
const iconPath = join(__dirname, '..', '..', 'build', 'icon.png');

/** The bundled corpus: extraResources in the packaged app, resources/corpus in a checkout. */
function corpusDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, PACKAGED_CORPUS_FOLDER)
    : join(__dirname, '..', '..', 'resources', 'corpus');
}

let mainWindow: BrowserWindow | null = null;
let store: LibraryStore | null = null;
let flushed = false;

async function start(): Promise<void> {
  // Nothing in the app needs a permission (camera, notifications, geolocation…): refuse them all.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const libraryDir = join(app.getPath('userData'), LIBRARY_FOLDER);
  store = await openLibraryStore(libraryDir, { bundled: await loadBundledCorpus(corpusDir()) });
  const handlers = createHandlers(store, {
    mode: 'electron',
    version: app.getVersion(),
    electronOnly: createExportHandlers(() => mainWindow),
  });

  serveRenderer(rendererDir);
  registerIpc(handlers, () => mainWindow);
  installAppMenu({ handlers, mainWindow: () => mainWindow, isDevelopment: !app.isPackaged });
  openWindow();
}

function openWindow(): void {
  mainWindow = createMainWindow({ preload: preloadPath, ...(app.isPackaged ? {} : { icon: iconPath }) });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
}

// Tests (and people keeping separate libraries) pass --user-data-dir; honour it before the
// single-instance lock, which is keyed on the userData folder.
const userDataOverride = app.commandLine.getSwitchValue('user-data-dir') || process.env.PLENARY_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

registerAppScheme();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every web contents, not only the main window's, gets the navigation and window guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Let pending library writes (the index after an import) finish before the process ends.
  app.on('will-quit', (event) => {
    if (flushed || !store) return;
    event.preventDefault();
    void store.idle().finally(() => {
      flushed = true;
      app.quit();
    });
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openWindow();
  });
  app.whenReady().then(start, fail).catch(fail);
}

function fail(error: unknown): void {
  dialog.showErrorBox('Plenary Diff could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
