import type { PlenaryBridge } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The preload's bridge; present in Electron, absent in browser mode. */
    readonly plenary?: PlenaryBridge;
  }
}
