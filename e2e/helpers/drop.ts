/** Drops files on the app window the way a person does: dragenter, dragover, drop with a DataTransfer of Files. */
import type { Page } from '@playwright/test';

/** A file to drop: a name, its bytes and its MIME type. */
export interface FileToDrop {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type?: string;
  /** Instead of `bytes`: this many zero bytes, made in the page (big files need not cross from the test). */
  readonly zeros?: number;
}

/** Dispatches a real drag-and-drop of `files` onto the page's body. */
export async function dropFiles(page: Page, files: readonly FileToDrop[]): Promise<void> {
  const payload = files.map((file) => ({
    name: file.name,
    type: file.type ?? '',
    zeros: file.zeros ?? null,
    base64: file.zeros === undefined ? Buffer.from(file.bytes).toString('base64') : '',
  }));
  // Dropped on the app's main area once the app shows it (its code loads after the page's load event may have fired).
  await page.locator('main').waitFor();
  await page.evaluate((items) => {
    const browser = globalThis as unknown as BrowserGlobals;
    const transfer = new browser.DataTransfer();
    for (const item of items) {
      const binary = browser.atob(item.base64);
      const bytes = new Uint8Array(item.zeros ?? binary.length);
      if (item.zeros === null) for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      transfer.items.add(new browser.File([bytes], item.name, { type: item.type }));
    }
    const target = browser.document.querySelector('main') ?? browser.document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new browser.DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, payload);
}

// The e2e code compiles without the DOM lib (it runs in Node); these are the browser objects the page function uses.
interface BrowserGlobals {
  readonly DataTransfer: new () => { readonly items: { add(file: unknown): unknown } };
  readonly File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
  readonly DragEvent: new (
    type: string,
    init: { dataTransfer: unknown; bubbles: boolean; cancelable: boolean },
  ) => unknown;
  readonly document: {
    querySelector(selector: string): Target | null;
    readonly body: Target;
  };
  atob(base64: string): string;
}

interface Target {
  dispatchEvent(event: unknown): boolean;
}
