/** Saving a report from the export dialog and reading what was written: a download in browser mode, the save
 * dialog (answered with a temporary path) in Electron. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator } from '@playwright/test';
import type { RunningApp } from '../fixtures';

/** A saved report: the name the app gave it and its text. */
export interface SavedReport {
  readonly name: string;
  readonly content: string;
}

/** Presses `button` (in the export dialog, by mouse or `press`) and returns the file it saved. */
export async function saveFromDialog(
  app: RunningApp,
  button: Locator,
  press: (button: Locator) => Promise<void> = (b) => b.click(),
): Promise<SavedReport> {
  if (app.electron === null) {
    const [download] = await Promise.all([app.page.waitForEvent('download'), press(button)]);
    const path = await download.path();
    return { name: download.suggestedFilename(), content: readFileSync(path, 'utf8') };
  }
  // Electron: the native save dialog answers a fresh path with the name the app suggested.
  const folder = mkdtempSync(join(tmpdir(), 'plenary-e2e-export-'));
  await app.electron.evaluate(({ dialog }, into) => {
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string };
      const name = (options.defaultPath ?? 'export').split(/[\\/]/).at(-1) ?? 'export';
      return { canceled: false, filePath: `${into}/${name}` };
    }) as typeof dialog.showSaveDialog;
  }, folder);
  await press(button);
  const status = app.page.getByTestId('export-status');
  await status.filter({ hasText: /^Saved / }).waitFor();
  const path = ((await status.textContent()) ?? '').replace(/^Saved /, '').replace(/\.$/, '');
  return { name: path.split(/[\\/]/).at(-1) ?? '', content: readFileSync(path, 'utf8') };
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The bundled 2019 reference's path, as the CLI reads it. */
export const REFERENCE_PATH = join(ROOT, 'resources/corpus/2019-new-delhi-closing-csc.txt');

/** Writes `files` under their own names in a fresh folder and returns their paths (the CLI names statements by file). */
export function writeInputs(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'plenary-e2e-cli-'));
  return files.map((file) => {
    const path = join(folder, file.name);
    writeFileSync(path, file.bytes);
    return path;
  });
}

/** Runs the built CLI (`node bin/plenary-diff.mjs …`) and returns its stdout. */
export function cli(...args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'bin/plenary-diff.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
