/** The backend's handlers as a window calls them: every call's arguments through the channel's checks first. */
import { CHANNELS } from '../../shared/ipc/contract';
import type { Handlers } from '../../electron/backend/handlers';
import { parseChannelArgs } from '../../electron/backend/schemas';

/** `handlers`, each refusing (throwing) arguments its channel's schema refuses, as Electron IPC and HTTP do. */
export function checkedHandlers(handlers: Handlers): Handlers {
  return Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (...args: unknown[]) => {
        const parsed = parseChannelArgs(channel, args);
        if (!parsed.ok) throw new Error(parsed.error);
        return (handlers[channel] as (...a: readonly unknown[]) => Promise<unknown>)(...parsed.args);
      },
    ]),
  ) as unknown as Handlers;
}
