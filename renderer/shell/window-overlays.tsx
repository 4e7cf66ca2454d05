/** What lies over the window: the toast and the open dialog, as the store says. */
import type { PlenaryBridge } from '../../shared/ipc/contract';
import { ExportDialog } from '../export/export-dialog';
import { MetadataDialog } from '../library/metadata-dialog';
import { PasteDialog } from '../library/paste-dialog';
import { useAppState } from '../state/store-context';
import { Toast } from '../ui/toast';
import { AboutDialog, ShortcutsDialog } from './help-dialogs';

/** The current toast. */
export function ToastHost() {
  const toast = useAppState((state) => state.toast);
  const dismiss = useAppState((state) => state.dismissToast);
  return <Toast toast={toast} onDismiss={dismiss} />;
}

/** The open dialog, if any. */
export function DialogHost({ bridge }: { readonly bridge: PlenaryBridge }) {
  const dialog = useAppState((state) => state.dialog);
  const close = useAppState((state) => state.closeDialog);
  const afterImport = useAppState((state) => state.afterImport);
  const saveMetadata = useAppState((state) => state.saveMetadata);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'paste':
      return (
        <PasteDialog
          onPaste={(text, title) => bridge['library:paste'](text, title)}
          onDone={(id) => {
            close();
            void afterImport(id);
          }}
          onClose={close}
        />
      );
    case 'metadata':
      return (
        <MetadataDialog
          statement={dialog.statement}
          onSave={(patch) => saveMetadata(dialog.statement, patch)}
          onClose={close}
        />
      );
    case 'shortcuts':
      return <ShortcutsDialog onClose={close} />;
    case 'about':
      return <AboutDialog bridge={bridge} onClose={close} />;
    case 'export':
      return <ExportDialog bridge={bridge} onClose={close} />;
    default: {
      const unknown: never = dialog;
      return unknown;
    }
  }
}
