/** The Export… button the compare, overview and themes views put in their toolbars. */
import { useAppState } from '../state/store-context';

/** Opens the export dialog (the same as File → Export… and Ctrl+E). */
export function ExportButton() {
  const openDialog = useAppState((state) => state.openDialog);
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => openDialog({ kind: 'export' })}
      aria-keyshortcuts="Control+E"
      title="Export (Ctrl+E)"
    >
      ⤓ Export…
    </button>
  );
}
