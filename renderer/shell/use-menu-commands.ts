/** Subscribes to the Electron app menu's commands (a no-op subscription in browser mode). */
import { useEffect, useRef } from 'react';
import type { MenuCommand, PlenaryBridge } from '../../shared/ipc/contract';

/** Calls `handle` for every menu command; the latest `handle` is always used. */
export function useMenuCommands(bridge: PlenaryBridge, handle: (command: MenuCommand) => void): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => bridge.onMenu((command) => latest.current(command)), [bridge]);
}
