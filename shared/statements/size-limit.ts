/** The size limit's error, worded once for every layer that checks a size before reading the bytes. */
import type { ImportError } from './model';

/** A byte count as a person reads it: "812 kB", "3.5 MB", "200 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  const mb = bytes / 1024 / 1024;
  return mb >= 10 || Number.isInteger(mb) ? `${Math.round(mb)} MB` : `${mb.toFixed(1)} MB`;
}

/**
 * The error for a file over the size limit. The renderer, the backend, the CLI and the importer all use it,
 * so the wording is the same wherever the check happens.
 */
export function tooLargeError(fileName: string, size: number, maxBytes: number): ImportError {
  return {
    kind: 'import-error',
    code: 'too-large',
    fileName,
    reason: `file is too large (${formatSize(size)}; the limit is ${formatSize(maxBytes)})`,
  };
}
