/** The window's commands: keyboard shortcuts and the desktop app's menu, turned into store actions. */
import type { MenuCommand, PlenaryBridge } from '../../shared/ipc/contract';
import type { AppState } from '../state/app-store';
import { useAppStore } from '../state/store-context';
import { focusViewControl } from './focus-view';
import { useAppShortcuts } from './use-app-shortcuts';
import { useMenuCommands } from './use-menu-commands';

/** Listens for shortcuts and menu commands; renders nothing. */
export function WindowCommands({ bridge }: { readonly bridge: PlenaryBridge }) {
  const store = useAppStore();
  useAppShortcuts({
    onView: (view) => {
      store.getState().setView(view);
      focusViewControl(view);
    },
    onLibraryFilter: () => document.querySelector<HTMLInputElement>('input[data-library-filter]')?.focus(),
    onSearch: () => store.getState().focusSearch(),
    onExport: () => store.getState().openDialog({ kind: 'export' }),
    onShortcuts: () => store.getState().openDialog({ kind: 'shortcuts' }),
  });
  useMenuCommands(bridge, (command) => runMenuCommand(store.getState(), command));
  return null;
}

type Actions = AppState;

function runMenuCommand(actions: Actions, command: MenuCommand): void {
  switch (command.kind) {
    case 'imported':
      return actions.recordImports(command.results);
    case 'paste':
      return actions.openDialog({ kind: 'paste' });
    case 'view-mode':
      return actions.setViewMode(command.mode);
    case 'theme':
      return actions.setColourTheme(command.theme);
    case 'import-progress':
      return actions.importProgress(command);
    case 'about':
      return actions.openDialog({ kind: 'about' });
    case 'shortcuts':
      return actions.openDialog({ kind: 'shortcuts' });
    case 'export':
      return actions.openDialog({ kind: 'export' });
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}
