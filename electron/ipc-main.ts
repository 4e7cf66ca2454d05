/** The only place that touches ipcMain: every channel checked for its sender, validated, then handled. */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type MenuCommand } from '../shared/ipc/contract';
import type { WireAnswer } from '../shared/ipc/wire';
import { dispatchCall } from './backend/dispatch';
import type { Handlers } from './backend/handlers';
import { isAppUrl } from './window-policy';

/** The event channel menu commands travel on. */
export const MENU_EVENT = 'menu';

/** Registers a handler for every channel; calls from anything but our main window's main frame are refused. */
export function registerIpc(handlers: Handlers, mainWindow: () => BrowserWindow | null): void {
  const isTrusted = (event: IpcMainInvokeEvent): boolean => {
    const window = mainWindow();
    const frame = event.senderFrame;
    return (
      window !== null &&
      !window.isDestroyed() &&
      frame !== null &&
      event.sender === window.webContents &&
      frame === window.webContents.mainFrame &&
      isAppUrl(frame.url)
    );
  };
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<WireAnswer> => {
      if (!isTrusted(event))
        return { ok: false, error: 'Refused: this call did not come from the Plenary Diff window.' };
      const outcome = await dispatchCall(handlers, channel, args);
      return outcome.kind === 'ok' ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error };
    });
  }
}

/** Sends a menu command to the renderer of the main window. */
export function sendMenuCommand(window: BrowserWindow, command: MenuCommand): void {
  if (!window.isDestroyed()) window.webContents.send(MENU_EVENT, command);
}
