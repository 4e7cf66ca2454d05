/** The application menu: File (import, paste, export, quit), Edit, View (layout, zoom, theme), Help. */
import {
  dialog,
  Menu,
  nativeTheme,
  type BrowserWindow,
  type MenuItemConstructorOptions,
  type OpenDialogOptions,
} from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';
import type { Handlers } from './backend/handlers';
import { collectFolderFiles, importPaths, SUPPORTED_EXTENSIONS } from './backend/import-paths';
import { sendMenuCommand } from './ipc-main';

/** What the menu needs from the app. */
export interface AppMenuOptions {
  readonly handlers: Handlers;
  readonly mainWindow: () => BrowserWindow | null;
  readonly isDevelopment: boolean;
}

/** Builds and installs the application menu. */
export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}

function menuTemplate({ handlers, mainWindow, isDevelopment }: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin';
  const send = (command: MenuCommand): void => {
    const window = mainWindow();
    if (window) sendMenuCommand(window, command);
  };
  const importWith = async (dialogOptions: OpenDialogOptions, folder: boolean): Promise<void> => {
    const window = mainWindow();
    if (!window) return;
    const picked = await dialog.showOpenDialog(window, dialogOptions);
    if (picked.canceled || picked.filePaths.length === 0) return;
    try {
      const paths = folder
        ? (await Promise.all(picked.filePaths.map((dir) => collectFolderFiles(dir)))).flat()
        : picked.filePaths;
      if (folder && paths.length === 0) {
        await dialog.showMessageBox(window, {
          type: 'info',
          message: 'No statements found',
          detail: `The folder holds no ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(' ')} files.`,
        });
        return;
      }
      send({ kind: 'imported', results: await importPaths(handlers, paths) });
    } catch (error) {
      dialog.showErrorBox('Import failed', error instanceof Error ? error.message : String(error));
    }
  };
  const setTheme = (theme: 'light' | 'dark' | 'system'): void => {
    nativeTheme.themeSource = theme;
    send({ kind: 'theme', theme });
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'Import Statements…',
          accelerator: 'CmdOrCtrl+O',
          click: () =>
            void importWith(
              {
                title: 'Import statements',
                properties: ['openFile', 'multiSelections'],
                filters: [{ name: 'Statements', extensions: [...SUPPORTED_EXTENSIONS] }],
              },
              false,
            ),
        },
        {
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () =>
            void importWith({ title: 'Import a folder of statements', properties: ['openDirectory'] }, true),
        },
        { label: 'Paste Statement…', accelerator: 'CmdOrCtrl+Shift+V', click: () => send({ kind: 'paste' }) },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send({ kind: 'export' }) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        {
          label: 'Side by Side',
          accelerator: 'CmdOrCtrl+1',
          click: () => send({ kind: 'view-mode', mode: 'side-by-side' }),
        },
        {
          label: 'Inline',
          accelerator: 'CmdOrCtrl+2',
          click: () => send({ kind: 'view-mode', mode: 'inline' }),
        },
        { type: 'separator' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Light', type: 'radio', click: () => setTheme('light') },
        { label: 'Dark', type: 'radio', click: () => setTheme('dark') },
        { label: 'System', type: 'radio', checked: true, click: () => setTheme('system') },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDevelopment ? [{ role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'F1', click: () => send({ kind: 'shortcuts' }) },
        { label: 'About Plenary Diff', click: () => send({ kind: 'about' }) },
      ],
    },
  ];
}
