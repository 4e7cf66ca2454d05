/** The one bridge the renderer talks to the backend through: Electron's preload, or HTTP in a browser. */
import type { PlenaryBridge } from '../../shared/ipc/contract';
import { createHttpBridge } from './http-bridge';
import { takeToken } from './token';

/** How the page reaches the backend, or why it cannot. */
export type BridgeConnection =
  | { readonly kind: 'electron'; readonly bridge: PlenaryBridge }
  | { readonly kind: 'web'; readonly bridge: PlenaryBridge }
  | { readonly kind: 'no-token' };

/** Picks `window.plenary` when the preload provided it, else the HTTP bridge with the page's token. */
export function connectBridge(): BridgeConnection {
  if (window.plenary) return { kind: 'electron', bridge: window.plenary };
  const token = takeToken({
    location: window.location,
    history: window.history,
    storage: window.sessionStorage,
  });
  if (!token) return { kind: 'no-token' };
  return { kind: 'web', bridge: createHttpBridge(token) };
}
