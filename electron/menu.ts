/** The application menu: File (import, paste, export, quit), Edit, View (layout, zoom, theme), Window (macOS), Help. */
import {
  dialog,
  Menu,
  type BrowserWindow,
  type MenuItemConstructorOptions,
  type OpenDialogOptions,
} from 'electron';
import type { MenuCommand, ThemeSetting } from '../shared/ipc/contract';
import { collectFolderFiles, SUPPORTED_EXTENSIONS } from './backend/import-paths';
import type { PathImportRunner } from './path-imports';

/** What the menu needs from the app. */
export interface AppMenuOptions {
  readonly mainWindow: () => BrowserWindow | null;
  readonly imports: PathImportRunner;
  /** Sends a command to the window's renderer. */
  readonly send: (command: MenuCommand) => void;
  /** The theme the page shows now: its radio item is the checked one. */
  readonly theme: ThemeSetting;
  readonly isDevelopment: boolean;
  readonly platform: NodeJS.Platform;
}

/** The View menu's theme items, by id. */
export const THEME_ITEMS: readonly {
  readonly id: string;
  readonly label: string;
  readonly theme: ThemeSetting;
}[] = [
  { id: 'theme-light', label: 'Light', theme: 'light' },
  { id: 'theme-dark', label: 'Dark', theme: 'dark' },
  { id: 'theme-system', label: 'System', theme: 'system' },
];

/** Builds and installs the application menu (again whenever the theme changes, so its radio follows). */
export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}

/** The menu template for a platform. */
export function menuTemplate({
  mainWindow,
  imports,
  send,
  theme,
  isDevelopment,
  platform,
}: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const importWith = async (dialogOptions: OpenDialogOptions, folder: boolean): Promise<void> => {
    const window = mainWindow();
    if (!window) return;
    const picked = await dialog.showOpenDialog(window, dialogOptions);
    if (picked.canceled || picked.filePaths.length === 0) return;
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
    await imports.run(paths);
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        {
          id: 'import-files',
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
          id: 'import-folder',
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () =>
            void importWith({ title: 'Import a folder of statements', properties: ['openDirectory'] }, true),
        },
        {
          id: 'paste',
          label: 'Paste Statement…',
          accelerator: 'CmdOrCtrl+Shift+V',
          click: () => send({ kind: 'paste' }),
        },
        { type: 'separator' },
        { id: 'export', label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send({ kind: 'export' }) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        {
          id: 'view-side-by-side',
          label: 'Side by Side',
          accelerator: 'CmdOrCtrl+1',
          click: () => send({ kind: 'view-mode', mode: 'side-by-side' }),
        },
        {
          id: 'view-inline',
          label: 'Inline',
          accelerator: 'CmdOrCtrl+2',
          click: () => send({ kind: 'view-mode', mode: 'inline' }),
        },
        { type: 'separator' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        ...THEME_ITEMS.map((item): MenuItemConstructorOptions => ({
          id: item.id,
          label: item.label,
          type: 'radio',
          checked: item.theme === theme,
          // The page applies it and reports back on app:set-theme, which sets nativeTheme and this radio.
          click: () => send({ kind: 'theme', theme: item.theme }),
        })),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDevelopment ? [{ role: 'toggleDevTools' } as const] : []),
      ],
    },
    // macOS people expect Minimize (Cmd+M), Zoom and Bring All to Front in a Window menu.
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    {
      role: 'help',
      submenu: [
        {
          id: 'shortcuts',
          label: 'Keyboard Shortcuts',
          accelerator: 'F1',
          click: () => send({ kind: 'shortcuts' }),
        },
        { id: 'about', label: 'About Plenary Diff', click: () => send({ kind: 'about' }) },
      ],
    },
  ];
}
