/** Saving a report: a download in browser mode, the native save dialog (or PDF printing) in the desktop app. */
import type { PlenaryBridge } from '../../shared/ipc/contract';
import type { ReportFile } from './export-reports';

/** How saving ended, in words for the dialog's status line. */
export type SaveResult =
  | { readonly kind: 'downloaded'; readonly name: string }
  | { readonly kind: 'saved'; readonly path: string }
  | { readonly kind: 'cancelled' };

/** True in the desktop app, where the save dialog and PDF printing exist. */
export function isDesktopApp(): boolean {
  return document.documentElement.dataset.mode === 'electron';
}

/** Saves `file`; `pdf` prints its HTML content to PDF (desktop app only). */
export async function saveReport(bridge: PlenaryBridge, file: ReportFile, pdf = false): Promise<SaveResult> {
  if (isDesktopApp()) {
    const outcome = pdf
      ? await bridge['export:pdf'](file.name, file.content)
      : await bridge['export:save'](file.name, file.content);
    return outcome.saved ? { kind: 'saved', path: outcome.path } : { kind: 'cancelled' };
  }
  if (pdf) throw new Error('PDF needs the desktop app: save the HTML report and print it from your browser.');
  download(file);
  return { kind: 'downloaded', name: file.name };
}

function download(file: ReportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL only has to outlive the click.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
