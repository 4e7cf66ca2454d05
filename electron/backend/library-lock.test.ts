import { mkdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestLibrary } from '../../testing/backend/test-library';
import { LibraryLockedError, LOCK_FILE } from './library-lock';
import { startWebServer } from '../web/start-web-server';

const { tempDir, openStore } = useTestLibrary('plenary-lock-');

describe('the library lock', () => {
  it('refuses a second store on a folder another one holds, with a message naming it', async () => {
    const dir = await tempDir();
    const first = await openStore(dir, { lock: true });
    const second = openStore(dir, { lock: true });
    await expect(second).rejects.toBeInstanceOf(LibraryLockedError);
    await expect(second).rejects.toThrow(
      `The library folder ${dir} is in use by another Plenary Diff — the desktop app or browser mode.`,
    );
    // Once the first closes, the folder can be opened again.
    await first.close();
    const third = await openStore(dir, { lock: true });
    await third.close();
  });

  it('takes over the lock of a process that died (not refreshed for a while)', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, LOCK_FILE), { recursive: true });
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    const store = await openStore(dir, { lock: true });
    expect(store.snapshot().problems).toEqual([]);
    await store.close();
  });

  it('keeps a second browser-mode server off the library the first one serves', async () => {
    const dir = await tempDir();
    const options = { port: 0, dataDir: dir, staticDir: dir, corpusDir: null };
    const server = await startWebServer(options);
    try {
      await expect(startWebServer(options)).rejects.toThrow(/is in use by another Plenary Diff/);
    } finally {
      await server.close();
    }
    const again = await startWebServer(options);
    await again.close();
  });
});
