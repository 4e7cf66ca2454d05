/** Saving reports in the desktop app: a native save dialog, then the text or a PDF printed from the HTML report. */
import { app, BrowserWindow, dialog, session, type SaveDialogOptions, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ElectronOnlyHandlers } from './backend/handlers';
import { saveDialogFilter } from './export-filters';

/** The handlers of 'export:save' and 'export:pdf', showing their dialogs over the main window. */
export function createExportHandlers(mainWindow: () => BrowserWindow | null): ElectronOnlyHandlers {
  return {
    'export:save': async (suggestedName, content) => {
      const path = await askWhere(mainWindow(), suggestedName);
      if (path === null) return { saved: false };
      await writeFileAtomic(path, content, 'utf8');
      return { saved: true, path };
    },
    'export:pdf': async (suggestedName, html) => {
      const path = await askWhere(mainWindow(), suggestedName);
      if (path === null) return { saved: false };
      await writeFileAtomic(path, await printToPdf(html));
      return { saved: true, path };
    },
  };
}

async function askWhere(window: BrowserWindow | null, suggestedName: string): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: 'Export',
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [saveDialogFilter(suggestedName)],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const picked = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return picked.canceled || !picked.filePath ? null : picked.filePath;
}

/** The policy the main process forces on the page a PDF is printed from, whatever the HTML says: no script, no
 * fetch, no frames, no forms; inline styles and data: images only. */
export const PDF_REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** The in-memory session the PDF window runs in, apart from the app's own. */
export const PDF_PARTITION = 'plenary-pdf-export';
/** The scheme that hands the report to the PDF window (only in that session). */
export const PDF_SCHEME = 'plenary-report';

const pendingReports = new Map<string, string>();
let pdfSession: Session | null = null;

// The PDF session answers its scheme from memory with the forced CSP header, and refuses every other request
// (http, file, data frames…) and every permission.
function reportSession(): Session {
  if (pdfSession) return pdfSession;
  const pdf = session.fromPartition(PDF_PARTITION);
  pdf.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  pdf.setPermissionCheckHandler(() => false);
  pdf.protocol.handle(PDF_SCHEME, (request) => {
    const html = pendingReports.get(new URL(request.url).host);
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PDF_REPORT_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  pdf.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !details.url.startsWith(`${PDF_SCHEME}://`) }),
  );
  pdfSession = pdf;
  return pdf;
}

// The report is loaded into a hidden window of its own session with JavaScript off and the CSP above forced by
// the main process, so nothing in a statement can run or fetch while it is printed.
async function printToPdf(html: string): Promise<Buffer> {
  const id = randomUUID();
  pendingReports.set(id, html);
  const window = new BrowserWindow({
    show: false,
    width: 1100,
    height: 1400,
    webPreferences: {
      session: reportSession(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      spellcheck: false,
      // As in the main window: no middle-click opening of links (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(`${PDF_SCHEME}://${id}/report.html`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', landscape: true });
  } finally {
    pendingReports.delete(id);
    window.destroy();
  }
}
