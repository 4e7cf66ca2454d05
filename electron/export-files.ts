/** Saving reports in the desktop app: a native save dialog, then the text or a PDF printed from the HTML report. */
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

// The report is loaded from a temporary file into a hidden window with JavaScript off: the HTML reports hold no
// script and a CSP of default-src 'none', so nothing in a statement can run or fetch while it is printed.
async function printToPdf(html: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'plenary-diff-pdf-'));
  const window = new BrowserWindow({
    show: false,
    width: 1100,
    height: 1400,
    webPreferences: {
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
    const file = join(dir, 'report.html');
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', landscape: true });
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
