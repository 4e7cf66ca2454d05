/** The Export… button the compare, overview and themes views put in their toolbars. */
import { requestExportDialog } from './export-sources';

/** Opens the export dialog (the same as File → Export… and Ctrl+E). */
export function ExportButton() {
  return (
    <button
      type="button"
      className="button button-small"
      onClick={requestExportDialog}
      aria-keyshortcuts="Control+E"
      title="Export (Ctrl+E)"
    >
      ⤓ Export…
    </button>
  );
}
