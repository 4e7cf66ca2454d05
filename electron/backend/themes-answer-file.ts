/**
 * The themes the window last worked out, kept in the library folder (`themes-answer.bin`, next to the index) under
 * the key of everything they depend on (see `shared/themes/stored-answer.ts`), so a restart or a new window on an
 * unchanged library shows them by reading this one file. Only a cache: one answer, replaced by the next saved; a
 * file of another key gives nothing to `get` unless asked for the last answer too (it is `last`, which a window
 * shows marked out of date while it works out the themes of the changed library), and a damaged one gives nothing
 * here or (checksum) in the window, which then works the themes out and saves them in its place.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { errorMessage } from '../../shared/error-message';
import { themesAnswerKeyOf } from '../../shared/themes/stored-answer';
import { isErrno } from './json-file';

/** The file's name in the library folder. */
export const THEMES_ANSWER_FILE = 'themes-answer.bin';
/** The largest answer kept (within browser mode's request limit once in base64). */
export const MAX_ANSWER_BYTES = 24 * 1024 * 1024;

/** The kept themes answer of one library folder. */
export interface ThemesAnswerFile {
  /**
   * The answer's bytes when it was kept under `key`; else, with `orLast`, those of the answer kept whatever its key
   * (one read of the file for both asks: at 3,000 statements it holds 12 MB); else none (empty).
   */
  get(key: string, orLast?: boolean): Promise<Uint8Array>;
  /** The answer's bytes whatever its key (when the file is a themes answer of this layout), else none (empty). */
  last(): Promise<Uint8Array>;
  /** Keeps `bytes` (an answer under `key`) in the place of the one kept. */
  save(key: string, bytes: Uint8Array): Promise<void>;
  /** Why the file on disk could not be read (null: it was, or there was none). */
  readonly problem: () => string | null;
}

/** The kept themes answer in library folder `dir`, read from disk at each ask (one small file). */
export function openThemesAnswerFile(dir: string): ThemesAnswerFile {
  const path = join(dir, THEMES_ANSWER_FILE);
  let problem: string | null = null;
  // Saves run one after the other, and an ask after a save waits for it.
  let queue: Promise<unknown> = Promise.resolve();
  const none = new Uint8Array(0);
  // The file's bytes and the key they were kept under (null: none, unreadable, or not a themes answer).
  const read = async (): Promise<{ bytes: Uint8Array; key: string | null }> => {
    await queue;
    let buffer: Buffer;
    try {
      buffer = await readFile(path);
    } catch (error) {
      if (!isErrno(error, 'ENOENT'))
        problem = `${THEMES_ANSWER_FILE} could not be read (${errorMessage(error)}); the themes will be worked out`;
      return { bytes: none, key: null };
    }
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return { bytes, key: themesAnswerKeyOf(bytes) };
  };
  return {
    async get(key, orLast = false) {
      const found = await read();
      return found.key === key || (orLast && found.key !== null) ? found.bytes : none;
    },
    async last() {
      const found = await read();
      return found.key !== null ? found.bytes : none;
    },
    save(key, bytes) {
      const run = queue.then(async () => {
        if (bytes.length > MAX_ANSWER_BYTES || themesAnswerKeyOf(bytes) !== key)
          throw new Error('Not a themes answer under this key.');
        await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
        problem = null;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    problem: () => problem,
  };
}
