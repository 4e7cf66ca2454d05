/**
 * What the themes read of each statement, kept in the library folder (`themes-reads.bin`, next to the index), so
 * that a new window or a restart finds the themes without reading every statement again. Only a cache, and
 * opaque here: bundles of readings as `shared/themes/stored-reads.ts` writes them, by statement content and
 * analysis version, which the window's worker checks. A file that is not whole bundles (cut short, damaged) is
 * served as empty, so the window reads the statements again and saves a new file in its place.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { errorMessage } from '../../shared/error-message';
import { bundleEnds } from '../../shared/themes/stored-reads';
import { isErrno } from './json-file';

/** The file's name in the library folder. */
export const THEMES_READS_FILE = 'themes-reads.bin';
/** At most this many bytes of bundles go in one answer (whole bundles; a larger bundle goes alone). */
export const MAX_PART_BYTES = 8 * 1024 * 1024;
/** The largest bundle one save may carry (within browser mode's request limit once in base64). */
export const MAX_SAVE_BYTES = 24 * 1024 * 1024;

/** Part of the kept readings: whole bundles from a byte offset, and where the next part starts (null: the end). */
export interface ThemesReadsPart {
  readonly bytes: Uint8Array;
  readonly next: number | null;
}

/** The kept readings of one library folder. */
export interface ThemesReadsFile {
  /** Whole bundles from byte `from` (0 for the first part), up to MAX_PART_BYTES. */
  part(from: number): Promise<ThemesReadsPart>;
  /** Adds a bundle to the file, or with `replace` puts it in the place of everything kept. */
  save(bundle: Uint8Array, replace: boolean): Promise<void>;
  /** Why the file on disk was not used (null: it was used, or there was none). */
  readonly problem: () => string | null;
}

interface Loaded {
  readonly bytes: Uint8Array;
  readonly ends: readonly number[];
}

/**
 * The kept readings in library folder `dir`, read on first use and held until their last part is given or the next
 * save; `maxPartBytes` (tests) replaces MAX_PART_BYTES.
 */
export function openThemesReadsFile(dir: string, maxPartBytes = MAX_PART_BYTES): ThemesReadsFile {
  const path = join(dir, THEMES_READS_FILE);
  let loaded: Promise<Loaded> | null = null;
  // Whether the file on disk is whole bundles, at least one (null: not read yet): a save adds to it only then.
  let whole: boolean | null = null;
  let problem: string | null = null;
  // Saves run one after the other, and a part asked for after a save waits for it.
  let queue: Promise<unknown> = Promise.resolve();
  const none: Loaded = { bytes: new Uint8Array(0), ends: [] };

  const load = () =>
    (loaded ??= readFile(path).then(
      (buffer) => {
        const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        const ends = bundleEnds(bytes);
        whole = ends !== null && ends.length > 0;
        if (ends) return { bytes, ends };
        problem = `${THEMES_READS_FILE} is damaged; the themes will read the statements again and replace it`;
        return none;
      },
      (error: unknown) => {
        whole = false;
        if (!isErrno(error, 'ENOENT'))
          problem = `${THEMES_READS_FILE} could not be read (${errorMessage(error)}); it will be worked out again`;
        return none;
      },
    ));

  return {
    async part(from) {
      await queue;
      const { bytes, ends } = await load();
      const first = ends.findIndex((end) => end > from);
      // An offset that is not where a bundle starts gives nothing (the window asks with offsets it was given).
      if (first < 0 || (first === 0 ? 0 : ends[first - 1]) !== from)
        return { bytes: new Uint8Array(0), next: null };
      let last = first;
      while (last + 1 < ends.length && (ends[last + 1] as number) - from <= maxPartBytes) last++;
      const end = ends[last] as number;
      const next = last + 1 < ends.length ? end : null;
      // The last part given, the file is not held (a window asks for it once; another reads it again).
      if (next === null) loaded = null;
      // A copy, not a view: Electron's IPC would send a view's whole buffer (the file) with every part.
      return { bytes: bytes.slice(from, end), next };
    },
    save(bundle, replace) {
      const run = queue.then(async () => {
        if (bundle.length > MAX_SAVE_BYTES || bundleEnds(bundle)?.length !== 1)
          throw new Error('Not one bundle of themes readings.');
        if (whole === null) await load();
        // After a damaged file, only a whole new one.
        if (replace || !whole)
          await writeFileAtomic(path, Buffer.from(bundle.buffer, bundle.byteOffset, bundle.length));
        else await appendFile(path, bundle);
        whole = true;
        loaded = null;
        problem = null;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    problem: () => problem,
  };
}
