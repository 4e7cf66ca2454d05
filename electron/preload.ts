/** The sandboxed preload: exposes `window.plenary`, one function per channel of the contract, and nothing else. */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  Channel,
  ChannelArgs,
  ChannelResult,
  Events,
  MenuCommand,
  PlenaryBridge,
} from '../shared/ipc/contract';
import type { WireAnswer } from '../shared/ipc/wire';

const MENU_EVENT: keyof Events = 'menu';

function call<C extends Channel>(channel: C): (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> {
  return async (...args) => {
    const answer = (await ipcRenderer.invoke(channel, ...args)) as WireAnswer;
    if (answer.ok) return answer.value as ChannelResult<C>;
    throw new Error(answer.error);
  };
}

// Written out key by key so `satisfies` fails on a missing or an extra channel.
const bridge = {
  'app:info': call('app:info'),
  'app:set-theme': call('app:set-theme'),
  'library:list': call('library:list'),
  'library:get': call('library:get'),
  'library:import': call('library:import'),
  'library:paste': call('library:paste'),
  'library:remove': call('library:remove'),
  'library:restore': call('library:restore'),
  'library:update-metadata': call('library:update-metadata'),
  'library:set-samples-hidden': call('library:set-samples-hidden'),
  'library:set-navigation': call('library:set-navigation'),
  'analysis:overview-columns': call('analysis:overview-columns'),
  'analysis:save-overview-columns': call('analysis:save-overview-columns'),
  'analysis:themes-reads': call('analysis:themes-reads'),
  'analysis:save-themes-reads': call('analysis:save-themes-reads'),
  'analysis:themes-answer': call('analysis:themes-answer'),
  'analysis:save-themes-answer': call('analysis:save-themes-answer'),
  'analysis:last-themes-answer': call('analysis:last-themes-answer'),
  'themes:save-user': call('themes:save-user'),
  'library:cancel-import': call('library:cancel-import'),
  'export:save': call('export:save'),
  'export:pdf': call('export:pdf'),
  onMenu: (listener: (command: MenuCommand) => void) => {
    const forward = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(MENU_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, forward);
    };
  },
} satisfies PlenaryBridge;

contextBridge.exposeInMainWorld('plenary', bridge);
